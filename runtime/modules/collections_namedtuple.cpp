// collections_namedtuple.cpp — collections.namedtuple: builds, at run time,
// a tuple subclass with named fields, as Lib/collections/__init__.py does,
// but without generating and exec'ing source: the class namespace is
// filled with native pieces and handed to type_new_class (the metaclass
// call a class statement makes), so the result is an ordinary heap class
// (subclassable, repr '<class '__main__.Point'>', mro (Point, tuple, object)).
//
//   __new__   staticmethod over a built-in bound to the class's spec
//             (typename, fields, defaults) — argument errors read
//             "Point.__new__() missing 1 required positional argument: 'y'"
//   _make     classmethod over a built-in bound to the same spec
//   __repr__, _asdict, _replace, __replace__, __getnewargs__
//             method descriptors over tuple (instances are tuples)
//   x, y      _tuplegetter(i, doc) descriptors (read-only, as CPython's)
//   _fields, _field_defaults, __match_args__, __slots__ = (), __doc__
//
// Concurrency: the class is built by one thread and is immutable afterwards
// (apart from ordinary class attribute assignment); the spec tuple is
// immutable.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/collections_internal.h"
#include "runtime/vm/interp.h"

namespace ftpy {

namespace {

Type TupleGetterType;  // _collections._tuplegetter

// ------------------------------------------------------------ _tuplegetter

struct TupleGetter : Object {
  int64_t index = 0;
  Ref<> doc;
};

Ref<> tg_descr_get(Object* descr, Object* obj, Type*) {
  TupleGetter* g = static_cast<TupleGetter*>(descr);
  if (!obj) return Ref<>::borrow(descr);
  if (!is_tuple(obj))
    raisef(&exc::TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
           static_cast<long long>(g->index), type_name_of(obj));
  if (g->index >= tuple_size(obj)) raise(&exc::IndexError, "tuple index out of range");
  return Ref<>::borrow(tuple_item(obj, g->index));
}

void tg_descr_set(Object*, Object*, Object*) { raise(&exc::AttributeError, "can't set attribute"); }

Ref<> tg_repr(Object* self) {
  TupleGetter* g = static_cast<TupleGetter*>(self);
  return str_new("_tuplegetter(" + std::to_string(g->index) + ", " + repr_utf8(g->doc.get()) + ")");
}

Ref<> tg_get_doc(Object* self) {
  TupleGetter* g = static_cast<TupleGetter*>(self);
  return g->doc ? g->doc : none();
}
void tg_set_doc(Object* self, Object* value) {
  TupleGetter* g = static_cast<TupleGetter*>(self);
  g->doc = value ? Ref<>::borrow(value) : none();
}

void tg_traverse(Object* self, VisitFn visit, void* arg) {
  TupleGetter* g = static_cast<TupleGetter*>(self);
  if (g->doc) visit(g->doc.get(), arg);
}

const GetSetDef kTupleGetterGetSets[] = {
    {"__doc__", tg_get_doc, tg_set_doc, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_tuplegetter_type() {
  Type* t = &TupleGetterType;
  if (type_has_flag(t, kTypeReady)) return;
  t->name = "_collections._tuplegetter";
  t->basicsize = sizeof(TupleGetter);
  t->flags |= kTypeHasGc;
  t->tp_dealloc = destroy_object<TupleGetter>;
  t->tp_traverse = tg_traverse;
  t->tp_repr = tg_repr;
  t->tp_descr_get = tg_descr_get;
  t->tp_descr_set = tg_descr_set;
  t->getsets = kTupleGetterGetSets;
  type_ready(t);
}

Ref<> tuplegetter_new(int64_t index, std::string_view doc) {
  TupleGetter* g = new_object<TupleGetter>(&TupleGetterType);
  Ref<> result = Ref<>::steal(g);
  g->index = index;
  g->doc = str_new(doc);
  return result;
}

// ---------------------------------------------------------------- the spec
// spec = (typename: str, fields: tuple of str, defaults: dict field -> value)

const char* spec_name(Object* spec) { return str_view(tuple_item(spec, 0)).data(); }
Object* spec_fields(Object* spec) { return tuple_item(spec, 1); }
Object* spec_defaults(Object* spec) { return tuple_item(spec, 2); }

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

Ref<> fill_instance(Type* cls, Object* const* values, int64_t n) {
  Ref<Tuple> t = tuple_new_of_type(cls, n);
  for (int64_t i = 0; i < n; ++i) {
    incref(values[i]);
    tuple_set_steal(t.get(), i, values[i]);
  }
  return t;
}

// __new__(_cls, field0, field1, ...) with the defaults of the spec.
Ref<> nt_new(Object* spec, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs < 1 || !is_type_object(args[0]))
    raisef(&exc::TypeError, "%s.__new__(): not enough arguments", spec_name(spec));
  Type* cls = static_cast<Type*>(args[0]);
  Object* fields = spec_fields(spec);
  Dict* defaults = static_cast<Dict*>(spec_defaults(spec));
  int64_t n = tuple_size(fields);
  size_t npos = nargs - 1;
  if (static_cast<int64_t>(npos) > n) {
    int64_t ndef = dict_size(defaults);
    if (ndef == 0)
      raisef(&exc::TypeError, "%s.__new__() takes %lld positional argument%s but %zu were given",
             spec_name(spec), static_cast<long long>(n + 1), n + 1 == 1 ? "" : "s", nargs);
    raisef(&exc::TypeError, "%s.__new__() takes from %lld to %lld positional arguments but %zu were given",
           spec_name(spec), static_cast<long long>(n + 1 - ndef), static_cast<long long>(n + 1), nargs);
  }
  std::vector<Object*> values(static_cast<size_t>(n), nullptr);
  for (size_t i = 0; i < npos; ++i) values[i] = args[1 + i];
  size_t nk = kwnames_count(kwnames);
  for (size_t k = 0; k < nk; ++k) {
    Object* name = tuple_item(kwnames, static_cast<int64_t>(k));
    int64_t slot = -1;
    for (int64_t i = 0; i < n; ++i)
      if (str_view(tuple_item(fields, i)) == str_view(name)) slot = i;
    if (slot < 0)
      raisef(&exc::TypeError, "%s.__new__() got an unexpected keyword argument '%s'", spec_name(spec),
             std::string(str_view(name)).c_str());
    if (values[static_cast<size_t>(slot)])
      raisef(&exc::TypeError, "%s.__new__() got multiple values for argument '%s'", spec_name(spec),
             std::string(str_view(name)).c_str());
    values[static_cast<size_t>(slot)] = args[nargs + k];
  }
  std::vector<Ref<>> keep;
  std::vector<std::string> missing;
  for (int64_t i = 0; i < n; ++i) {
    if (values[static_cast<size_t>(i)]) continue;
    Ref<> dflt = dict_get(defaults, tuple_item(fields, i));
    if (dflt) {
      values[static_cast<size_t>(i)] = dflt.get();
      keep.push_back(std::move(dflt));
    } else {
      missing.emplace_back(str_view(tuple_item(fields, i)));
    }
  }
  if (!missing.empty())
    raisef(&exc::TypeError, "%s.__new__() missing %zu required positional argument%s: %s",
           spec_name(spec), missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
  return fill_instance(cls, values.data(), n);
}

// _make(cls, iterable)
Ref<> nt_make(Object* spec, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("_make", kwnames);
  if (nargs != 2 || !is_type_object(args[0]))
    raisef(&exc::TypeError, "_make() takes 2 positional arguments but %zu were given", nargs);
  Ref<> items = sequence_to_tuple(args[1]);
  int64_t n = tuple_size(spec_fields(spec));
  if (tuple_size(items.get()) != n)
    raisef(&exc::TypeError, "Expected %lld arguments, got %lld", static_cast<long long>(n),
           static_cast<long long>(tuple_size(items.get())));
  return fill_instance(static_cast<Type*>(args[0]), static_cast<Tuple*>(items.get())->items, n);
}

Ref<> fields_of(Object* self) {
  static Str* name = intern("_fields");
  return getattr(type_of(self), name);
}

Ref<> nt_repr(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__repr__", kwnames);
  check_nargs("__repr__", nargs, 0, 0);
  Ref<> fields = fields_of(self);
  std::string out = type_name_of(self);
  out += '(';
  int64_t n = tuple_size(self);
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    if (is_tuple(fields.get()) && i < tuple_size(fields.get())) {
      out += str_utf8(tuple_item(fields.get(), i));
      out += '=';
    }
    out += repr_utf8(tuple_item(self, i));
  }
  out += ')';
  return str_new(out);
}

Ref<> nt_asdict(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("_asdict", kwnames);
  check_nargs("_asdict", nargs, 0, 0);
  Ref<> fields = sequence_to_tuple(fields_of(self).get());
  Ref<Dict> d = dict_new();
  int64_t n = std::min(tuple_size(fields.get()), tuple_size(self));
  for (int64_t i = 0; i < n; ++i) dict_set(d.get(), tuple_item(fields.get(), i), tuple_item(self, i));
  return d;
}

Ref<> nt_replace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs) raisef(&exc::TypeError, "_replace() takes 1 positional argument but %zu were given", nargs + 1);
  Ref<> fields = sequence_to_tuple(fields_of(self).get());
  int64_t n = tuple_size(fields.get());
  size_t nk = kwnames_count(kwnames);
  Ref<Dict> kw = dict_new();
  for (size_t k = 0; k < nk; ++k) dict_set(kw.get(), tuple_item(kwnames, static_cast<int64_t>(k)), args[k]);
  Ref<List> values = list_new(n);
  for (int64_t i = 0; i < n && i < tuple_size(self); ++i) {
    Ref<> v = dict_pop(kw.get(), tuple_item(fields.get(), i));
    list_append(values.get(), v ? v.get() : tuple_item(self, i));
  }
  if (dict_size(kw.get())) {
    Ref<> names = dict_keys_list(kw.get());
    raisef(&exc::TypeError, "Got unexpected field names: %s", repr_utf8(names.get()).c_str());
  }
  static Str* make = intern("_make");
  Ref<> maker = getattr(type_of(self), make);
  return call1(maker.get(), values.get());
}

Ref<> nt_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__getnewargs__", kwnames);
  check_nargs("__getnewargs__", nargs, 0, 0);
  return tuple_from_array(static_cast<Tuple*>(self)->items, tuple_size(self));
}

