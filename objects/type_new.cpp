// type_new.cpp — creating a class: type(name, bases, ns, **kwds) as the class
// statement calls it. Picks the metaclass and the solid base (layout), lays
// out __slots__ as pointer fields past the base's basicsize (otherwise the
// instances get a managed __dict__), builds the class dict, the MRO and the
// dunder slots, then runs __set_name__ and the parent's __init_subclass__.
//
// Layout rule ("solid base"): a type's solid base is the nearest type in its
// base chain that changed the instance size; all bases' solid bases must lie
// on one chain, else "multiple bases have instance lay-out conflict".
//
// Concurrency: the new class is private to the creating thread until
// returned; registering it as a subclass takes the registry mutex.
#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "gc/deferred_rc.h"
#include "objects/api.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/identifiers.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"
#include "runtime/vm/interp.h"

namespace ftpy {

namespace {

constexpr uint64_t kInheritedFlags = kTypeIntSubclass | kTypeListSubclass | kTypeTupleSubclass |
                                     kTypeBytesSubclass | kTypeStrSubclass | kTypeDictSubclass |
                                     kTypeBaseExcSubclass | kTypeTypeSubclass | kTypeHasGc |
                                     kTypeManagedDict;

bool shape_differs(Type* t, Type* base) {
  return t->basicsize != base->basicsize || t->itemsize != base->itemsize;
}

Type* solid_base(Type* t) {
  while (t->base && !shape_differs(t, t->base)) t = t->base;
  return t;
}

Type* best_base(Object* bases) {
  Type* winner = nullptr;
  Type* base = nullptr;
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    Type* b = static_cast<Type*>(tuple_item(bases, i));
    Type* cand = solid_base(b);
    if (!winner) {
      winner = cand;
      base = b;
    } else if (is_subtype(winner, cand)) {
      // winner already covers this layout
    } else if (is_subtype(cand, winner)) {
      winner = cand;
      base = b;
    } else {
      raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return base;
}

bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// Private-name mangling as the compiler does it: __x in class _K -> _K__x.
std::string mangle(std::string_view cls, std::string_view name) {
  if (name.size() < 2 || name.substr(0, 2) != "__") return std::string(name);
  if (name.size() >= 4 && name.substr(name.size() - 2) == "__") return std::string(name);
  size_t i = 0;
  while (i < cls.size() && cls[i] == '_') ++i;
  if (i == cls.size()) return std::string(name);
  return "_" + std::string(cls.substr(i)) + std::string(name);
}

// Splits a kwargs dict into values appended to `args` and a kwnames tuple.
Ref<> kwargs_to_vector(Object* kwds, std::vector<Object*>* args, std::vector<Ref<>>* keep) {
  if (!kwds || dict_size(kwds) == 0) return {};
  Ref<Tuple> names = tuple_new(dict_size(kwds));
  int64_t pos = 0, i = 0;
  Ref<> k, v;
  while (dict_next(static_cast<Dict*>(kwds), &pos, &k, &v)) {
    tuple_set_steal(names.get(), i++, Ref<>(k).release());
    args->push_back(v.get());
    keep->push_back(v);
  }
  return names;
}

void wrap_function(Dict* d, Str* key, bool as_static) {
  Ref<> v = dict_get_str(d, key);
  if (!v || !is_type(v.get(), &FunctionType)) return;
  Ref<> w = as_static ? staticmethod_new(v.get()) : classmethod_new(v.get());
  dict_set(d, key, w.get());
}

void run_set_name(Type* t) {
  std::vector<std::pair<Ref<>, Ref<>>> items;
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(static_cast<Dict*>(t->dict.get()), &pos, &k, &v)) items.emplace_back(k, v);
  for (auto& [key, val] : items) {
    if (!type_lookup(type_of(val.get()), id::set_name)) continue;
    Object* args[2] = {t, key.get()};
    bool found = false;
    call_special(val.get(), id::set_name, args, 2, &found);
  }
}

void run_init_subclass(Type* t, Object* kwds) {
  Ref<> f = super_lookup(t, t, id::init_subclass, nullptr);
  if (!f) return;
  std::vector<Object*> args;
  std::vector<Ref<>> keep;
  Ref<> kwnames = kwargs_to_vector(kwds, &args, &keep);
  call(f.get(), args.data(), 0, kwnames.get());
}

}  // namespace

Type* calculate_metaclass(Type* explicit_meta, Object* bases) {
  int64_t nb = bases ? tuple_size(bases) : 0;
  Type* winner = explicit_meta ? explicit_meta : (nb ? type_of(tuple_item(bases, 0)) : &TypeType);
  for (int64_t i = 0; i < nb; ++i) {
    Type* tmp = type_of(tuple_item(bases, i));
    if (is_subtype(winner, tmp)) continue;
    if (is_subtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    raise(&exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          "of the metaclasses of all its bases");
  }
  return winner;
}

Ref<> type_new_class(Type* metatype, Object* name, Object* bases, Object* ns, Object* kwds) {
  if (!is_str(name))
    raisef(&exc::TypeError, "type.__new__() argument 1 must be str, not %s", type_name_of(name));
  if (!is_tuple(bases))
    raisef(&exc::TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name_of(bases));
  if (!is_dict(ns))
    raisef(&exc::TypeError, "type.__new__() argument 3 must be dict, not %s", type_name_of(ns));

  Type* winner = calculate_metaclass(metatype, bases);
  if (winner != metatype) {
    if (winner->tp_new != TypeType.tp_new) {
      std::vector<Object*> args{name, bases, ns};
      std::vector<Ref<>> keep;
      Ref<> kwnames = kwargs_to_vector(kwds, &args, &keep);
      return winner->tp_new(winner, args.data(), 3, kwnames.get());
    }
    metatype = winner;
  }

  Ref<> bases_ref = Ref<>::borrow(bases);
  if (tuple_size(bases) == 0) bases_ref = tuple_pack({&ObjectType});
  int64_t nb = tuple_size(bases_ref.get());
  for (int64_t i = 0; i < nb; ++i) {
    Object* b = tuple_item(bases_ref.get(), i);
    if (!is_type_object(b)) raise(&exc::TypeError, "bases must be types");
    Type* bt = static_cast<Type*>(b);
    if (!type_has_flag(bt, kTypeBaseType))
      raisef(&exc::TypeError, "type '%s' is not an acceptable base type", type_name(bt));
    for (int64_t j = 0; j < i; ++j)
      if (tuple_item(bases_ref.get(), j) == b)
        raisef(&exc::TypeError, "duplicate base class %s", type_name(bt));
  }
  Type* base = best_base(bases_ref.get());
  std::string_view cls_name = str_view(name);
  Dict* nsd = static_cast<Dict*>(ns);

  // __slots__
  bool base_has_dict =
      type_has_flag(base, kTypeManagedDict) || type_has_flag(base, kTypeTypeSubclass);
  bool base_has_weak = false;
  for (Type* k = base; k; k = k->base)
    if (type_has_flag(k, kTypeHeap) &&
        dict_get_str(static_cast<Dict*>(k->dict.get()), "__weakref__"))
      base_has_weak = true;
  Type* sbase = static_base(base);
  bool weakable = sbase == &ObjectType || type_has_flag(sbase, kTypeTypeSubclass);
  bool add_dict = false, add_weak = false;
  std::vector<std::string> slot_names;
  Ref<> slots = dict_get_str(nsd, id::slots);
  if (!slots) {
    add_dict = !base_has_dict;
    add_weak = weakable && !base_has_weak;
  } else {
    Ref<> items;
    if (is_str(slots.get()))
      items = tuple_pack({slots.get()});
    else
      items = sequence_to_tuple(slots.get());
    for (int64_t i = 0; i < tuple_size(items.get()); ++i) {
      Object* s = tuple_item(items.get(), i);
      if (!is_str(s))
        raisef(&exc::TypeError, "__slots__ items must be strings, not '%s'", type_name_of(s));
      std::string_view sv = str_view(s);
      if (!is_identifier(sv)) raise(&exc::TypeError, "__slots__ must be identifiers");
      if (sv == "__dict__") {
        if (base_has_dict || add_dict)
          raise(&exc::TypeError, "__dict__ slot disallowed: we already got one");
        add_dict = true;
      } else if (sv == "__weakref__") {
        if (base_has_weak || add_weak)
          raise(&exc::TypeError, "__weakref__ slot disallowed: we already got one");
        add_weak = true;
      } else {
        slot_names.push_back(mangle(cls_name, sv));
      }
    }
    bool var_sized =
        base->itemsize != 0 || type_has_flag(base, kTypeIntSubclass | kTypeTupleSubclass |
                                                       kTypeBytesSubclass | kTypeStrSubclass);
    if (!slot_names.empty() && var_sized)
      raisef(&exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'",
             type_name(base));
    for (const std::string& s : slot_names)
      if (dict_get_str(nsd, s))
        raisef(&exc::ValueError, "'%s' in __slots__ conflicts with class variable", s.c_str());
    std::sort(slot_names.begin(), slot_names.end());
  }

  // The class object.
  Type* t = new_object<Type>(metatype);
  Ref<> tref = Ref<>::steal(t);
  make_immortal(t);
  // Classes are immortal: one that fails before it is registered (a bad
  // MRO, a bad __qualname__...) gives back what it holds itself, and its
  // empty shell is kept (a process-lifetime list, so that it is not a leak).
  struct ReleaseUnlessRegistered {
    Type* t;
    bool registered = false;
    ~ReleaseUnlessRegistered() {
      if (registered) return;
      static std::mutex& mu = *new std::mutex();
      static std::vector<Type*>& shells = *new std::vector<Type*>();
      try {
        {
          std::lock_guard<std::mutex> lock(mu);
          shells.push_back(t);
        }
        t->dict.reset();
        t->mro.reset();
        t->bases.reset();
        t->ht_qualname.reset();
      } catch (...) {  // a __del__ in the namespace: reported by it, nothing to add
      }
    }
  } release_unless_registered{t};
  t->flags = kTypeHeap | kTypeBaseType | (base->flags & kInheritedFlags);
  if (add_dict) t->flags |= kTypeManagedDict;
  char* cname = new char[cls_name.size() + 1];
  std::memcpy(cname, cls_name.data(), cls_name.size());
  cname[cls_name.size()] = 0;
  t->name = cname;
  t->ht_name = Ref<>::borrow(intern(static_cast<Str*>(name)));
  t->base = base;
  t->bases = bases_ref;
  t->basicsize = base->basicsize + slot_names.size() * sizeof(Object*);
  t->itemsize = base->itemsize;
  Ref<Dict> dict = dict_copy(nsd);
  Dict* d = dict.get();
  // Method caches and type_lookup hand out its values as borrowed pointers.
  dict_mark_shared_namespace(d);
  t->dict = std::move(dict);

  Ref<> qual = dict_get_str(d, id::qualname);
  if (qual) {
    if (!is_str(qual.get()))
      raisef(&exc::TypeError, "type __qualname__ must be a str, not %s", type_name_of(qual.get()));
    t->ht_qualname = qual;
    dict_del(d, id::qualname);
  } else {
    t->ht_qualname = t->ht_name;
  }
  if (!dict_get_str(d, id::module)) {
    if (Object* g = vm::current_globals()) {
      Ref<> mod = dict_get_str(static_cast<Dict*>(g), id::name);
      if (mod) dict_set(d, id::module, mod.get());
    }
  }
  wrap_function(d, id::new_, true);
  wrap_function(d, id::init_subclass, false);
  wrap_function(d, intern("__class_getitem__"), false);
  if (dict_get_str(d, id::eq) && !dict_get_str(d, id::hash)) dict_set(d, id::hash, kNone);
  for (size_t i = 0; i < slot_names.size(); ++i) {
    Str* sn = intern(slot_names[i]);
    Ref<> m = member_descriptor_new(t, sn, base->basicsize + i * sizeof(Object*));
    dict_set(d, sn, m.get());
  }
  if (add_dict) {
    Ref<> g = getset_descriptor_new(&kInstanceDictGetSet[0], t);
    dict_set(d, id::dict, g.get());
  }
  if (add_weak) {
    Ref<> g = getset_descriptor_new(&kInstanceWeakrefGetSet[0], t);
    dict_set(d, intern("__weakref__"), g.get());
  }
  if (!dict_get_str(d, id::doc)) dict_set(d, id::doc, kNone);

  t->mro = compute_mro(t);
  inherit_slots(t, base);
  t->tp_new = base->tp_new;
  t->tp_dealloc = subtype_dealloc;
  t->tp_traverse = subtype_traverse;
  t->tp_clear = subtype_clear;
  update_all_slots(t);
  t->flags |= kTypeReady;
  for (int64_t i = 0; i < nb; ++i)
    register_subclass(static_cast<Type*>(tuple_item(bases_ref.get(), i)), t);
  release_unless_registered.registered = true;  // teardown releases it from here on
  assign_version_tag(t);

  if (Ref<> cell = dict_get_str(d, id::classcell)) {
    if (!is_type(cell.get(), &CellType))
      raisef(&exc::TypeError, "__classcell__ must be a nonlocal cell, not %s",
             repr_utf8(type_of(cell.get())).c_str());
    static_cast<Cell*>(cell.get())->contents = Ref<>::borrow(t);
    dict_del(d, id::classcell);
    assign_version_tag(t);
  }
  run_set_name(t);
  run_init_subclass(t, kwds);
  return tref;
}

}  // namespace ftpy
