// float.h — Python float (an IEEE double).
// Concurrency: immutable after creation; safe to share.
#pragma once

#include "objects/object.h"

namespace ftpy {

struct Float : Object {
  double value = 0;
};

Ref<> float_from(double v);
inline double float_value(const Object* o) { return static_cast<const Float*>(o)->value; }

void init_float_type();

}  // namespace ftpy
