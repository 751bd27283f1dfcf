// type_slots.cpp — the slot functions of heap classes: each one looks up the
// matching dunder on type(self) and calls it (CPython's slot_tp_* family),
// plus update_all_slots, which decides per slot between such a dispatcher
// (the dunder is defined by a heap class in the MRO) and the native slot
// inherited from the base (a built-in type provides it), and the heap
// instance dealloc.
//
// Rules kept from CPython: binary dunders try the reflected method of a
// right operand whose type is a proper subclass overriding it first; a user
// __next__ raising StopIteration means "exhausted" (empty Ref); __hash__ =
// None makes a class unhashable; __getattr__ runs when normal lookup finds
// nothing (or raises AttributeError); __del__ runs at most once (kGcFinalized).
//
// Concurrency: dispatchers read the class through type_lookup (thread-safe);
// update_all_slots writes a heap type's slots while it is being created or
// after a dunder assignment (plain pointer stores of functions that are all
// valid for the type, so a racing reader calls either the old or new one).
#include <array>
#include <cstdio>
#include <string>
#include <utility>

#include "objects/api.h"
#include "objects/descr.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"
#include "objects/weakref.h"
#include "runtime/vm/interp.h"

namespace ftpy {

namespace {

// ------------------------------------------------------------- call helpers

Ref<> must_call(Object* self, Str* name, Object* const* args, size_t nargs) {
  bool found = false;
  Ref<> r = call_special(self, name, args, nargs, &found);
  if (!found) raise(&exc::AttributeError, name->view());
  return r;
}

Ref<> must_call0(Object* self, Str* name) { return must_call(self, name, nullptr, 0); }
Ref<> must_call1(Object* self, Str* name, Object* a) { return must_call(self, name, &a, 1); }

// Calls the dunder if type(self) has it; empty Ref (not found) otherwise.
Ref<> maybe_call(Object* self, Str* name, Object* const* args, size_t nargs) {
  bool found = false;
  Ref<> r = call_special(self, name, args, nargs, &found);
  return found ? r : Ref<>();
}

// ------------------------------------------------------------ basic slots

Ref<> slot_repr(Object* o) { return must_call0(o, id::repr); }
Ref<> slot_str(Object* o) { return must_call0(o, id::str); }

int64_t slot_hash(Object* o) {
  Ref<> r = must_call0(o, id::hash);
  if (!is_int(r.get())) raise(&exc::TypeError, "__hash__ method should return an integer");
  int64_t v;
  if (int_to_int64(r.get(), &v)) return v == -1 ? -2 : v;
  return hash(r.get());
}

Ref<> slot_call(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
  bool found = false;
  Ref<> r = call_special(o, id::call, args, nargs, &found, kwnames);
  if (!found) raise_type_error_not_callable(o);
  return r;
}

Str* compare_name(CompareOp op) {
  switch (op) {
    case CompareOp::Lt:
      return id::lt;
    case CompareOp::Le:
      return id::le;
    case CompareOp::Eq:
      return id::eq;
    case CompareOp::Ne:
      return id::ne;
    case CompareOp::Gt:
      return id::gt;
    case CompareOp::Ge:
      return id::ge;
  }
  return id::eq;
}

Ref<> slot_richcompare(Object* a, Object* b, CompareOp op) {
  Str* name = compare_name(op);
  Object* f = type_lookup(type_of(a), name);
  if (!f || f == kNone) return not_implemented();
  if (Type* owner = slot_wrapper_owner(f)) {
    RichCompareFn fn = owner->tp_richcompare;
    return fn ? fn(a, b, op) : not_implemented();
  }
  Ref<> r = maybe_call(a, name, &b, 1);
  return r ? r : not_implemented();
}

Ref<> slot_iter(Object* o) {
  Object* f = type_lookup(type_of(o), id::iter);
  if (!f || f == kNone) raisef(&exc::TypeError, "'%s' object is not iterable", type_name_of(o));
  return must_call0(o, id::iter);
}

Ref<> slot_iternext(Object* o) {
  try {
    return must_call0(o, id::next);
  } catch (PyException& e) {
    if (exception_matches(e.value.get(), &exc::StopIteration)) return {};
    throw;
  }
}

Ref<> slot_descr_get(Object* self, Object* obj, Type* type) {
  Object* args[2] = {obj ? obj : kNone, type ? static_cast<Object*>(type) : kNone};
  return must_call(self, id::get, args, 2);
}

void slot_descr_set(Object* self, Object* obj, Object* value) {
  if (value) {
    Object* args[2] = {obj, value};
    must_call(self, id::set, args, 2);
  } else {
    must_call(self, id::delete_, &obj, 1);
  }
}

void slot_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  bool found = false;
  Ref<> r = call_special(self, id::init, args, nargs, &found, kwnames);
  if (found && r.get() != kNone)
    raisef(&exc::TypeError, "__init__() should return None, not '%s'", type_name_of(r.get()));
}

Ref<> slot_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Ref<> f = Ref<>::borrow(type_lookup(type, id::new_));
  if (!f) return object_new(type, args, nargs, kwnames);
  if (is_type(f.get(), &StaticMethodType)) f = static_cast<StaticMethodObject*>(f.get())->callable;
  return call_with_self(f.get(), type, args, nargs, kwnames);
}

