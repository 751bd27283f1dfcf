// iterators_common.h — small helpers shared by the container and iterator
// types (tuple, list, dict, set, range, views, iterators): CPython's exact
// argument-count messages and an "unhashable type" hash slot.
// Header-only, stateless: safe from any thread.
#pragma once

#include <cstddef>

#include "objects/api.h"
#include "objects/errors.h"

namespace ftpy {

// METH_NOARGS: "list.clear() takes no arguments (1 given)"
inline void arity_none(const char* qualname, size_t nargs, Object* kwnames) {
  if (kwnames && nargs == 0) raisef(&exc::TypeError, "%s() takes no keyword arguments", qualname);
  if (nargs != 0 || kwnames) {
    raisef(&exc::TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
  }
}

// METH_O: "list.count() takes exactly one argument (0 given)"
inline void arity_one(const char* qualname, size_t nargs, Object* kwnames) {
  if (kwnames) raisef(&exc::TypeError, "%s() takes no keyword arguments", qualname);
  if (nargs != 1) {
    raisef(&exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
  }
}

// Argument clinic positional ranges: "pop expected at most 1 argument, got 2",
// "insert expected 2 arguments, got 1", "index expected at least 1 argument, got 0".
inline void arity_range(const char* name, size_t nargs, size_t min, size_t max,
                        Object* kwnames) {
  if (kwnames) raisef(&exc::TypeError, "%s() takes no keyword arguments", name);
  if (nargs >= min && nargs <= max) return;
  if (min == max) {
    raisef(&exc::TypeError, "%s expected %zu argument%s, got %zu", name, min,
           min == 1 ? "" : "s", nargs);
  }
  if (nargs < min) {
    raisef(&exc::TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
           min == 1 ? "" : "s", nargs);
  }
  raisef(&exc::TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
         max == 1 ? "" : "s", nargs);
}

// A tp_hash that raises "unhashable type: 'deque'". The built-in containers
// leave tp_hash null instead (type_ready then sets __hash__ = None, as
// CPython); this is for types whose base would otherwise lend them a hash.
[[noreturn]] inline int64_t hash_unhashable(Object* o) {
  raisef(&exc::TypeError, "unhashable type: '%s'", type_name_of(o));
}

}  // namespace ftpy
