// args.h — argument binding for native functions and methods, with
// CPython's TypeError messages. Implemented in objects/args.cpp.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "objects/object.h"

namespace ftpy {

// Binds positional args and keyword args (kwnames: tuple of str, or null) to
// `names` in order; out[i] receives a borrowed pointer or null when absent.
// The first `npositional_only` names cannot be given by keyword; the first
// `nrequired` must be given. Messages as CPython's argument clinic, e.g.
//   "sorted() takes at most 1 positional argument (2 given)" — wording for
//   the common cases: "f() takes at most N arguments (M given)",
//   "f() missing required argument 'x' (pos 1)",
//   "f() got an unexpected keyword argument 'x'",
//   "f() got multiple values for argument 'x'".
void parse_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                std::initializer_list<const char*> names, size_t nrequired, Object** out,
                size_t npositional_only = 0);
// "f() takes no keyword arguments"
void check_no_kwargs(const char* fname, Object* kwnames);
// "f() takes exactly one argument (2 given)", "f expected at most 2 arguments, got 3",
// "f expected at least 1 argument, got 0" — CPython's wording for METH_O /
// METH_VARARGS built-ins.
void check_nargs(const char* fname, size_t nargs, size_t min, size_t max);
size_t kwnames_count(Object* kwnames);  // 0 if null

}  // namespace ftpy
