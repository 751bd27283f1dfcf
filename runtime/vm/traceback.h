// traceback.h — traceback objects: the chain of (code, instruction) entries
// an exception collects as it unwinds through Python frames, outermost
// first (tb_next points toward the frame that raised).
//
// The eval loop prepends an entry each time an exception leaves or is
// caught in a frame (not for re-raises), so `exc.__traceback__` reads like
// CPython's. Formatting lives in traceback_format.cpp (print_exception /
// format_exception of interp.h).
//
// Concurrency: an entry is immutable after creation except tb_next, which
// only the thread handling the exception changes.
#pragma once

#include <cstdint>
#include <string>

#include "objects/code.h"
#include "objects/object.h"

namespace ftpy::vm {

struct Traceback : Object {
  Ref<> next;        // Traceback or null
  Ref<> code;        // Code of the frame
  int64_t lasti = 0; // instruction index in code
  int32_t lineno = -1;
};
extern Type TracebackType;

// A new entry in front of `next` (may be null).
Ref<> traceback_new(Object* next, Code* code, int64_t lasti);

void init_traceback_type();

// Source lines for tracebacks (interp.cpp's cache; falls back to reading the
// file). `lineno` is 1-based. False when unknown.
bool source_line(std::string_view filename, int lineno, std::string* out);

}  // namespace ftpy::vm
