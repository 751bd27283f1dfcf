// errors.cpp — raising Python exceptions from C++ (errors.h): building the
// instance and throwing it as PyException, with CPython's common messages.
//
// Concurrency: no shared state; a thrown PyException belongs to its thread.
#include <cstdarg>
#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ftpy {

Ref<> make_exception(Type* type, std::string_view message) {
  Ref<> s = str_new(message);
  Object* a = s.get();
  return make_exception_args(type, &a, 1);
}

void raise(Type* type, std::string_view message) {
  throw PyException(make_exception(type, message));
}

void raisef(Type* type, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) raise(type, fmt);
  if (static_cast<size_t>(n) < sizeof buf) raise(type, std::string_view(buf, n));
  std::string big(static_cast<size_t>(n) + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(big.data(), big.size(), fmt, ap);
  va_end(ap);
  big.resize(static_cast<size_t>(n));
  raise(type, big);
}

void raise_empty(Type* type) { throw PyException(make_exception_args(type, nullptr, 0)); }

void raise_object(Object* x) {
  if (is_type_object(x) && is_subtype(static_cast<Type*>(x), &exc::BaseException)) {
    Ref<> inst = call0(x);
    if (!is_exception(inst.get()))
      raisef(&exc::TypeError,
             "calling %s should have returned an instance of BaseException, not %s",
             repr_utf8(x).c_str(), type_name_of(inst.get()));
    throw PyException(std::move(inst));
  }
  if (is_exception(x)) throw PyException(Ref<>::borrow(x));
  raise(&exc::TypeError, "exceptions must derive from BaseException");
}

void raise_stop_iteration(Object* value) {
  throw PyException(make_exception_args(&exc::StopIteration, &value, 1));
}

void raise_key_error(Object* key) {
  throw PyException(make_exception_args(&exc::KeyError, &key, 1));
}

bool exception_matches(Object* e, Type* type) { return is_subtype(type_of(e), type); }

void raise_type_error_not_callable(Object* o) {
  raisef(&exc::TypeError, "'%s' object is not callable", type_name_of(o));
}

void raise_attribute_error(Object* o, Str* name) {
  std::string msg;
  if (is_type_object(o)) {
    msg = "type object '";
    msg += type_name(static_cast<Type*>(o));
    msg += "'";
  } else if (is_instance_of(o, &ModuleType)) {
    Ref<> mname = dict_get_str(static_cast<Dict*>(module_dict(o)), "__name__");
    msg = "module '";
    msg += mname && is_str(mname.get()) ? std::string(str_view(mname.get())) : "?";
    msg += "'";
  } else {
    msg = "'";
    msg += type_name_of(o);
    msg += "' object";
  }
  msg += " has no attribute '";
  msg += name->view();
  msg += "'";
  Ref<> e = make_exception(&exc::AttributeError, msg);
  // .name / .obj, which the traceback printer uses for "Did you mean" hints.
  BaseExceptionObject* be = static_cast<BaseExceptionObject*>(e.get());
  be->extra1 = Ref<>::borrow(name);
  be->extra2 = Ref<>::borrow(o);
  throw PyException(std::move(e));
}

void raise_unsupported_binop(Object* a, Object* b, const char* op_symbol) {
  raisef(&exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op_symbol,
         type_name_of(a), type_name_of(b));
}

}  // namespace ftpy