Ref<> slot_getattr_hook(Object* self, Str* name) {
  Type* t = type_of(self);
  Object* ga = type_lookup(t, id::getattribute);
  Ref<> fallback = Ref<>::borrow(type_lookup(t, id::getattr));
  Ref<> r;
  try {
    Type* owner = ga ? slot_wrapper_owner(ga) : nullptr;
    if (!ga || owner) {
      GetAttrFn g = owner && owner->tp_getattr ? owner->tp_getattr : generic_getattr;
      r = g(self, name);
    } else {
      Object* arg = name;
      r = must_call(self, id::getattribute, &arg, 1);
    }
  } catch (PyException& e) {
    if (!fallback || !exception_matches(e.value.get(), &exc::AttributeError)) throw;
  }
  if (!r && fallback) {
    Object* arg = name;
    r = must_call(self, id::getattr, &arg, 1);
  }
  return r;
}

void slot_setattr_hook(Object* self, Str* name, Object* value) {
  Str* dn = value ? id::setattr : id::delattr;
  Object* f = type_lookup(type_of(self), dn);
  Type* owner = f ? slot_wrapper_owner(f) : nullptr;
  if (!f || owner) {
    SetAttrFn s = owner && owner->tp_setattr ? owner->tp_setattr : generic_setattr;
    s(self, name, value);
    return;
  }
  Object* args[2] = {name, value};
  must_call(self, dn, args, value ? 2 : 1);
}

// -------------------------------------------------------- container slots

