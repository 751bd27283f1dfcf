// exceptions.cpp — BaseException and the built-in exception hierarchy of
// exception_types.def: one instance layout (BaseExceptionObject) for all of
// them; a managed __dict__ so instances and user subclasses take arbitrary
// attributes. args / __str__ / __repr__ / with_traceback / add_note and the
// chaining attributes live here; the subclasses with extra fields
// (StopIteration, SystemExit, ImportError, OSError, SyntaxError, ...) are in
// exceptions_extra.cpp.
//
// Concurrency: an exception instance is normally owned by one thread (the
// one handling it); attribute writes replace whole references.
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

namespace exc {
#define EXC(cname, pyname, base) Type cname;
#include "objects/exception_types.def"
#undef EXC
}  // namespace exc

void init_exception_subclasses();  // exceptions_extra.cpp

namespace {

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

Ref<> args_tuple(Object* const* args, size_t nargs) {
  if (nargs == 0) return Ref<>::steal(empty_tuple());
  return tuple_from_array(args, static_cast<int64_t>(nargs));
}

Ref<> exc_new(Type* type, Object* const* args, size_t nargs, Object*) {
  BaseExceptionObject* e = new_object<BaseExceptionObject>(type);
  Ref<> r = Ref<>::steal(e);
  e->args = args_tuple(args, nargs);
  return r;
}

void exc_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames_count(kwnames))
    raisef(&exc::TypeError, "%s() takes no keyword arguments", type_name_of(self));
  as_exc(self)->args = args_tuple(args, nargs);
}

void exc_dealloc(Object* o) { destroy_object<BaseExceptionObject>(o); }

// Exceptions form cycles through their tracebacks (frames whose locals hold
// the exception). The instance __dict__ of a class statement's subclass is
// visited by subtype_traverse, so only built-in exception types visit it here.
void exc_traverse(Object* o, VisitFn visit, void* arg) {
  BaseExceptionObject* e = as_exc(o);
  for (Object* r : {e->args.get(), e->traceback.get(), e->cause.get(), e->context.get(),
                    e->notes.get(), e->extra1.get(), e->extra2.get(), e->extra3.get(),
                    e->extra4.get()})
    if (r) visit(r, arg);
  if (!type_has_flag(type_of(o), kTypeHeap))
    if (Object* d = *managed_dict_slot(o)) visit(d, arg);
}

void exc_clear(Object* o) {
  BaseExceptionObject* e = as_exc(o);
  for (Ref<>* r : {&e->args, &e->traceback, &e->cause, &e->context, &e->notes, &e->extra1,
                   &e->extra2, &e->extra3, &e->extra4})
    r->reset();
}

Ref<> exc_str(Object* self) {
  Object* args = as_exc(self)->args.get();
  int64_t n = args ? tuple_size(args) : 0;
  if (n == 0) return Ref<>::borrow(empty_str());
  if (n == 1) return str(tuple_item(args, 0));
  return str(args);
}

Ref<> exc_repr(Object* self) {
  Object* args = as_exc(self)->args.get();
  std::string s = type_name_of(self);
  if (args && tuple_size(args) == 1) {
    s += "(";
    s += repr_utf8(tuple_item(args, 0));
    s += ")";
  } else if (args) {
    s += repr_utf8(args);
  } else {
    s += "()";
  }
  return str_new(s);
}

// ---------------------------------------------------------------- methods

Ref<> exc_with_traceback(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("with_traceback", kwnames);
  check_nargs("with_traceback", nargs, 1, 1);
  Object* tb = args[0];
  if (tb != kNone && std::string_view(type_name_of(tb)) != "traceback")
    raise(&exc::TypeError, "__traceback__ must be a traceback or None");
  as_exc(self)->traceback = tb == kNone ? Ref<>() : Ref<>::borrow(tb);
  return Ref<>::borrow(self);
}

Ref<> exc_add_note(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("add_note", kwnames);
  check_nargs("add_note", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "note must be a str, not '%s'", type_name_of(args[0]));
  BaseExceptionObject* e = as_exc(self);
  if (!e->notes) e->notes = list_new();
  if (!is_list(e->notes.get())) raise(&exc::TypeError, "Cannot add note: __notes__ is not a list");
  list_append(static_cast<List*>(e->notes.get()), args[0]);
  return none();
}

// ---------------------------------------------------------------- getsets

Ref<> or_none(const Ref<>& r) { return r ? r : none(); }