const MethodDef kNewDef = {"__new__", nt_new, 0, "Create new instance of the named tuple."};
const MethodDef kMakeDef = {"_make", nt_make, 0, "Make a new object from a sequence or iterable"};
const MethodDef kInstanceMethods[] = {
    {"__repr__", nt_repr, 0, "Return a nicely formatted representation string"},
    {"_asdict", nt_asdict, 0, "Return a new dict which maps field names to their values."},
    {"_replace", nt_replace, 0, "Return a new object replacing specified fields with new values"},
    {"__replace__", nt_replace, 0, "Return a new object replacing specified fields with new values"},
    {"__getnewargs__", nt_getnewargs, 0, "Return self as a plain tuple.  Used by copy and pickle."},
    {nullptr, nullptr, 0, nullptr},
};

// ------------------------------------------------------------- validation

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

bool is_keyword(std::string_view s) {
  static const char* const kKeywords[] = {
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
      "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
      "try", "while", "with", "yield"};
  for (const char* k : kKeywords)
    if (s == k) return true;
  return false;
}

std::vector<std::string> field_name_list(Object* field_names) {
  std::vector<std::string> out;
  if (is_str(field_names)) {
    std::string text(str_view(field_names));
    for (char& c : text)
      if (c == ',') c = ' ';
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
      size_t j = i;
      while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i) out.push_back(text.substr(i, j - i));
      i = j;
    }
    return out;
  }
  for_each(field_names, [&](Object* item) { out.push_back(str_utf8(item)); });
  return out;
}

}  // namespace

