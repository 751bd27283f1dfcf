// constant_table.h — one shared copy of each immortal code constant.
//
// Code constants are made immortal where the reference-counting scheme asks
// for it (gc/refcount.h share_constant: the free-threaded build, so that
// loading a constant writes no count). An immortal object is never freed, so
// without this table every compiled constant would stay allocated after its
// code object died, unreachable: exec() in a loop would grow memory without
// bound, and LeakSanitizer reports each one. The table keeps the first
// immortal copy of every constant value and hands it to every later code
// object that has an equal constant (CPython's free-threaded build interns
// its immortal constants the same way), so the memory is bounded by the
// distinct constants ever compiled and stays reachable.
//
// Equal means same exact type and same value: str, bytes and int by value,
// float by bit pattern (0.0 and -0.0, NaNs with different payloads stay
// apart), tuples by the identity of their items (already canonical: callers
// canonicalise the items of a tuple before the tuple itself). Other types are
// made immortal as before but not shared.
//
// Concurrency: any thread may call it (compilations run in parallel); one
// mutex guards the table, held for a lookup and an insert. Entries are never
// removed: the table lives until the process ends.
#pragma once

#include "objects/object.h"

namespace ftpy {

// For a constant `c` (an owned reference the caller is about to store in a
// code object): returns the canonical immortal copy of its value, which may
// be `c` itself, made immortal and recorded. When another copy is returned,
// the caller drops its reference to `c` and stores the copy instead. Where
// constants are not immortal (the GIL build), returns `c` unchanged and
// records nothing.
Object* canonical_constant(Object* c);

}  // namespace ftpy
