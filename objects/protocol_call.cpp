// protocol_call.cpp — calling objects (api.h): vectorcall through tp_call,
// f(*args, **kwargs) from a tuple and a dict, method calls without a bound
// method object, and the dunder-call helper the heap-type slots use.
//
// Argument arrays of up to kSmallArgs entries live on the C++ stack; larger
// ones in a std::vector (rare).
//
// Concurrency: no shared state of its own.
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

namespace {
constexpr size_t kSmallArgs = 8;
}  // namespace

Ref<> call(Object* f, Object* const* args, size_t nargs, Object* kwnames) {
  CallFn c = type_of(f)->tp_call;
  if (!c) raise_type_error_not_callable(f);
  return c(f, args, nargs, kwnames);
}

Ref<> call0(Object* f) { return call(f, nullptr, 0); }
Ref<> call1(Object* f, Object* a) { return call(f, &a, 1); }
Ref<> call2(Object* f, Object* a, Object* b) {
  Object* args[2] = {a, b};
  return call(f, args, 2);
}

bool is_callable(Object* o) { return type_of(o)->tp_call != nullptr; }

Ref<> call_with_self(Object* f, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  size_t total = nargs + kwnames_count(kwnames);
  if (total < kSmallArgs) {
    Object* buf[kSmallArgs];
    buf[0] = self;
    for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
    return call(f, buf, nargs + 1, kwnames);
  }
  std::vector<Object*> v;
  v.reserve(total + 1);
  v.push_back(self);
  v.insert(v.end(), args, args + total);
  return call(f, v.data(), nargs + 1, kwnames);
}

Ref<> call_special(Object* self, Str* name, Object* const* args, size_t nargs, bool* found,
                   Object* kwnames) {
  Type* t = type_of(self);
  Ref<> f = Ref<>::borrow(type_lookup(t, name));
  if (!f) {
    *found = false;
    return {};
  }
  *found = true;
  Type* ft = type_of(f.get());
  if (ft == &FunctionType || ft == &MethodDescriptorType || ft == &WrapperDescriptorType)
    return call_with_self(f.get(), self, args, nargs, kwnames);
  if (ft->tp_descr_get) {
    Ref<> bound = ft->tp_descr_get(f.get(), self, t);
    return call(bound.get(), args, nargs, kwnames);
  }
  return call(f.get(), args, nargs, kwnames);
}

Ref<> call_dunder(Object* obj, Str* name, Object* const* args, size_t nargs, bool* found) {
  return call_special(obj, name, args, nargs, found);
}

Ref<> call_tuple_dict(Object* f, Object* args_tuple, Object* kwargs_dict) {
  int64_t n = args_tuple ? tuple_size(args_tuple) : 0;
  int64_t nk = kwargs_dict ? dict_size(kwargs_dict) : 0;
  if (nk == 0) {
    Object* const* items = n ? static_cast<Tuple*>(args_tuple)->items : nullptr;
    return call(f, items, static_cast<size_t>(n));
  }
  std::vector<Object*> argv;
  std::vector<Ref<>> keep;
  argv.reserve(static_cast<size_t>(n + nk));
  for (int64_t i = 0; i < n; ++i) argv.push_back(tuple_item(args_tuple, i));
  Ref<Tuple> names = tuple_new(nk);
  int64_t pos = 0, i = 0;
  Ref<> k, v;
  while (dict_next(static_cast<Dict*>(kwargs_dict), &pos, &k, &v) && i < nk) {
    if (!is_str(k.get())) raise(&exc::TypeError, "keywords must be strings");
    tuple_set_steal(names.get(), i++, Ref<>(k).release());
    argv.push_back(v.get());
    keep.push_back(v);
  }
  return call(f, argv.data(), static_cast<size_t>(n), names.get());
}

Ref<> call_method(Object* obj, Str* name, Object* const* args, size_t nargs) {
  bool is_method = false;
  Ref<> f = getattr_for_call(obj, name, &is_method);
  if (is_method) return call_with_self(f.get(), obj, args, nargs);
  return call(f.get(), args, nargs);
}

Ref<> call_method0(Object* obj, std::string_view name) {
  return call_method(obj, intern(name), nullptr, 0);
}

Ref<> call_method1(Object* obj, std::string_view name, Object* a) {
  return call_method(obj, intern(name), &a, 1);
}

}  // namespace ftpy