Ref<> collections_namedtuple(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[5] = {};
  parse_args("namedtuple", args, nargs, kwnames, {"typename", "field_names", "rename", "defaults", "module"}, 2, a);
  if (nargs > 2) raisef(&exc::TypeError, "namedtuple() takes 2 positional arguments but %zu were given", nargs);
  init_tuplegetter_type();
  std::vector<std::string> fields = field_name_list(a[1]);
  std::string typename_ = str_utf8(a[0]);
  bool rename = a[2] && truthy(a[2]);
  if (rename) {
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < fields.size(); ++i) {
      const std::string& name = fields[i];
      if (!is_identifier(name) || is_keyword(name) || name[0] == '_' || seen.count(name))
        fields[i] = "_" + std::to_string(i);
      seen.insert(fields[i]);
    }
  }
  std::vector<std::string> all{typename_};
  all.insert(all.end(), fields.begin(), fields.end());
  for (const std::string& name : all) {
    Ref<> shown = str_new(name);
    if (!is_identifier(name))
      raisef(&exc::ValueError, "Type names and field names must be valid identifiers: %s",
             repr_utf8(shown.get()).c_str());
    if (is_keyword(name))
      raisef(&exc::ValueError, "Type names and field names cannot be a keyword: %s",
             repr_utf8(shown.get()).c_str());
  }
  std::unordered_set<std::string> seen;
  for (const std::string& name : fields) {
    Ref<> shown = str_new(name);
    if (name[0] == '_' && !rename)
      raisef(&exc::ValueError, "Field names cannot start with an underscore: %s", repr_utf8(shown.get()).c_str());
    if (seen.count(name))
      raisef(&exc::ValueError, "Encountered duplicate field name: %s", repr_utf8(shown.get()).c_str());
    seen.insert(name);
  }

  int64_t n = static_cast<int64_t>(fields.size());
  Ref<Tuple> field_tuple = tuple_new(n);
  for (int64_t i = 0; i < n; ++i)
    tuple_set_steal(field_tuple.get(), i, intern(fields[static_cast<size_t>(i)]));
  Ref<Dict> defaults = dict_new();
  if (a[3] && a[3] != kNone) {
    Ref<> dv = sequence_to_tuple(a[3]);
    int64_t nd = tuple_size(dv.get());
    if (nd > n) raise(&exc::TypeError, "Got more default values than field names");
    for (int64_t i = 0; i < nd; ++i)
      dict_set(defaults.get(), tuple_item(field_tuple.get(), n - nd + i), tuple_item(dv.get(), i));
  }
  Ref<> name_obj = Ref<>::borrow(intern(typename_));
  Ref<> spec = tuple_pack({name_obj.get(), field_tuple.get(), defaults.get()});

  Ref<Dict> ns = dict_new();
  std::string doc = typename_ + "(";
  for (int64_t i = 0; i < n; ++i) doc += (i ? ", " : "") + fields[static_cast<size_t>(i)];
  doc += ")";
  Ref<> doc_obj = str_new(doc);
  dict_set_str(ns.get(), "__doc__", doc_obj.get());
  Ref<> empty = Ref<>::borrow(empty_tuple());
  dict_set_str(ns.get(), "__slots__", empty.get());
  dict_set_str(ns.get(), "_fields", field_tuple.get());
  Ref<Dict> defaults_copy = dict_copy(defaults.get());
  dict_set_str(ns.get(), "_field_defaults", defaults_copy.get());
  dict_set_str(ns.get(), "__match_args__", field_tuple.get());

  Ref<> module;
  if (a[4] && a[4] != kNone) {
    module = Ref<>::borrow(a[4]);
  } else if (Object* globals = vm::current_globals()) {
    module = dict_get_str(static_cast<Dict*>(globals), "__name__");
  }
  if (!module) module = str_new("__main__");
  dict_set_str(ns.get(), "__module__", module.get());

  Ref<> new_fn = builtin_function_new(&kNewDef, spec.get(), module.get());
  Ref<> new_static = staticmethod_new(new_fn.get());
  dict_set_str(ns.get(), "__new__", new_static.get());
  Ref<> make_fn = builtin_function_new(&kMakeDef, spec.get(), module.get());
  Ref<> make_cls = classmethod_new(make_fn.get());
  dict_set_str(ns.get(), "_make", make_cls.get());
  for (const MethodDef* d = kInstanceMethods; d->name; ++d) {
    Ref<> m = method_descriptor_new(d, &TupleType);
    dict_set_str(ns.get(), d->name, m.get());
  }
  for (int64_t i = 0; i < n; ++i) {
    Ref<> getter = tuplegetter_new(i, "Alias for field number " + std::to_string(i));
    dict_set(ns.get(), tuple_item(field_tuple.get(), i), getter.get());
  }
  Ref<> bases = tuple_pack({&TupleType});
  return type_new_class(&TypeType, name_obj.get(), bases.get(), ns.get(), nullptr);
}

}  // namespace ftpy
