// critical_section.h — per-object critical sections, one API for both builds.
//
//   CriticalSection cs(obj);        // locks obj's mutex for this scope
//   CriticalSection2 cs(a, b);      // locks both, in address order
//
// GIL build: compiles to nothing (the GIL already serialises bytecode).
// Free-threaded build: until the free-threaded core lands (issue 4) these
// are also empty; every container mutation is already wrapped so that
// filling them in later changes no call site.
#pragma once

#include "gc/config.h"
#include "objects/object.h"

namespace ftpy {

class CriticalSection {
 public:
  explicit CriticalSection(Object* o) { (void)o; }
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;
};

class CriticalSection2 {
 public:
  CriticalSection2(Object* a, Object* b) { (void)a; (void)b; }
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;
};

}  // namespace ftpy