int64_t slot_len(Object* o) {
  Ref<> r = must_call0(o, id::len);
  Ref<> i = index(r.get());
  int64_t v;
  if (!int_to_int64(i.get(), &v)) {
    if (int_to_mpz(i.get()) < 0) raise(&exc::ValueError, "__len__() should return >= 0");
    raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (v < 0) raise(&exc::ValueError, "__len__() should return >= 0");
  return v;
}

Ref<> slot_getitem(Object* o, Object* key) { return must_call1(o, id::getitem, key); }

void slot_setitem(Object* o, Object* key, Object* value) {
  if (value) {
    Object* args[2] = {key, value};
    must_call(o, id::setitem, args, 2);
  } else {
    must_call1(o, id::delitem, key);
  }
}

bool slot_contains(Object* o, Object* x) {
  Object* f = type_lookup(type_of(o), id::contains);
  if (f == kNone)
    raisef(&exc::TypeError, "argument of type '%s' is not a container or iterable",
           type_name_of(o));
  return truthy(must_call1(o, id::contains, x).get());
}

// ---------------------------------------------------------- number slots

bool slot_bool(Object* o) {
  Ref<> r = must_call0(o, id::bool_);
  if (r.get() == kTrue) return true;
  if (r.get() == kFalse) return false;
  raisef(&exc::TypeError, "__bool__ should return bool, returned %s", type_name_of(r.get()));
}

Ref<> slot_neg(Object* o) { return must_call0(o, id::neg); }
Ref<> slot_pos(Object* o) { return must_call0(o, id::pos); }
Ref<> slot_invert(Object* o) { return must_call0(o, id::invert); }
Ref<> slot_abs(Object* o) { return must_call0(o, id::abs); }
Ref<> slot_index(Object* o) { return must_call0(o, id::index); }
Ref<> slot_int(Object* o) { return must_call0(o, id::int_); }
Ref<> slot_float(Object* o) { return must_call0(o, id::float_); }

struct OpNames {
  Str** name;
  Str** rname;
  Str** iname;
};
// BinaryOp order: Add Sub Mul MatMul TrueDiv Mod Pow LShift RShift Or Xor And FloorDiv.
const OpNames kOpNames[kBinaryOpCount] = {
    {&id::add, &id::radd, &id::iadd},
    {&id::sub, &id::rsub, &id::isub},
    {&id::mul, &id::rmul, &id::imul},
    {&id::matmul, &id::rmatmul, &id::imatmul},
    {&id::truediv, &id::rtruediv, &id::itruediv},
    {&id::mod, &id::rmod, &id::imod},
    {&id::pow, &id::rpow, &id::ipow},
    {&id::lshift, &id::rlshift, &id::ilshift},
    {&id::rshift, &id::rrshift, &id::irshift},
    {&id::or_, &id::ror, &id::ior},
    {&id::xor_, &id::rxor, &id::ixor},
    {&id::and_, &id::rand, &id::iand},
    {&id::floordiv, &id::rfloordiv, &id::ifloordiv},
};

// True when `sub` (a subclass of `base`) defines `name` differently from base.
bool method_is_overloaded(Type* base, Type* sub, Str* name) {
  Object* b = type_lookup(sub, name);
  if (!b) return false;
  return b != type_lookup(base, name);
}

bool is_not_implemented(const Ref<>& r) { return !r || r.get() == kNotImplemented; }

template <int Op>
Ref<> slot_binary(Object* a, Object* b) {
  Str* name = *kOpNames[Op].name;
  Str* rname = *kOpNames[Op].rname;
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool do_other = ta != tb && tb->nb_binary[Op] == &slot_binary<Op>;
  if (ta->nb_binary[Op] == &slot_binary<Op>) {
    if (do_other && is_subtype(tb, ta) && method_is_overloaded(ta, tb, rname)) {
      Ref<> r = maybe_call(b, rname, &a, 1);
      if (!is_not_implemented(r)) return r;
      do_other = false;
    }
    Ref<> r = maybe_call(a, name, &b, 1);
    if (!is_not_implemented(r) || ta == tb) return r ? r : not_implemented();
  }
  if (do_other) {
    Ref<> r = maybe_call(b, rname, &a, 1);
    return r ? r : not_implemented();
  }
  return not_implemented();
}

template <int Op>
Ref<> slot_inplace(Object* a, Object* b) {
  Ref<> r = maybe_call(a, *kOpNames[Op].iname, &b, 1);
  return r ? r : not_implemented();
}

Ref<> slot_power3(Object* a, Object* b, Object* m) {
  if (type_of(a)->nb_power3 != &slot_power3) return not_implemented();
  Object* args[2] = {b, m};
  Ref<> r = maybe_call(a, id::pow, args, 2);
  return r ? r : not_implemented();
}

template <size_t... I>
constexpr std::array<BinaryFn, kBinaryOpCount> make_binary(std::index_sequence<I...>) {
  return {&slot_binary<static_cast<int>(I)>...};
}
template <size_t... I>
constexpr std::array<BinaryFn, kBinaryOpCount> make_inplace(std::index_sequence<I...>) {
  return {&slot_inplace<static_cast<int>(I)>...};
}
const std::array<BinaryFn, kBinaryOpCount> kBinarySlots =
    make_binary(std::make_index_sequence<kBinaryOpCount>{});
const std::array<BinaryFn, kBinaryOpCount> kInplaceSlots =
    make_inplace(std::make_index_sequence<kBinaryOpCount>{});

bool defined_by_heap(Type* t, Str* name, Object** value = nullptr) {
  Type* owner = nullptr;
  Object* v = type_lookup_owner(t, name, &owner);
  if (value) *value = v;
  return v && owner && type_has_flag(owner, kTypeHeap);
}

}  // namespace

// ------------------------------------------------------------- finalizer

void call_finalizer(Object* o) {
  Ref<> del = Ref<>::borrow(type_lookup(type_of(o), id::del));
  if (!del) return;
  try {
    call_with_self(del.get(), o, nullptr, 0);
  } catch (PyException& e) {
    vm::print_unraisable("in: ", del.get(), "", e.value.get());
  }
}


// ---------------------------------------------------------- slot selection

