// set_type.cpp — the set and frozenset type objects: repr, comparisons
// (subset order), frozenset hash, `in`, iteration, the | & - ^ operators and
// their in-place forms (set only), the constructors and the methods.
//
// Results of binary operations have the base type of the left operand (set
// or frozenset), as CPython. The algorithms follow CPython's choices of
// which operand to iterate, so result iteration order matches too.
//
// Concurrency: sets are mutated through set.cpp's API (critical section per
// operation); frozensets are immutable once their constructor returns. A set
// iterator raises "Set changed size during iteration" if the size changed.
#include <string>

#include "objects/api.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/iterators_common.h"
#include "objects/repr_guard.h"
#include "objects/set.h"
#include "objects/set_impl.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

Type SetType;
Type FrozenSetType;
Type SetIterType;

bool set_type_is_subclass(const Type* t) {
  return is_subtype(const_cast<Type*>(t), &SetType) ||
         is_subtype(const_cast<Type*>(t), &FrozenSetType);
}

namespace {

Set* as_set(Object* o) { return static_cast<Set*>(o); }

// ------------------------------------------------------------------ helpers

bool is_subset(Set* a, Object* b) {  // every item of a is in the set b
  if (set_size(a) > set_size(b)) return false;
  int64_t pos = 0;
  Ref<> k;
  while (set_next(a, &pos, &k)) {
    if (!set_contains(as_set(b), k.get())) return false;
  }
  return true;
}

Ref<Set> difference_new(Set* a, Object* b, Type* type) {
  int64_t other_size = -1;
  if (is_anyset(b)) other_size = set_size(b);
  else if (is_dict(b)) other_size = length(b);
  if (other_size < 0 || (set_size(a) >> 2) > other_size) {
    Ref<Set> out = set_copy(a, type);
    set_difference_update(out.get(), b);
    return out;
  }
  Ref<Set> out = set_new(type);
  int64_t pos = 0;
  Ref<> k;
  while (set_next(a, &pos, &k)) {
    if (!contains(b, k.get())) set_add(out.get(), k.get());
  }
  return out;
}

Ref<Set> symmetric_difference_new(Set* a, Object* b, Type* type) {
  Ref<Set> out = set_from_iterable(type, b);
  set_symmetric_difference_update(out.get(), a);
  return out;
}

bool is_disjoint(Set* s, Object* other) {
  if (is_anyset(other)) {
    Set* small = s;
    Set* big = as_set(other);
    if (set_size(small) > set_size(big)) std::swap(small, big);
    int64_t pos = 0;
    Ref<> k;
    while (set_next(small, &pos, &k)) {
      if (set_contains(big, k.get())) return false;
    }
    return true;
  }
  Ref<> it = get_iter(other);
  while (Ref<> k = iter_next(it.get())) {
    if (set_contains(s, k.get())) return false;
  }
  return true;
}

// ------------------------------------------------------------------ slots

Ref<> set_repr(Object* self) {
  Set* s = as_set(self);
  bool exact_set = self->ob_type == &SetType;
  std::string name = type_name_of(self);
  if (set_size(s) == 0) return str_new(name + "()");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new(name + "(...)");
  std::string out = exact_set ? "{" : name + "({";
  int64_t pos = 0;
  Ref<> k;
  bool first = true;
  while (set_next(s, &pos, &k)) {
    if (!first) out += ", ";
    first = false;
    Ref<> r = repr(k.get());
    out += str_view(r.get());
  }
  out += exact_set ? "}" : "})";
  return str_new(out);
}

Ref<> set_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  int64_t na = set_size(a), nb = set_size(b);
  bool r = false;
  switch (op) {
    case CompareOp::Eq: r = na == nb && is_subset(as_set(a), b); break;
    case CompareOp::Ne: r = !(na == nb && is_subset(as_set(a), b)); break;
    case CompareOp::Le: r = is_subset(as_set(a), b); break;
    case CompareOp::Lt: r = na < nb && is_subset(as_set(a), b); break;
    case CompareOp::Ge: r = is_subset(as_set(b), a); break;
    case CompareOp::Gt: r = na > nb && is_subset(as_set(b), a); break;
  }
  return py_bool(r);
}

inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