Ref<> get_args(Object* s) {
  return as_exc(s)->args ? as_exc(s)->args : Ref<>::steal(empty_tuple());
}
void set_args(Object* s, Object* v) {
  if (!v) raise(&exc::TypeError, "args may not be deleted");
  as_exc(s)->args = sequence_to_tuple(v);
}
Ref<> get_traceback(Object* s) { return or_none(as_exc(s)->traceback); }
void set_traceback(Object* s, Object* v) {
  if (!v) raise(&exc::TypeError, "__traceback__ may not be deleted");
  if (v != kNone && std::string_view(type_name_of(v)) != "traceback")
    raise(&exc::TypeError, "__traceback__ must be a traceback or None");
  as_exc(s)->traceback = v == kNone ? Ref<>() : Ref<>::borrow(v);
}
Ref<> get_cause(Object* s) { return or_none(as_exc(s)->cause); }
void set_cause(Object* s, Object* v) {
  if (!v) raise(&exc::TypeError, "__cause__ may not be deleted");
  if (v != kNone && !is_exception(v))
    raise(&exc::TypeError, "exception cause must be None or derive from BaseException");
  as_exc(s)->cause = v == kNone ? Ref<>() : Ref<>::borrow(v);
  as_exc(s)->suppress_context = true;
}
Ref<> get_context(Object* s) { return or_none(as_exc(s)->context); }
void set_context(Object* s, Object* v) {
  if (!v) raise(&exc::TypeError, "__context__ may not be deleted");
  if (v != kNone && !is_exception(v))
    raise(&exc::TypeError, "exception context must be None or derive from BaseException");
  as_exc(s)->context = v == kNone ? Ref<>() : Ref<>::borrow(v);
}
Ref<> get_suppress(Object* s) { return py_bool(as_exc(s)->suppress_context); }
void set_suppress(Object* s, Object* v) {
  if (!v) raise(&exc::TypeError, "__suppress_context__ may not be deleted");
  as_exc(s)->suppress_context = truthy(v);
}
Ref<> get_notes(Object* s) {
  if (!as_exc(s)->notes)
    raisef(&exc::AttributeError, "'%s' object has no attribute '__notes__'", type_name_of(s));
  return as_exc(s)->notes;
}
void set_notes(Object* s, Object* v) { as_exc(s)->notes = v ? Ref<>::borrow(v) : Ref<>(); }

const MethodDef kExcMethods[] = {
    {"with_traceback", exc_with_traceback, kMethodPlain,
     "Set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, kMethodPlain, "Add a note to the exception"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kExcGetSets[] = {
    {"args", get_args, set_args, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__context__", get_context, set_context, "exception context"},
    {"__suppress_context__", get_suppress, set_suppress, nullptr},
    {"__notes__", get_notes, set_notes, nullptr},
    {"__dict__", instance_dict_getter, instance_dict_setter, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

struct ExcEntry {
  Type* type;
  const char* name;
  Type* base;
};

}  // namespace

namespace exc {
namespace {
constexpr Type* base_ptr(std::nullptr_t) { return nullptr; }
constexpr Type* base_ptr(Type& t) { return &t; }
// Unqualified base names in the .def resolve to the exc:: types here.
const ExcEntry kExcTable[] = {
#define EXC(cname, pyname, base) {&cname, pyname, base_ptr(base)},
#include "objects/exception_types.def"
#undef EXC
};
}  // namespace
}  // namespace exc

namespace {

bool g_exceptions_ready = false;

}  // namespace

Ref<> exception_args_tuple(Object* const* args, size_t nargs) { return args_tuple(args, nargs); }
void exception_base_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  exc_init(self, args, nargs, kwnames);
}
Ref<> exception_base_str(Object* self) { return exc_str(self); }
Ref<> exception_base_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return exc_new(type, args, nargs, kwnames);
}

Ref<> make_exception_args(Type* type, Object* const* args, size_t nargs) {
  if (!type_has_flag(type, kTypeReady) || !type->tp_new) {
    // Start-up (types not ready yet): build the instance directly.
    Ref<> e = exc_new(type, args, nargs, nullptr);
    return e;
  }
  Ref<> e = type->tp_new(type, args, nargs, nullptr);
  Type* et = type_of(e.get());
  if (is_subtype(et, type) && et->tp_init) et->tp_init(e.get(), args, nargs, nullptr);
  return e;
}

void init_exception_types() {
  if (g_exceptions_ready) return;
  g_exceptions_ready = true;
  for (const ExcEntry& e : exc::kExcTable) {
    Type* t = e.type;
    t->name = e.name;
    t->base = e.base ? e.base : &ObjectType;
    t->basicsize = sizeof(BaseExceptionObject);
    t->flags |= kTypeBaseType | kTypeBaseExcSubclass | kTypeManagedDict;
    t->tp_new = exc_new;
    t->tp_init = exc_init;
    t->tp_dealloc = exc_dealloc;
    t->tp_traverse = exc_traverse;
    t->tp_clear = exc_clear;
  }
  Type& b = exc::BaseException;
  b.doc = "Common base class for all exceptions";
  b.tp_repr = exc_repr;
  b.tp_str = exc_str;
  b.methods = kExcMethods;
  b.getsets = kExcGetSets;
  init_exception_subclasses();
  // A subclass without its own __new__/__init__ takes its base's special one
  // (every OSError subclass gets errno/strerror, ...). The table lists bases
  // first, so this propagates down the hierarchy.
  for (const ExcEntry& e : exc::kExcTable) {
    Type* t = e.type;
    Type* b = t->base;
    if (b == &ObjectType) continue;
    if (t->tp_new == exc_new && t->tp_init == exc_init) {
      t->tp_new = b->tp_new;
      t->tp_init = b->tp_init;
    }
  }
  for (const ExcEntry& e : exc::kExcTable) type_ready(e.type);
}

}  // namespace ftpy
