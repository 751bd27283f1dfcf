// collections_dicts.cpp — collections.defaultdict and collections.OrderedDict,
// both C++ subclasses of dict that reuse its layout and slots (type_ready
// inherits everything not set here from DictType).
//
// defaultdict adds one field, default_factory, and a __missing__ that the
// dict subscript slot calls for absent keys (dict_subscript looks it up on
// subclasses). OrderedDict is a plain dict (which already keeps insertion
// order) plus move_to_end, popitem(last=...), order-sensitive == between two
// OrderedDicts and its own repr.
//
// Concurrency: the dict's own operations are atomic per call; the compound
// ones here (move_to_end, popitem(last=False)) are sequences of such calls
// (not one atomic step: the dict API takes the dict's critical section
// itself, and this file does not nest it). default_factory is read and
// replaced as a whole reference under the dict's critical section.
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/dict_impl.h"
#include "objects/errors.h"
#include "objects/identifiers.h"
#include "objects/repr_guard.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/collections_internal.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

Type DefaultDictType;
Type OrderedDictType;

const char* collections_short_name(Type* t) {
  const char* name = type_name(t);
  if (!type_has_flag(t, kTypeHeap)) {
    for (const char* p = name; *p; ++p)
      if (*p == '.') name = p + 1;
  }
  return name;
}

namespace {

struct DefaultDict : Dict {
  Ref<> default_factory;  // null = None
};

DefaultDict* as_defaultdict(Object* o) {
  if (!is_instance_of(o, &DefaultDictType))
    raisef(&exc::TypeError, "descriptor requires a 'collections.defaultdict' object but received a '%s'",
           type_name_of(o));
  return static_cast<DefaultDict*>(o);
}

Ref<> factory_of(DefaultDict* d) {
  CriticalSection cs(d);
  return d->default_factory;
}

Ref<> dd_new(Type* type, Object* const*, size_t, Object*) {
  return Ref<>::steal(new_object<DefaultDict>(type));
}

void dd_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  DefaultDict* d = as_defaultdict(self);
  Ref<> factory;
  if (nargs > 0) {
    if (args[0] != kNone && !is_callable(args[0]))
      raise(&exc::TypeError, "first argument must be callable or None");
    if (args[0] != kNone) factory = Ref<>::borrow(args[0]);
    ++args;
    --nargs;
  }
  {
    CriticalSection cs(d);
    d->default_factory = factory;
  }
  dict_update_from_args(d, "dict", args, nargs, kwnames);
}

Ref<> dd_missing(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__missing__", kwnames);
  check_nargs("__missing__", nargs, 1, 1);
  DefaultDict* d = as_defaultdict(self);
  Ref<> factory = factory_of(d);
  if (!factory) raise_key_error(args[0]);
  Ref<> value = call0(factory.get());
  setitem(self, args[0], value.get());
  return value;
}

Ref<> dd_copy_of(DefaultDict* d, Object* source) {
  Ref<> factory = factory_of(d);
  Object* f = factory ? factory.get() : kNone;
  return call2(type_of(d), f, source);
}

Ref<> dd_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("copy", kwnames);
  check_nargs("copy", nargs, 0, 0);
  DefaultDict* d = as_defaultdict(self);
  return dd_copy_of(d, self);
}

Ref<> dd_repr(Object* self) {
  DefaultDict* d = static_cast<DefaultDict*>(self);
  Ref<> factory = factory_of(d);
  std::string out = collections_short_name(type_of(self));
  out += '(';
  if (!factory) {
    out += "None";
  } else {
    ReprGuard guard(factory.get());
    out += guard.recursive() ? "..." : repr_utf8(factory.get());
  }
  out += ", ";
  Ref<> body = dict_repr(self);
  out += str_view(body.get());
  out += ')';
  return str_new(out);
}

// d | other → a defaultdict copy of d updated with other; other | d keeps
// d's factory too (CPython's defaultdict.__or__ / __ror__).
Ref<> dd_or(Object* a, Object* b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented();
  if (is_instance_of(a, &DefaultDictType)) {
    Ref<> result = dd_copy_of(static_cast<DefaultDict*>(a), a);
    dict_update(static_cast<Dict*>(result.get()), b);
    return result;
  }
  Ref<> result = dd_copy_of(static_cast<DefaultDict*>(b), a);
  dict_update(static_cast<Dict*>(result.get()), b);
  return result;
}

Ref<> dd_get_factory(Object* self) {
  Ref<> f = factory_of(as_defaultdict(self));
  return f ? f : none();
}

void dd_set_factory(Object* self, Object* value) {
  DefaultDict* d = as_defaultdict(self);
  Ref<> old;
  CriticalSection cs(d);
  old = std::move(d->default_factory);
  if (value && value != kNone) d->default_factory = Ref<>::borrow(value);
}

void dd_traverse(Object* self, VisitFn visit, void* arg) {
  if (DictType.tp_traverse) DictType.tp_traverse(self, visit, arg);
  DefaultDict* d = static_cast<DefaultDict*>(self);
  if (d->default_factory) visit(d->default_factory.get(), arg);
}

