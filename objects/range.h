// range.h — Python range objects and their iterators.
//
// A range keeps its start/stop/step and length as int objects (any size);
// when all four fit in int64 (`small`), the int64 copies serve every
// operation without allocation or GMP arithmetic.
// Concurrency: immutable after creation; safe to share.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace ftpy {

struct Range : Object {
  Ref<> start;   // exact ints
  Ref<> stop;
  Ref<> step;    // never 0
  Ref<> length;  // >= 0
  bool small = false;  // istart..ilength are valid
  int64_t istart = 0, istop = 0, istep = 1, ilength = 0;
};

// range(start, stop, step) from int-like objects (__index__); ValueError
// "range() arg 3 must not be zero".
Ref<> range_new(Object* start, Object* stop, Object* step);
Ref<> range_new_int64(int64_t start, int64_t stop, int64_t step);

extern Type RangeIterType;      // "range_iterator"
extern Type LongRangeIterType;  // "longrange_iterator"

void init_range_type();  // range and its iterator types

}  // namespace ftpy