void update_all_slots(Type* t) {
  Type* b = t->base;
  auto user = [t](Str* n) { return defined_by_heap(t, n); };
  t->tp_repr = user(id::repr) ? slot_repr : b->tp_repr;
  t->tp_str = user(id::str) ? slot_str : b->tp_str;
  Object* hv = nullptr;
  if (defined_by_heap(t, id::hash, &hv))
    t->tp_hash = hv == kNone ? nullptr : slot_hash;
  else
    t->tp_hash = b->tp_hash;
  t->tp_call = user(id::call) ? slot_call : b->tp_call;
  bool cmp =
      user(id::lt) || user(id::le) || user(id::eq) || user(id::ne) || user(id::gt) || user(id::ge);
  t->tp_richcompare = cmp ? slot_richcompare : b->tp_richcompare;
  t->tp_iter = user(id::iter) ? slot_iter : b->tp_iter;
  t->tp_iternext = user(id::next) ? slot_iternext : b->tp_iternext;
  t->tp_descr_get = user(id::get) ? slot_descr_get : b->tp_descr_get;
  t->tp_descr_set = (user(id::set) || user(id::delete_)) ? slot_descr_set : b->tp_descr_set;
  t->tp_init = user(id::init) ? slot_init : b->tp_init;
  t->tp_new = user(id::new_) ? slot_new : b->tp_new;
  t->tp_getattr = (user(id::getattribute) || user(id::getattr)) ? slot_getattr_hook : b->tp_getattr;
  t->tp_setattr = (user(id::setattr) || user(id::delattr)) ? slot_setattr_hook : b->tp_setattr;

  t->mp_length = user(id::len) ? slot_len : b->mp_length;
  t->mp_subscript = user(id::getitem) ? slot_getitem : b->mp_subscript;
  t->mp_ass_subscript =
      (user(id::setitem) || user(id::delitem)) ? slot_setitem : b->mp_ass_subscript;
  t->sq_contains = user(id::contains) ? slot_contains : b->sq_contains;

  t->nb_bool = user(id::bool_) ? slot_bool : b->nb_bool;
  t->nb_negative = user(id::neg) ? slot_neg : b->nb_negative;
  t->nb_positive = user(id::pos) ? slot_pos : b->nb_positive;
  t->nb_invert = user(id::invert) ? slot_invert : b->nb_invert;
  t->nb_absolute = user(id::abs) ? slot_abs : b->nb_absolute;
  t->nb_index = user(id::index) ? slot_index : b->nb_index;
  t->nb_int = user(id::int_) ? slot_int : b->nb_int;
  t->nb_float = user(id::float_) ? slot_float : b->nb_float;
  for (int i = 0; i < kBinaryOpCount; ++i) {
    bool bin = user(*kOpNames[i].name) || user(*kOpNames[i].rname);
    t->nb_binary[i] = bin ? kBinarySlots[i] : b->nb_binary[i];
    t->nb_inplace[i] = user(*kOpNames[i].iname) ? kInplaceSlots[i] : b->nb_inplace[i];
  }
  t->nb_power3 = (user(id::pow) || user(id::rpow)) ? slot_power3 : b->nb_power3;
  if (user(id::del)) {
    t->flags |= kTypeHasFinalizer;
    t->tp_finalize = call_finalizer;
  } else {
    t->flags &= ~kTypeHasFinalizer;
    t->tp_finalize = b->tp_finalize;
  }
}

bool update_slots_for_name(Type* t, Str* name) {
  std::string_view v = name->view();
  if (v.size() < 5 || v.substr(0, 2) != "__" || v.substr(v.size() - 2) != "__") return false;
  update_all_slots(t);
  return true;
}

// ------------------------------------------------------------ instances

// Calls fn(slot) for each __slots__ field of a heap-type instance, from the
// most derived class down to the static base.
template <class Fn>
void for_each_slot_field(Object* o, Fn&& fn) {
  for (Type* k = type_of(o); k && type_has_flag(k, kTypeHeap); k = k->base) {
    size_t from = k->base ? k->base->basicsize : sizeof(Object);
    for (size_t off = from; off + sizeof(Object*) <= k->basicsize; off += sizeof(Object*))
      fn(reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off));
  }
}

static void clear_field(Object** p) {
  Object* v = *p;
  *p = nullptr;
  xdecref(v);
}

void subtype_dealloc(Object* o) {
  Type* t = type_of(o);
  if (type_has_flag(t, kTypeHasFinalizer) && !(o->ob_gc_bits & kGcFinalized)) {
    o->ob_gc_bits |= kGcFinalized;
    {
      // The temporary reference re-enters this function when it drops to
      // zero (now finalized), which frees the object — unless __del__
      // resurrected it.
      gc_retrack_for_finalizer(o);
      Ref<> self = Ref<>::borrow(o);
      call_finalizer(o);
    }
    return;
  }
  if (o->ob_gc_bits & kGcHasWeakrefs) weakrefs_object_dying(o);
  for_each_slot_field(o, clear_field);
  Type* sb = static_base(t);
  if (sb && sb->tp_dealloc)
    sb->tp_dealloc(o);
  else
    free_instance_memory(o, t);
}

// The collector's tp_clear for instances of heap types: drops the
// __slots__ fields and the instance __dict__, then the static base's own
// references. Only called on unreachable objects (gc/collector.cpp).
void subtype_clear(Object* o) {
  Type* t = type_of(o);
  for_each_slot_field(o, clear_field);
  if (type_has_flag(t, kTypeManagedDict)) clear_field(managed_dict_slot(o));
  Type* sb = static_base(t);
  if (sb && sb->tp_clear) sb->tp_clear(o);
}

void subtype_traverse(Object* o, VisitFn visit, void* arg) {
  Type* t = type_of(o);
  if (Object* d = instance_dict(o)) visit(d, arg);
  for_each_slot_field(o, [&](Object** p) {
    if (*p) visit(*p, arg);
  });
  visit(t, arg);
  Type* sb = static_base(t);
  if (sb && sb->tp_traverse) sb->tp_traverse(o, visit, arg);
}

}  // namespace ftpy