const MethodDef kDefaultDictMethods[] = {
    {"__missing__", dd_missing, 0,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n  return value"},
    {"copy", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {"__copy__", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDefaultDictGetSets[] = {
    {"default_factory", dd_get_factory, dd_set_factory, "Factory for default value called by __missing__()."},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- OrderedDict

Dict* as_ordered(Object* o) {
  if (!is_instance_of(o, &OrderedDictType))
    raisef(&exc::TypeError, "descriptor requires a 'collections.OrderedDict' object but received a '%s'",
           type_name_of(o));
  return static_cast<Dict*>(o);
}

// Moves `key` to the front: re-inserts every other item after it.
void move_to_front(Dict* d, Object* key, Object* value) {
  std::vector<std::pair<Ref<>, Ref<>>> rest;
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(d, &pos, &k, &v)) rest.emplace_back(std::move(k), std::move(v));
  Ref<> keep_key = Ref<>::borrow(key), keep_value = Ref<>::borrow(value);
  dict_clear(d);
  dict_set(d, keep_key.get(), keep_value.get());
  for (auto& [rk, rv] : rest)
    if (!eq(rk.get(), keep_key.get())) dict_set(d, rk.get(), rv.get());
}

Ref<> od_move_to_end(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("move_to_end", args, nargs, kwnames, {"key", "last"}, 1, a);
  Dict* d = as_ordered(self);
  bool last = a[1] ? truthy(a[1]) : true;
  Ref<> value = dict_get(d, a[0]);
  if (!value) raise_key_error(a[0]);
  if (last) {
    Ref<> key = Ref<>::borrow(a[0]);
    dict_del(d, key.get());
    dict_set(d, key.get(), value.get());
  } else {
    move_to_front(d, a[0], value.get());
  }
  return none();
}

Ref<> od_popitem(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("popitem", args, nargs, kwnames, {"last"}, 0, a);
  Dict* d = as_ordered(self);
  bool last = a[0] ? truthy(a[0]) : true;
  Ref<> key, value;
  bool found;
  if (last) {
    found = dict_pop_last(d, &key, &value);
  } else {
    int64_t pos = 0;
    found = dict_next(d, &pos, &key, &value);
    if (found) dict_del(d, key.get());
  }
  if (!found) raise(&exc::KeyError, "dictionary is empty");
  return tuple_pack({key.get(), value.get()});
}

Ref<> od_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("copy", kwnames);
  check_nargs("copy", nargs, 0, 0);
  return call1(type_of(self), self);
}

Ref<> od_repr(Object* self) {
  std::string out = collections_short_name(type_of(self));
  if (dict_size(self) == 0) return str_new(out + "()");
  Ref<> body = dict_repr(self);  // guards against recursion itself
  return str_new(out + "(" + std::string(str_view(body.get())) + ")");
}

Ref<> od_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && is_instance_of(a, &OrderedDictType) &&
      is_instance_of(b, &OrderedDictType)) {
    Ref<> same = DictType.tp_richcompare(a, b, CompareOp::Eq);
    bool equal = same.get() == kTrue;
    if (equal) {
      // Same items: also the same order.
      int64_t pa = 0, pb = 0;
      Ref<> ka, va, kb, vb;
      while (equal && dict_next(static_cast<Dict*>(a), &pa, &ka, &va)) {
        if (!dict_next(static_cast<Dict*>(b), &pb, &kb, &vb) || !eq(ka.get(), kb.get())) equal = false;
      }
    }
    return py_bool(op == CompareOp::Eq ? equal : !equal);
  }
  return DictType.tp_richcompare(a, b, op);
}

const MethodDef kOrderedDictMethods[] = {
    {"move_to_end", od_move_to_end, 0, "Move an existing element to the end (or beginning if last is false)."},
    {"popitem", od_popitem, 0, "Remove and return a (key, value) pair from the dictionary."},
    {"copy", od_copy, 0, "od.copy() -> a shallow copy of od"},
    {"__copy__", od_copy, 0, "od.copy() -> a shallow copy of od"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_collections_dict_types() {
  Type* t = &DefaultDictType;
  if (!type_has_flag(t, kTypeReady)) {
    t->name = "collections.defaultdict";
    t->base = &DictType;
    t->basicsize = sizeof(DefaultDict);
    t->flags |= kTypeBaseType | kTypeDictSubclass | kTypeHasGc;
    t->tp_new = dd_new;
    t->tp_init = dd_init;
    t->tp_dealloc = destroy_object<DefaultDict>;
    t->tp_traverse = dd_traverse;
    t->tp_repr = dd_repr;
    t->nb_binary[int(BinaryOp::Or)] = dd_or;
    t->methods = kDefaultDictMethods;
    t->getsets = kDefaultDictGetSets;
    t->doc =
        "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
        "The default factory is called without arguments to produce\na new value when a key "
        "is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the "
        "same items.\nAll remaining arguments are treated the same as if they were\npassed to "
        "the dict constructor, including keyword arguments.\n";
    type_ready(t);
  }
  t = &OrderedDictType;
  if (!type_has_flag(t, kTypeReady)) {
    t->name = "collections.OrderedDict";
    t->base = &DictType;
    t->basicsize = sizeof(Dict);
    t->flags |= kTypeBaseType | kTypeDictSubclass | kTypeHasGc;
    t->tp_repr = od_repr;
    t->tp_richcompare = od_richcompare;
    t->methods = kOrderedDictMethods;
    t->doc = "Dictionary that remembers insertion order";
    type_ready(t);
  }
}

}  // namespace ftpy