int64_t frozenset_hash(Object* self) {
  Set* s = as_set(self);
  SetTable* t = set_table(s);
  if (t && t->hash_cache != -1) return t->hash_cache;
  uint64_t h = 0;
  if (t) {
    SetEntry* e = t->entries();
    for (int64_t i = 0; i <= t->mask; ++i) {
      if (e[i].key && e[i].key != set_dummy()) h ^= shuffle_bits(static_cast<uint64_t>(e[i].hash));
    }
  }
  h ^= (static_cast<uint64_t>(set_size(s)) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  int64_t r = static_cast<int64_t>(h);
  if (r == -1) r = 590923713;
  if (t) t->hash_cache = r;
  return r;
}

int64_t set_length(Object* self) { return set_size(self); }
bool set_sq_contains(Object* self, Object* key) { return set_contains(as_set(self), key); }

Ref<> set_or(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  Ref<Set> out = set_copy(as_set(a), set_result_type(a));
  set_update(out.get(), b);
  return out;
}
Ref<> set_and(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  return set_intersection_new(as_set(a), b, set_result_type(a));
}
Ref<> set_sub(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  return difference_new(as_set(a), b, set_result_type(a));
}
Ref<> set_xor(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  return symmetric_difference_new(as_set(a), b, set_result_type(a));
}

template <void (*Update)(Set*, Object*)>
Ref<> set_inplace(Object* a, Object* b) {
  if (!is_anyset(b)) return not_implemented();
  Update(as_set(a), b);
  return Ref<>::borrow(a);
}

// ------------------------------------------------------------------ iterator

// The fields below `set` are read and written only in the set's critical
// section, so an iterator shared between threads stays consistent; `set`
// is kept until the iterator is freed.
struct SetIter : Object {
  Ref<> set;
  bool done = false;
  int64_t used = 0;   // size at creation
  int64_t pos = 0;
  int64_t remaining = 0;
};

Ref<> set_iter(Object* self) {
  SetIter* it = new_object<SetIter>(&SetIterType);
  it->set = Ref<>::borrow(self);
  CriticalSection cs(self);
  it->used = as_set(self)->used;
  it->remaining = it->used;
  return Ref<>::steal(it);
}

Ref<> set_iter_next(Object* self) {
  auto* it = static_cast<SetIter*>(self);
  Set* s = as_set(it->set.get());
  CriticalSection cs(s);
  if (it->done) return nullptr;
  if (set_size(s) != it->used) {
    it->used = -1;
    it->done = true;
    raise(&exc::RuntimeError, "Set changed size during iteration");
  }
  Ref<> k;
  if (!set_next(s, &it->pos, &k)) {
    it->done = true;
    return nullptr;
  }
  --it->remaining;
  return k;
}

Ref<> set_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
  auto* it = static_cast<SetIter*>(self);
  Set* s = as_set(it->set.get());
  int64_t remaining;
  {
    CriticalSection cs(s);
    if (it->done || set_size(s) != it->used) return int_from(0);
    remaining = it->remaining;
  }
  return int_from(remaining);
}

void set_iter_dealloc(Object* o) { destroy_object<SetIter>(o); }
void set_iter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<SetIter*>(o);
  if (it->set) visit(it->set.get(), arg);
}

void set_dealloc(Object* o) { destroy_object<Set>(o); }
void set_traverse(Object* o, VisitFn visit, void* arg) {
  int64_t pos = 0;
  SetTable* t = set_table(as_set(o));
  if (!t) return;
  for (; pos <= t->mask; ++pos) {
    SetEntry& e = t->entries()[pos];
    if (e.key && e.key != set_dummy()) visit(e.key, arg);
  }
}
void set_tp_clear(Object* o) { set_clear(as_set(o)); }

// ------------------------------------------------------------------ methods

#define NAME(self, m) (self->ob_type == &FrozenSetType || is_instance_of(self, &FrozenSetType) \
                           ? "frozenset." m : "set." m)

Ref<> m_add(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("set.add", nargs, kwnames);
  set_add(as_set(self), args[0]);
  return none();
}

Ref<> m_discard(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("set.discard", nargs, kwnames);
  set_discard(as_set(self), args[0]);
  return none();
}

Ref<> m_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("set.remove", nargs, kwnames);
  set_remove_key(as_set(self), args[0]);
  return none();
}

Ref<> m_pop(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("set.pop", nargs, kwnames);
  return set_pop(as_set(self));
}

Ref<> m_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("set.clear", nargs, kwnames);
  set_clear(as_set(self));
  return none();
}

Ref<> m_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none(NAME(self, "copy"), nargs, kwnames);
  if (self->ob_type == &FrozenSetType) return Ref<>::borrow(self);
  return set_copy(as_set(self), set_result_type(self));
}

