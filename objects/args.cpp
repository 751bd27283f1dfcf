// args.cpp — argument binding for native functions (args.h), with the
// TypeError wording of CPython's argument clinic and METH_* conventions.
//
// Concurrency: pure functions of their arguments.
#include <cstring>
#include <string_view>

#include "objects/args.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ftpy {

size_t kwnames_count(Object* kwnames) {
  return kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
}

void check_no_kwargs(const char* fname, Object* kwnames) {
  if (kwnames_count(kwnames)) raisef(&exc::TypeError, "%s() takes no keyword arguments", fname);
}

void check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (max == 0) raisef(&exc::TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
  if (min == 1 && max == 1)
    raisef(&exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
  if (min == max)
    raisef(&exc::TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s",
           nargs);
  if (nargs > max)
    raisef(&exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
           max == 1 ? "" : "s", nargs);
  raisef(&exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
         min == 1 ? "" : "s", nargs);
}

void parse_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                std::initializer_list<const char*> names, size_t nrequired, Object** out,
                size_t npositional_only) {
  size_t n = names.size();
  if (nargs > n)
    raisef(&exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
           nrequired < n ? "at most" : "exactly", n, n == 1 ? "" : "s", nargs);
  for (size_t i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : nullptr;
  size_t nkw = kwnames_count(kwnames);
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = str_view(tuple_item(kwnames, static_cast<int64_t>(k)));
    size_t idx = n;
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) {
        idx = i;
        break;
      }
      ++i;
    }
    if (idx == n || idx < npositional_only) {
      if (idx < npositional_only)
        raisef(&exc::TypeError,
               "%s() got some positional-only arguments passed as keyword arguments: '%.*s'", fname,
               static_cast<int>(key.size()), key.data());
      raisef(&exc::TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
             static_cast<int>(key.size()), key.data());
    }
    if (idx < nargs)
      raisef(&exc::TypeError, "argument for %s() given by name ('%.*s') and position (%zu)", fname,
             static_cast<int>(key.size()), key.data(), idx + 1);
    out[idx] = args[nargs + k];
  }
  size_t i = 0;
  for (const char* name : names) {
    if (i >= nrequired) break;
    if (!out[i]) {
      if (i < npositional_only) {
        size_t minpos = nrequired < npositional_only ? nrequired : npositional_only;
        raisef(&exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
               minpos < n ? "at least" : "exactly", minpos, minpos == 1 ? "" : "s", nargs);
      }
      raisef(&exc::TypeError, "%s() missing required argument '%s' (pos %zu)", fname, name, i + 1);
    }
    ++i;
  }
}

}  // namespace ftpy
