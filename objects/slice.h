// slice.h — Python slice objects and the index helpers every sequence type
// (list, tuple, str, bytes, range) uses for `seq[i]` and `seq[a:b:c]`.
// Concurrency: slices are immutable after creation; safe to share.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace ftpy {

struct Slice : Object {
  Ref<> start;  // never null: None when omitted
  Ref<> stop;
  Ref<> step;
};

// slice(start, stop, step); null arguments mean None.
Ref<> slice_new(Object* start, Object* stop, Object* step);

// Resolves a slice against a sequence of length `len` (CPython's
// PySlice_Unpack + PySlice_AdjustIndices): clamps start/stop into range,
// and sets *slicelength to the number of selected items. Raises
// ValueError "slice step cannot be zero" and TypeError "slice indices must be
// integers or None or have an __index__ method". Always returns true.
bool slice_unpack(Object* slice, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                  int64_t* slicelength);

// Whether every bound of `slice` is None or an exact int, so that
// slice_unpack runs no Python code (__index__).
bool slice_has_plain_bounds(Object* slice);

// True when `o` can be used as an index (an int or a type with __index__).
bool has_index(Object* o);

// The integer index in `seq[key]` for a non-slice key, before adjusting for
// negative values. `seq_name` is used in the TypeError: "list indices must be
// integers or slices, not str". Ints that do not fit raise IndexError
// "cannot fit 'int' into an index-sized integer" (as CPython). Fast path for
// small exact ints (no allocation).
int64_t sequence_index(Object* key, const char* seq_name);

// A start/stop argument of index()/count() style methods (CPython's
// _PyEval_SliceIndexNotNone): clamped to int64; TypeError "slice indices must
// be integers or have an __index__ method".
int64_t slice_index_arg(Object* o);

// A repeat count for `seq * n`: an int (or __index__) converted to int64;
// OverflowError "cannot fit 'int' into an index-sized integer" if too large.
int64_t repeat_count(Object* n);

// Raises MemoryError (no allocation attempted) when an array of `n` object
// pointers could never be allocated: n negative, the byte size overflows, or
// it exceeds the machine's physical memory. Used before list/tuple repeat
// and growth so `[1] * 10**12` fails cleanly instead of swapping or crashing.
void check_item_count(int64_t n);

void init_slice_type();

}  // namespace ftpy