Ref<> m_union(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) raisef(&exc::TypeError, "%s() takes no keyword arguments", NAME(self, "union"));
  Ref<Set> out = set_copy(as_set(self), set_result_type(self));
  for (size_t i = 0; i < nargs; ++i) set_update(out.get(), args[i]);
  return out;
}

Ref<> m_intersection(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) {
    raisef(&exc::TypeError, "%s() takes no keyword arguments", NAME(self, "intersection"));
  }
  Type* type = set_result_type(self);
  if (nargs == 0) return set_copy(as_set(self), type);
  Ref<Set> out = set_intersection_new(as_set(self), args[0], type);
  for (size_t i = 1; i < nargs; ++i) out = set_intersection_new(out.get(), args[i], type);
  return out;
}

Ref<> m_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) {
    raisef(&exc::TypeError, "%s() takes no keyword arguments", NAME(self, "difference"));
  }
  Type* type = set_result_type(self);
  if (nargs == 0) return set_copy(as_set(self), type);
  Ref<Set> out = difference_new(as_set(self), args[0], type);
  for (size_t i = 1; i < nargs; ++i) set_difference_update(out.get(), args[i]);
  return out;
}

Ref<> m_symmetric_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one(NAME(self, "symmetric_difference"), nargs, kwnames);
  return symmetric_difference_new(as_set(self), args[0], set_result_type(self));
}

Ref<> m_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) raise(&exc::TypeError, "set.update() takes no keyword arguments");
  for (size_t i = 0; i < nargs; ++i) set_update(as_set(self), args[i]);
  return none();
}

Ref<> m_intersection_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) raise(&exc::TypeError, "set.intersection_update() takes no keyword arguments");
  for (size_t i = 0; i < nargs; ++i) set_intersection_update(as_set(self), args[i]);
  return none();
}

Ref<> m_difference_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) raise(&exc::TypeError, "set.difference_update() takes no keyword arguments");
  for (size_t i = 0; i < nargs; ++i) set_difference_update(as_set(self), args[i]);
  return none();
}

Ref<> m_symmetric_difference_update(Object* self, Object* const* args, size_t nargs,
                                    Object* kwnames) {
  arity_one("set.symmetric_difference_update", nargs, kwnames);
  set_symmetric_difference_update(as_set(self), args[0]);
  return none();
}

Ref<> m_issubset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one(NAME(self, "issubset"), nargs, kwnames);
  Ref<> other = is_anyset(args[0]) ? Ref<>::borrow(args[0])
                                   : Ref<>(set_from_iterable(&SetType, args[0]));
  return py_bool(is_subset(as_set(self), other.get()));
}

Ref<> m_issuperset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one(NAME(self, "issuperset"), nargs, kwnames);
  if (is_anyset(args[0])) return py_bool(is_subset(as_set(args[0]), self));
  Ref<> it = get_iter(args[0]);
  while (Ref<> k = iter_next(it.get())) {
    if (!set_contains(as_set(self), k.get())) return py_bool(false);
  }
  return py_bool(true);
}

Ref<> m_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one(NAME(self, "isdisjoint"), nargs, kwnames);
  return py_bool(is_disjoint(as_set(self), args[0]));
}

Ref<> m_contains(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one(NAME(self, "__contains__"), nargs, kwnames);
  return py_bool(set_contains(as_set(self), args[0]));
}

#undef NAME

