// descr_wrapper.cpp — slot wrappers: the entries `int.__add__`,
// `object.__init__`, `dict.__setitem__` ... that type_ready puts in a built-in
// type's dict for each slot the type defines itself, so Python code can call
// the native slot by name (super().__init__(), object.__setattr__(self, n, v),
// dict.__setitem__(self, k, v)). A wrapper always calls its owner's slot,
// not type(self)'s, which is what makes super() calls reach the base.
// Accessing one on an instance gives a method-wrapper bound to it.
//
// Concurrency: wrapper objects are immutable; the def table is constant.
#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

Type WrapperDescriptorType;
Type MethodWrapperType;

namespace {

enum class WKind : uint8_t {
  Repr,
  Str,
  Hash,
  Call,
  GetAttribute,
  SetAttr,
  DelAttr,
  Cmp,
  Iter,
  Next,
  Get,
  Set,
  Delete,
  Init,
  Len,
  GetItem,
  SetItem,
  DelItem,
  Contains,
  Bool,
  Neg,
  Pos,
  Invert,
  Abs,
  Index,
  Int,
  Float,
  Binary,
  RBinary,
  Inplace,
  Pow,
  RPow,
};

struct WrapperDef {
  const char* name;
  WKind kind;
  int arg;  // CompareOp or BinaryOp
};

constexpr int op(BinaryOp o) { return static_cast<int>(o); }
constexpr int cmp(CompareOp o) { return static_cast<int>(o); }

const WrapperDef kWrapperDefs[] = {
    {"__repr__", WKind::Repr, 0},
    {"__hash__", WKind::Hash, 0},
    {"__call__", WKind::Call, 0},
    {"__str__", WKind::Str, 0},
    {"__getattribute__", WKind::GetAttribute, 0},
    {"__setattr__", WKind::SetAttr, 0},
    {"__delattr__", WKind::DelAttr, 0},
    {"__lt__", WKind::Cmp, cmp(CompareOp::Lt)},
    {"__le__", WKind::Cmp, cmp(CompareOp::Le)},
    {"__eq__", WKind::Cmp, cmp(CompareOp::Eq)},
    {"__ne__", WKind::Cmp, cmp(CompareOp::Ne)},
    {"__gt__", WKind::Cmp, cmp(CompareOp::Gt)},
    {"__ge__", WKind::Cmp, cmp(CompareOp::Ge)},
    {"__iter__", WKind::Iter, 0},
    {"__next__", WKind::Next, 0},
    {"__get__", WKind::Get, 0},
    {"__set__", WKind::Set, 0},
    {"__delete__", WKind::Delete, 0},
    {"__init__", WKind::Init, 0},
    {"__len__", WKind::Len, 0},
    {"__getitem__", WKind::GetItem, 0},
    {"__setitem__", WKind::SetItem, 0},
    {"__delitem__", WKind::DelItem, 0},
    {"__contains__", WKind::Contains, 0},
    {"__add__", WKind::Binary, op(BinaryOp::Add)},
    {"__radd__", WKind::RBinary, op(BinaryOp::Add)},
    {"__sub__", WKind::Binary, op(BinaryOp::Sub)},
    {"__rsub__", WKind::RBinary, op(BinaryOp::Sub)},
    {"__mul__", WKind::Binary, op(BinaryOp::Mul)},
    {"__rmul__", WKind::RBinary, op(BinaryOp::Mul)},
    {"__mod__", WKind::Binary, op(BinaryOp::Mod)},
    {"__rmod__", WKind::RBinary, op(BinaryOp::Mod)},
    {"__pow__", WKind::Pow, op(BinaryOp::Pow)},
    {"__rpow__", WKind::RPow, op(BinaryOp::Pow)},
    {"__neg__", WKind::Neg, 0},
    {"__pos__", WKind::Pos, 0},
    {"__abs__", WKind::Abs, 0},
    {"__bool__", WKind::Bool, 0},
    {"__invert__", WKind::Invert, 0},
    {"__lshift__", WKind::Binary, op(BinaryOp::LShift)},
    {"__rlshift__", WKind::RBinary, op(BinaryOp::LShift)},
    {"__rshift__", WKind::Binary, op(BinaryOp::RShift)},
    {"__rrshift__", WKind::RBinary, op(BinaryOp::RShift)},
    {"__and__", WKind::Binary, op(BinaryOp::And)},
    {"__rand__", WKind::RBinary, op(BinaryOp::And)},
    {"__xor__", WKind::Binary, op(BinaryOp::Xor)},
    {"__rxor__", WKind::RBinary, op(BinaryOp::Xor)},
    {"__or__", WKind::Binary, op(BinaryOp::Or)},
    {"__ror__", WKind::RBinary, op(BinaryOp::Or)},
    {"__int__", WKind::Int, 0},
    {"__float__", WKind::Float, 0},
    {"__iadd__", WKind::Inplace, op(BinaryOp::Add)},
    {"__isub__", WKind::Inplace, op(BinaryOp::Sub)},
    {"__imul__", WKind::Inplace, op(BinaryOp::Mul)},
    {"__imod__", WKind::Inplace, op(BinaryOp::Mod)},
    {"__ipow__", WKind::Inplace, op(BinaryOp::Pow)},
    {"__ilshift__", WKind::Inplace, op(BinaryOp::LShift)},
    {"__irshift__", WKind::Inplace, op(BinaryOp::RShift)},
    {"__iand__", WKind::Inplace, op(BinaryOp::And)},
    {"__ixor__", WKind::Inplace, op(BinaryOp::Xor)},
    {"__ior__", WKind::Inplace, op(BinaryOp::Or)},
    {"__floordiv__", WKind::Binary, op(BinaryOp::FloorDiv)},
    {"__rfloordiv__", WKind::RBinary, op(BinaryOp::FloorDiv)},
    {"__truediv__", WKind::Binary, op(BinaryOp::TrueDiv)},
    {"__rtruediv__", WKind::RBinary, op(BinaryOp::TrueDiv)},
    {"__ifloordiv__", WKind::Inplace, op(BinaryOp::FloorDiv)},
    {"__itruediv__", WKind::Inplace, op(BinaryOp::TrueDiv)},
    {"__index__", WKind::Index, 0},
    {"__matmul__", WKind::Binary, op(BinaryOp::MatMul)},
    {"__rmatmul__", WKind::RBinary, op(BinaryOp::MatMul)},
    {"__imatmul__", WKind::Inplace, op(BinaryOp::MatMul)},
};

bool defines(const Type* t, const WrapperDef& d) {
  switch (d.kind) {
    case WKind::Repr:
      return t->tp_repr;
    case WKind::Str:
      return t->tp_str;
    case WKind::Hash:
      return t->tp_hash;
    case WKind::Call:
      return t->tp_call;
    case WKind::GetAttribute:
      return t->tp_getattr;
    case WKind::SetAttr:
    case WKind::DelAttr:
      return t->tp_setattr;
    case WKind::Cmp:
      return t->tp_richcompare;
    case WKind::Iter:
      return t->tp_iter;
    case WKind::Next:
      return t->tp_iternext;
    case WKind::Get:
      return t->tp_descr_get;
    case WKind::Set:
    case WKind::Delete:
      return t->tp_descr_set;
    case WKind::Init:
      return t->tp_init;
    case WKind::Len:
      return t->mp_length;
    case WKind::GetItem:
      return t->mp_subscript;
    case WKind::SetItem:
    case WKind::DelItem:
      return t->mp_ass_subscript;
    case WKind::Contains:
      return t->sq_contains;
    case WKind::Bool:
      return t->nb_bool;
    case WKind::Neg:
      return t->nb_negative;
    case WKind::Pos:
      return t->nb_positive;
    case WKind::Invert:
      return t->nb_invert;
    case WKind::Abs:
      return t->nb_absolute;
    case WKind::Index:
      return t->nb_index;
    case WKind::Int:
      return t->nb_int;
    case WKind::Float:
      return t->nb_float;
    case WKind::Binary:
    case WKind::RBinary:
    case WKind::Pow:
    case WKind::RPow:
      return d.arg >= 0 && t->nb_binary[d.arg];
    case WKind::Inplace:
      return t->nb_inplace[d.arg];
  }
  return false;
}

struct WrapperObject : Object {
  const WrapperDef* def = nullptr;
  Type* owner = nullptr;
};

struct MethodWrapperObject : Object {
  Ref<> descr;  // WrapperObject
  Ref<> self;
};

WrapperObject* as_wrapper(Object* o) { return static_cast<WrapperObject*>(o); }

void expect_args(size_t nargs, size_t n) {
  if (nargs != n)
    raisef(&exc::TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
}

Str* attr_name_arg(Object* o) {
  if (!is_str(o))
    raisef(&exc::TypeError, "attribute name must be string, not '%s'", type_name_of(o));
  Str* s = static_cast<Str*>(o);
  return s->interned ? s : intern(s);
}

// Calls the wrapped slot of `w->owner` with `self` and the remaining args.
Ref<> wrapper_invoke(WrapperObject* w, Object* self, Object* const* args, size_t nargs,
                     Object* kwnames) {
  const WrapperDef& d = *w->def;
  Type* t = w->owner;
  if (!is_subtype(type_of(self), t))
    raisef(&exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", d.name,
           type_name(t), type_name_of(self));
  if (d.kind != WKind::Call && d.kind != WKind::Init && kwnames_count(kwnames))
    raisef(&exc::TypeError, "wrapper %s() takes no keyword arguments", d.name);
  switch (d.kind) {
    case WKind::Repr:
      expect_args(nargs, 0);
      return t->tp_repr(self);
    case WKind::Str:
      expect_args(nargs, 0);
      return t->tp_str(self);
    case WKind::Hash:
      expect_args(nargs, 0);
      return int_from(t->tp_hash(self));
    case WKind::Call:
      return t->tp_call(self, args, nargs, kwnames);
    case WKind::GetAttribute: {
      expect_args(nargs, 1);
      Str* name = attr_name_arg(args[0]);
      Ref<> r = t->tp_getattr(self, name);
      if (!r) raise_attribute_error(self, name);
      return r;
    }
    case WKind::SetAttr:
      expect_args(nargs, 2);
      t->tp_setattr(self, attr_name_arg(args[0]), args[1]);
      return none();
    case WKind::DelAttr:
      expect_args(nargs, 1);
      t->tp_setattr(self, attr_name_arg(args[0]), nullptr);
      return none();
    case WKind::Cmp:
      expect_args(nargs, 1);
      return t->tp_richcompare(self, args[0], static_cast<CompareOp>(d.arg));
    case WKind::Iter:
      expect_args(nargs, 0);
      return t->tp_iter(self);
    case WKind::Next: {
      expect_args(nargs, 0);
      Ref<> r = t->tp_iternext(self);
      if (!r) raise_empty(&exc::StopIteration);
      return r;
    }
    case WKind::Get: {
      if (nargs < 1 || nargs > 2)
        raisef(&exc::TypeError, "expected 1 or 2 arguments, got %zu", nargs);
      Object* obj = args[0] == kNone ? nullptr : args[0];
      Object* type = nargs > 1 && args[1] != kNone ? args[1] : nullptr;
      if (!obj && !type) raise(&exc::TypeError, "__get__(None, None) is invalid");
      if (type && !is_type_object(type)) raise(&exc::TypeError, "__get__(None, None) is invalid");
      return t->tp_descr_get(self, obj, static_cast<Type*>(type));
    }
    case WKind::Set:
      expect_args(nargs, 2);
      t->tp_descr_set(self, args[0], args[1]);
      return none();
    case WKind::Delete:
      expect_args(nargs, 1);
      t->tp_descr_set(self, args[0], nullptr);
      return none();
    case WKind::Init:
      t->tp_init(self, args, nargs, kwnames);
      return none();
    case WKind::Len:
      expect_args(nargs, 0);
      return int_from(t->mp_length(self));
    case WKind::GetItem:
      expect_args(nargs, 1);
      return t->mp_subscript(self, args[0]);
    case WKind::SetItem:
      expect_args(nargs, 2);
      t->mp_ass_subscript(self, args[0], args[1]);
      return none();
    case WKind::DelItem:
      expect_args(nargs, 1);
      t->mp_ass_subscript(self, args[0], nullptr);
      return none();
    case WKind::Contains:
      expect_args(nargs, 1);
      return py_bool(t->sq_contains(self, args[0]));
    case WKind::Bool:
      expect_args(nargs, 0);
      return py_bool(t->nb_bool(self));
    case WKind::Neg:
      expect_args(nargs, 0);
      return t->nb_negative(self);
    case WKind::Pos:
      expect_args(nargs, 0);
      return t->nb_positive(self);
    case WKind::Invert:
      expect_args(nargs, 0);
      return t->nb_invert(self);
    case WKind::Abs:
      expect_args(nargs, 0);
      return t->nb_absolute(self);
    case WKind::Index:
      expect_args(nargs, 0);
      return t->nb_index(self);
    case WKind::Int:
      expect_args(nargs, 0);
      return t->nb_int(self);
    case WKind::Float:
      expect_args(nargs, 0);
      return t->nb_float(self);
    case WKind::Binary:
      expect_args(nargs, 1);
      return t->nb_binary[d.arg](self, args[0]);
    case WKind::RBinary:
      expect_args(nargs, 1);
      return t->nb_binary[d.arg](args[0], self);
    case WKind::Inplace:
      expect_args(nargs, 1);
      return t->nb_inplace[d.arg](self, args[0]);
    case WKind::Pow:
    case WKind::RPow: {
      if (nargs < 1 || nargs > 2)
        raisef(&exc::TypeError, "expected 1 or 2 arguments, got %zu", nargs);
      if (nargs == 2 && args[1] != kNone) {
        if (d.kind == WKind::RPow || !t->nb_power3) return not_implemented();
        return t->nb_power3(self, args[0], args[1]);
      }
      if (d.kind == WKind::RPow) return t->nb_binary[d.arg](args[0], self);
      return t->nb_binary[d.arg](self, args[0]);
    }
  }
  return not_implemented();
}

Ref<> wrapper_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  WrapperObject* w = as_wrapper(self);
  if (nargs < 1)
    raisef(&exc::TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
           type_name(w->owner));
  return wrapper_invoke(w, args[0], args + 1, nargs - 1, kwnames);
}

Ref<> wrapper_get(Object* self, Object* obj, Type*) {
  if (!obj) return Ref<>::borrow(self);
  WrapperObject* w = as_wrapper(self);
  if (!is_subtype(type_of(obj), w->owner))
    raisef(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
           w->def->name, type_name(w->owner), type_name_of(obj));
  MethodWrapperObject* m = new_object<MethodWrapperObject>(&MethodWrapperType);
  m->descr = Ref<>::borrow(self);
  m->self = Ref<>::borrow(obj);
  return Ref<>::steal(m);
}

Ref<> wrapper_repr(Object* self) {
  WrapperObject* w = as_wrapper(self);
  std::string s = "<slot wrapper '";
  s += w->def->name;
  s += "' of '";
  s += type_name(w->owner);
  s += "' objects>";
  return str_new(s);
}

Ref<> wrapper_name(Object* self) { return Ref<>::borrow(intern(as_wrapper(self)->def->name)); }
Ref<> wrapper_objclass(Object* self) { return Ref<>::borrow(as_wrapper(self)->owner); }
Ref<> wrapper_qualname(Object* self) {
  WrapperObject* w = as_wrapper(self);
  return str_new(std::string(type_name(w->owner)) + "." + w->def->name);
}

const GetSetDef kWrapperGetSets[] = {
    {"__name__", wrapper_name, nullptr, nullptr},
    {"__qualname__", wrapper_qualname, nullptr, nullptr},
    {"__objclass__", wrapper_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref<> mw_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  MethodWrapperObject* m = static_cast<MethodWrapperObject*>(self);
  return wrapper_invoke(as_wrapper(m->descr.get()), m->self.get(), args, nargs, kwnames);
}

Ref<> mw_repr(Object* self) {
  MethodWrapperObject* m = static_cast<MethodWrapperObject*>(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(m->self.get()));
  std::string s = "<method-wrapper '";
  s += as_wrapper(m->descr.get())->def->name;
  s += "' of ";
  s += type_name_of(m->self.get());
  s += buf;
  return str_new(s);
}

Ref<> mw_self(Object* self) { return static_cast<MethodWrapperObject*>(self)->self; }
Ref<> mw_name(Object* self) {
  return wrapper_name(static_cast<MethodWrapperObject*>(self)->descr.get());
}

const GetSetDef kMethodWrapperGetSets[] = {
    {"__self__", mw_self, nullptr, nullptr},
    {"__name__", mw_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void add_slot_wrappers(Type* t) {
  Dict* d = static_cast<Dict*>(t->dict.get());
  for (const WrapperDef& def : kWrapperDefs) {
    if (!defines(t, def)) continue;
    Str* key = intern(def.name);
    if (dict_get_str(d, key)) continue;
    WrapperObject* w = new_object<WrapperObject>(&WrapperDescriptorType);
    w->def = &def;
    w->owner = t;
    Ref<> wr = Ref<>::steal(w);
    dict_set(d, key, wr.get());
  }
  if (!t->tp_hash && t->tp_richcompare) {
    Str* key = intern("__hash__");
    if (!dict_get_str(d, key)) dict_set(d, key, kNone);
  }
}

Type* slot_wrapper_owner(Object* descr) {
  if (!is_type(descr, &WrapperDescriptorType)) return nullptr;
  return as_wrapper(descr)->owner;
}

void init_slot_wrapper_types() {
  Type& w = WrapperDescriptorType;
  w.name = "wrapper_descriptor";
  w.basicsize = sizeof(WrapperObject);
  w.flags |= kTypeAbstractNew;
  w.tp_dealloc = destroy_object<WrapperObject>;
  w.tp_call = wrapper_call;
  w.tp_descr_get = wrapper_get;
  w.tp_repr = wrapper_repr;
  w.getsets = kWrapperGetSets;
  type_ready(&w);

  Type& m = MethodWrapperType;
  m.name = "method-wrapper";
  m.basicsize = sizeof(MethodWrapperObject);
  m.flags |= kTypeAbstractNew;
  m.tp_dealloc = destroy_object<MethodWrapperObject>;
  m.tp_call = mw_call;
  m.tp_repr = mw_repr;
  m.getsets = kMethodWrapperGetSets;
  type_ready(&m);
}

}  // namespace ftpy