const MethodDef kSetMethods[] = {
    {"add", m_add, kMethodPlain, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"discard", m_discard, kMethodPlain, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
    {"remove", m_remove, kMethodPlain, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"pop", m_pop, kMethodPlain, "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty."},
    {"clear", m_clear, kMethodPlain, "Remove all elements from this set."},
    {"copy", m_copy, kMethodPlain, "Return a shallow copy of a set."},
    {"union", m_union, kMethodPlain, "Return a new set with elements from the set and all others."},
    {"intersection", m_intersection, kMethodPlain, "Return a new set with elements common to the set and all others."},
    {"difference", m_difference, kMethodPlain, "Return a new set with elements in the set that are not in the others."},
    {"symmetric_difference", m_symmetric_difference, kMethodPlain, "Return a new set with elements in either the set or other but not both."},
    {"update", m_update, kMethodPlain, "Update the set, adding elements from all others."},
    {"intersection_update", m_intersection_update, kMethodPlain, "Update the set, keeping only elements found in it and all others."},
    {"difference_update", m_difference_update, kMethodPlain, "Update the set, removing elements found in others."},
    {"symmetric_difference_update", m_symmetric_difference_update, kMethodPlain, "Update the set, keeping only elements found in either set, but not in both."},
    {"issubset", m_issubset, kMethodPlain, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, kMethodPlain, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, kMethodPlain, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, kMethodPlain, "x.__contains__(y) <==> y in x."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"copy", m_copy, kMethodPlain, "Return a shallow copy of a set."},
    {"union", m_union, kMethodPlain, "Return a new set with elements from the set and all others."},
    {"intersection", m_intersection, kMethodPlain, "Return a new set with elements common to the set and all others."},
    {"difference", m_difference, kMethodPlain, "Return a new set with elements in the set that are not in the others."},
    {"symmetric_difference", m_symmetric_difference, kMethodPlain, "Return a new set with elements in either the set or other but not both."},
    {"issubset", m_issubset, kMethodPlain, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, kMethodPlain, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, kMethodPlain, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, kMethodPlain, "x.__contains__(y) <==> y in x."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kSetIterMethods[] = {
    {"__length_hint__", set_iter_length_hint, kMethodPlain,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void fill_common(Type* t) {
  t->basicsize = sizeof(Set);
  t->flags |= kTypeBaseType | kTypeHasGc;
  t->tp_dealloc = set_dealloc;
  t->tp_traverse = set_traverse;
  t->tp_repr = set_repr;
  t->tp_richcompare = set_richcompare;
  t->tp_iter = set_iter;
  t->mp_length = set_length;
  t->sq_contains = set_sq_contains;
  t->nb_binary[int(BinaryOp::Or)] = set_or;
  t->nb_binary[int(BinaryOp::And)] = set_and;
  t->nb_binary[int(BinaryOp::Sub)] = set_sub;
  t->nb_binary[int(BinaryOp::Xor)] = set_xor;
}

}  // namespace

Ref<> set_tp_new(Type* type, Object* const*, size_t, Object* kwnames) {
  if (type == &SetType && kwnames && tuple_size(kwnames)) {
    raise(&exc::TypeError, "set() takes no keyword arguments");
  }
  return set_new(type);
}

void set_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) raise(&exc::TypeError, "set() takes no keyword arguments");
  arity_range("set", nargs, 0, 1, nullptr);
  Set* s = as_set(self);
  if (set_size(s)) set_clear(s);
  if (nargs == 1) set_update(s, args[0]);
}

Ref<> frozenset_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &FrozenSetType && kwnames && tuple_size(kwnames)) {
    raise(&exc::TypeError, "frozenset() takes no keyword arguments");
  }
  arity_range("frozenset", nargs, 0, 1, nullptr);
  if (nargs == 1 && type == &FrozenSetType && args[0]->ob_type == &FrozenSetType) {
    return Ref<>::borrow(args[0]);
  }
  return set_from_iterable(type, nargs ? args[0] : nullptr);
}

void init_set_types() {
  Type* s = &SetType;
  s->name = "set";
  fill_common(s);
  s->tp_new = set_tp_new;
  s->tp_init = set_tp_init;
  s->tp_clear = set_tp_clear;
  s->tp_hash = nullptr;  // unhashable (type_ready sets __hash__ = None)
  s->nb_inplace[int(BinaryOp::Or)] = set_inplace<set_update>;
  s->nb_inplace[int(BinaryOp::And)] = set_inplace<set_intersection_update>;
  s->nb_inplace[int(BinaryOp::Sub)] = set_inplace<set_difference_update>;
  s->nb_inplace[int(BinaryOp::Xor)] = set_inplace<set_symmetric_difference_update>;
  s->methods = kSetMethods;
  s->doc = "Build an unordered collection of unique elements.";
  type_ready(s);

  Type* f = &FrozenSetType;
  f->name = "frozenset";
  fill_common(f);
  f->tp_new = frozenset_tp_new;
  f->tp_hash = frozenset_hash;
  f->methods = kFrozenSetMethods;
  f->doc = "Build an immutable unordered collection of unique elements.";
  type_ready(f);

  Type* it = &SetIterType;
  it->name = "set_iterator";
  it->basicsize = sizeof(SetIter);
  it->flags |= kTypeHasGc;
  it->tp_dealloc = set_iter_dealloc;
  it->tp_traverse = set_iter_traverse;
  it->tp_iter = iter_self;
  it->tp_iternext = set_iter_next;
  it->methods = kSetIterMethods;
  type_ready(it);
}

}  // namespace ftpy
