// eval.cpp — the bytecode dispatch loop.
//
// One C++ call of eval_frame per Python frame. Dispatch is a computed goto
// through a label table generated from opcodes.def (GCC/Clang), or a switch
// elsewhere. The hot state lives in locals: `ip` (next instruction), `sp`
// (value stack top), `lp` (localsplus), plus the code's constants, names and
// caches.
//
// Stack discipline: every value-stack slot holds an owned reference (or
// null: PUSH_NULL, LOAD_FAST_AND_CLEAR). An instruction leaves its operands
// on the stack until the operation that may throw has succeeded, so when a
// PyException unwinds into this frame the stack between the base and `sp`
// is exactly what must be released or kept for a handler.
//
// Exceptions: the whole loop runs inside one try block; a PyException (or
// std::bad_alloc → MemoryError, any other C++ exception → SystemError) is
// caught, gets a traceback entry for this frame unless it is a re-raise
// (RERAISE, bare `raise`, CLEANUP_THROW), gets its implicit __context__,
// then the exception table is searched: on a hit the stack is cut to the
// handler's depth and the loop resumes at the handler; otherwise the frame
// is torn down and the exception is rethrown to the caller.
//
// C++ stack use: one eval_frame activation per Python call (plus the call
// helpers for calls made from native code). The recursion limit check runs
// before a frame starts, and a second guard compares the C++ stack pointer
// with ThreadState::c_stack_limit. A frame of this function takes well under
// 1 KiB at -O2 (measure: scripts or bench), so the default 8 MiB stack holds
// the default limit of 1000 with room to spare; the CLI's 256 MiB
// interpreter thread allows sys.setrecursionlimit(100000).
//
// Concurrency: a frame runs on one thread. Shared objects (dicts, lists,
// caches) are touched only through their own thread-safe APIs; inline caches
// follow the protocol in caches.h.
#include <atomic>
#include <cmath>
#include <cstring>
#include <string>

#include "objects/api.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/import.h"
#include "runtime/threads/critical_section.h"
#include "runtime/threads/thread_state.h"
#include "objects/shared_slot.h"
#include "runtime/vm/caches.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/interp.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy::vm {

namespace {

// ----------------------------------------------------------------- helpers
// Slow paths live in small non-inlined functions so the loop's own frame
// stays small (it bounds how deep Python recursion can go).

#define FTPY_COLD __attribute__((noinline, cold))

[[noreturn]] FTPY_COLD void raise_unbound_local(Code* co, int64_t i) {
  std::string name(str_view(tuple_item(co->localsplusnames.get(), i)));
  raisef(&exc::UnboundLocalError,
         "cannot access local variable '%s' where it is not associated with a value",
         name.c_str());
}

[[noreturn]] FTPY_COLD void raise_unbound_deref(Code* co, int64_t i) {
  std::string name(str_view(tuple_item(co->localsplusnames.get(), i)));
  if (co->localspluskinds[i] & kFastFree) {
    raisef(&exc::NameError,
           "cannot access free variable '%s' where it is not associated with a value in "
           "enclosing scope",
           name.c_str());
  }
  raisef(&exc::UnboundLocalError,
         "cannot access local variable '%s' where it is not associated with a value",
         name.c_str());
}

[[noreturn]] FTPY_COLD void raise_name_error(Str* name) {
  std::string n(name->view());
  raisef(&exc::NameError, "name '%s' is not defined", n.c_str());
}

// mapping[name] for LOAD_NAME's locals: empty Ref when absent.
FTPY_NOINLINE Ref<> mapping_lookup(Object* mapping, Str* name) {
  if (is_exact_dict(mapping)) return dict_get_str(static_cast<Dict*>(mapping), name);
  try {
    return getitem(mapping, name);
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::KeyError)) throw;
    return {};
  }
}

FTPY_NOINLINE Ref<> load_name(Frame* f, Str* name) {
  if (!f->locals) {
    std::string n(name->view());
    raisef(&exc::SystemError, "no locals found when loading '%s'", n.c_str());
  }
  if (Ref<> v = mapping_lookup(f->locals, name)) return v;
  if (Ref<> v = dict_get_str(static_cast<Dict*>(f->globals), name)) return v;
  if (Ref<> v = mapping_lookup(f->builtins, name)) return v;
  raise_name_error(name);
}

FTPY_NOINLINE Object* load_global_slow(InlineCache& c, Frame* f, Str* name) {
  Object* g = f->globals;
  Object* b = f->builtins;
  if (is_exact_dict(g) && is_exact_dict(b)) {
    Dict* gd = static_cast<Dict*>(g);
    Dict* bd = static_cast<Dict*>(b);
    uint64_t gv = dict_version(gd);
    uint64_t bv = dict_version(bd);
    Ref<> v = dict_get_str(gd, name);
    if (!v) v = dict_get_str(bd, name);
    if (!v) raise_name_error(name);
    if (gv != 0 && bv != 0 && dict_version(gd) == gv && dict_version(bd) == bv) {
      cache_store(c, gv, bv, reinterpret_cast<uintptr_t>(v.get()));
    }
    return v.release();
  }
  if (Ref<> v = mapping_lookup(g, name)) return v.release();
  if (Ref<> v = mapping_lookup(b, name)) return v.release();
  raise_name_error(name);
}

FTPY_NOINLINE void store_name(Frame* f, Str* name, Object* v) {
  if (!f->locals) {
    std::string n(name->view());
    raisef(&exc::SystemError, "no locals found when storing '%s'", n.c_str());
  }
  if (is_exact_dict(f->locals)) dict_set(static_cast<Dict*>(f->locals), name, v);
  else setitem(f->locals, name, v);
}

FTPY_NOINLINE void delete_name(Frame* f, Str* name) {
  if (!f->locals) {
    std::string n(name->view());
    raisef(&exc::SystemError, "no locals when deleting '%s'", n.c_str());
  }
  if (is_exact_dict(f->locals)) {
    if (!dict_del(static_cast<Dict*>(f->locals), name)) raise_name_error(name);
    return;
  }
  try {
    delitem(f->locals, name);
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::KeyError)) throw;
    raise_name_error(name);
  }
}

// LOAD_ATTR slow path: fills the cache, then does the full lookup. For the
// method form returns the unbound function with *is_method set.
FTPY_NOINLINE Ref<> load_attr_slow(InlineCache& c, Object* o, Str* name, bool method_form,
                                   bool* is_method) {
  attr_cache_fill(c, o, name, method_form);
  if (method_form) return getattr_for_call(o, name, is_method);
  *is_method = false;
  return getattr(o, name);
}

FTPY_NOINLINE void store_attr_slow(InlineCache& c, Object* o, Str* name, Object* v) {
  store_attr_cache_fill(c, o, name);
  setattr(o, name, v);
}

FTPY_NOINLINE void store_instance_dict(Object* o, Str* name, Object* v) {
  Object** slot = managed_dict_slot(o);
  if (!*slot) {
    CriticalSection cs(o);
    if (!*slot) *slot = dict_new().release();
  }
  dict_set(static_cast<Dict*>(*slot), name, v);
}

inline bool is_exc_class(Object* t) {
  return is_type_object(t) && type_has_flag(static_cast<Type*>(t), kTypeBaseExcSubclass);
}

FTPY_NOINLINE bool check_exc_match(Object* exc, Object* type) {
  if (is_tuple(type)) {
    for (int64_t i = 0; i < tuple_size(type); ++i) {
      if (!is_exc_class(tuple_item(type, i))) {
        raise(&exc::TypeError,
              "catching classes that do not inherit from BaseException is not allowed");
      }
    }
    for (int64_t i = 0; i < tuple_size(type); ++i) {
      if (is_instance_of(exc, static_cast<Type*>(tuple_item(type, i)))) return true;
    }
    return false;
  }
  if (!is_exc_class(type)) {
    raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return is_instance_of(exc, static_cast<Type*>(type));
}

// `raise X` operand → an exception instance.
FTPY_NOINLINE Ref<> make_raise_instance(Object* x, const char* what) {
  if (is_exc_class(x)) {
    Ref<> inst = call0(x);
    if (!is_exception(inst.get())) {
      std::string r = repr_utf8(x);
      raisef(&exc::TypeError, "calling %s should have returned an instance of BaseException, not %s",
             r.c_str(), type_name_of(inst.get()));
    }
    return inst;
  }
  if (is_exception(x)) return Ref<>::borrow(x);
  raise(&exc::TypeError, what);
}

[[noreturn]] FTPY_NOINLINE void do_raise(ThreadState* ts, Object* exc_obj, Object* cause) {
  Ref<> inst = make_raise_instance(exc_obj, "exceptions must derive from BaseException");
  auto* be = static_cast<BaseExceptionObject*>(inst.get());
  if (cause) {
    if (cause == kNone) {
      be->cause.reset();
    } else {
      be->cause = make_raise_instance(cause, "exception causes must derive from BaseException");
    }
    be->suppress_context = true;
  }
  if (ts->handled_exception) set_exception_context(inst.get(), ts->handled_exception.get(), true);
  throw PyException(std::move(inst));
}

FTPY_NOINLINE void unpack_sequence(Object* seq, uint32_t n, Object** out) {
  // out[0] receives the LAST item (it ends up deepest on the stack).
  if (is_exact_tuple(seq) || is_exact_list(seq)) {
    int64_t size;
    if (is_exact_tuple(seq)) {
      size = tuple_size(seq);
      if (size == static_cast<int64_t>(n)) {
        for (uint32_t i = 0; i < n; ++i) {
          Object* v = tuple_item(seq, i);
          incref(v);
          out[n - 1 - i] = v;
        }
        return;
      }
    } else {
      // The size is checked under the lock: another thread may resize the list.
      LeafCriticalSection cs(seq);
      size = list_size(seq);
      if (size == static_cast<int64_t>(n)) {
        for (uint32_t i = 0; i < n; ++i) {
          Object* v = static_cast<List*>(seq)->items[i];
          incref(v);
          out[n - 1 - i] = v;
        }
        return;
      }
    }
    if (size < static_cast<int64_t>(n)) {
      raisef(&exc::ValueError, "not enough values to unpack (expected %u, got %lld)", n,
             static_cast<long long>(size));
    }
    raisef(&exc::ValueError, "too many values to unpack (expected %u)", n);
  }
  if (!type_of(seq)->tp_iter && !type_of(seq)->mp_subscript) {
    raisef(&exc::TypeError, "cannot unpack non-iterable %s object", type_name_of(seq));
  }
  Ref<> it = get_iter(seq);
  uint32_t got = 0;
  try {
    for (; got < n; ++got) {
      Ref<> v = iter_next(it.get());
      if (!v) {
        raisef(&exc::ValueError, "not enough values to unpack (expected %u, got %u)", n, got);
      }
      out[n - 1 - got] = v.release();
    }
    if (Ref<> extra = iter_next(it.get())) {
      raisef(&exc::ValueError, "too many values to unpack (expected %u)", n);
    }
  } catch (...) {
    for (uint32_t i = 0; i < got; ++i) {
      Object*& slot = out[n - 1 - i];
      xdecref(slot);
      slot = nullptr;
    }
    throw;
  }
}

FTPY_NOINLINE void unpack_ex(Object* seq, uint32_t before, uint32_t after, Object** out) {
  // Pushes after_n..after_1, the starred list, before_n..before_1 (before_1 on top).
  if (!type_of(seq)->tp_iter && !type_of(seq)->mp_subscript) {
    raisef(&exc::TypeError, "cannot unpack non-iterable %s object", type_name_of(seq));
  }
  Ref<> list = sequence_to_list(seq);
  int64_t size = list_size(list.get());
  if (size < static_cast<int64_t>(before + after)) {
    raisef(&exc::ValueError, "not enough values to unpack (expected at least %u, got %lld)",
           before + after, static_cast<long long>(size));
  }
  uint32_t total = before + after + 1;
  List* l = static_cast<List*>(list.get());
  uint32_t k = 0;
  for (uint32_t i = 0; i < after; ++i) {
    Object* v = l->items[size - 1 - i];
    incref(v);
    out[k++] = v;
  }
  Ref<> mid = list_from_array(l->items + before, size - before - after);
  out[k++] = mid.release();
  for (uint32_t i = 0; i < before; ++i) {
    Object* v = l->items[before - 1 - i];
    incref(v);
    out[k++] = v;
  }
  (void)total;
}

FTPY_NOINLINE Ref<> call_intrinsic1(ThreadState* ts, Frame* f, uint32_t which, Object* v) {
  (void)ts;
  switch (static_cast<Intrinsic1>(which)) {
    case Intrinsic1::Print: {
      // The interactive prompt's expression statements: sys.displayhook(v).
      Ref<> sys = import_module("sys");
      Ref<> hook = getattr_or_null(sys.get(), intern("displayhook"));
      if (!hook) raise(&exc::RuntimeError, "lost sys.displayhook");
      call1(hook.get(), v);
      return none();
    }
    case Intrinsic1::ImportStar:
      import_star(v, f->locals ? f->locals : f->globals);
      return none();
    case Intrinsic1::StopIterationError:
      return stop_iteration_to_runtime_error(v);
    case Intrinsic1::UnaryPositive:
      return positive(v);
    case Intrinsic1::ListToTuple:
      return list_as_tuple(static_cast<List*>(v));
    default:
      raisef(&exc::SystemError, "unsupported intrinsic %u", which);
  }
}

FTPY_NOINLINE void dict_merge_for_call(Object* dict, Object* update, Object* callable) {
  Dict* d = static_cast<Dict*>(dict);
  auto dup = [&](Object* key) {
    std::string fn = function_display_name(callable);
    if (is_str(key)) {
      std::string k(str_view(key));
      raisef(&exc::TypeError, "%s got multiple values for keyword argument '%s'", fn.c_str(),
             k.c_str());
    }
    raise(&exc::TypeError, "keywords must be strings");
  };
  if (is_dict(update) && type_of(update)->tp_iter == DictType.tp_iter) {
    int64_t pos = 0;
    Ref<> k, v;
    while (dict_next(static_cast<Dict*>(update), &pos, &k, &v)) {
      if (dict_get(d, k.get())) dup(k.get());
      dict_set(d, k.get(), v.get());
    }
    return;
  }
  Ref<> keys_fn = getattr_or_null(update, id::keys);
  if (!keys_fn) {
    std::string fn = function_display_name(callable);
    raisef(&exc::TypeError, "%s argument after ** must be a mapping, not %s", fn.c_str(),
           type_name_of(update));
  }
  Ref<> keys = call0(keys_fn.get());
  for_each(keys.get(), [&](Object* k) {
    if (dict_get(d, k)) dup(k);
    Ref<> v = getitem(update, k);
    dict_set(d, k, v.get());
  });
}

FTPY_NOINLINE void dict_update_checked(Object* dict, Object* update) {
  if (!is_dict(update) && !hasattr(update, id::keys)) {
    raisef(&exc::TypeError, "'%s' object is not a mapping", type_name_of(update));
  }
  dict_update(static_cast<Dict*>(dict), update);
}

FTPY_NOINLINE void list_extend_checked(Object* list, Object* it) {
  if (!type_of(it)->tp_iter && !type_of(it)->mp_subscript) {
    raisef(&exc::TypeError, "Value after * must be an iterable, not %s", type_name_of(it));
  }
  list_extend(static_cast<List*>(list), it);
}

FTPY_NOINLINE Ref<> call_function_ex(Object* callable, Object* args, Object* kwargs) {
  Ref<> targs;
  if (is_exact_tuple(args)) {
    targs = Ref<>::borrow(args);
  } else {
    if (!type_of(args)->tp_iter && !type_of(args)->mp_subscript) {
      std::string fn = function_display_name(callable);
      raisef(&exc::TypeError, "%s argument after * must be an iterable, not %s", fn.c_str(),
             type_name_of(args));
    }
    targs = sequence_to_tuple(args);
  }
  Ref<> kw;
  if (kwargs && !is_exact_dict(kwargs)) {
    kw = dict_new();
    dict_merge_for_call(kw.get(), kwargs, callable);
    kwargs = kw.get();
  }
  return call_tuple_dict(callable, targs.get(), kwargs);
}

FTPY_NOINLINE void before_with(Object* mgr, Ref<>* exit_out, Ref<>* enter_result) {
  Type* t = type_of(mgr);
  Object* enter = type_lookup(t, id::enter);
  if (!enter) {
    raisef(&exc::TypeError, "'%s' object does not support the context manager protocol",
           type_name(t));
  }
  Object* exit = type_lookup(t, id::exit);
  if (!exit) {
    raisef(&exc::TypeError,
           "'%s' object does not support the context manager protocol (missed __exit__ method)",
           type_name(t));
  }
  Ref<> enter_ref = Ref<>::borrow(enter);  // keep alive across the call
  Ref<> exit_ref = Ref<>::borrow(exit);
  if (DescrGetFn g = type_of(exit)->tp_descr_get) *exit_out = g(exit, mgr, t);
  else *exit_out = exit_ref;
  if (type_of(enter) == &FunctionType) {
    *enter_result = call(enter, &mgr, 1);
  } else if (DescrGetFn g = type_of(enter)->tp_descr_get) {
    Ref<> bound = g(enter, mgr, t);
    *enter_result = call0(bound.get());
  } else {
    *enter_result = call0(enter);
  }
}

FTPY_NOINLINE Ref<> send_to(Object* receiver, Object* value, Ref<>* returned) {
  if (type_of(receiver) == &GeneratorType) {
    return generator_send(static_cast<Generator*>(receiver), value, returned);
  }
  if (value == kNone && type_of(receiver)->tp_iternext) {
    Ref<> r = type_of(receiver)->tp_iternext(receiver);
    if (!r) *returned = none();
    return r;
  }
  try {
    return call_method(receiver, id::send, &value, 1);
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::StopIteration)) throw;
    auto* be = static_cast<BaseExceptionObject*>(e.value.get());
    *returned = be->extra1 ? be->extra1 : none();
    return {};
  }
}

FTPY_NOINLINE Object* load_super_attr(Object* global_super, Object* cls, Object* self, Str* name) {
  Object* args[2] = {cls, self};
  Ref<> sup = call(global_super, args, 2);
  return getattr(sup.get(), name).release();
}

FTPY_NOINLINE Object* send_to_raw(Object* receiver, Object* value, Object** returned) {
  Ref<> ret;
  Ref<> y = send_to(receiver, value, &ret);
  if (y) return y.release();
  *returned = ret ? ret.release() : none().release();
  return nullptr;
}

FTPY_NOINLINE Object* slice_subscript(Object* container, Object* start, Object* stop) {
  Ref<> slice = slice_new(start, stop, nullptr);
  return getitem(container, slice.get()).release();
}

FTPY_NOINLINE void slice_store(Object* container, Object* start, Object* stop, Object* v) {
  Ref<> slice = slice_new(start, stop, nullptr);
  setitem(container, slice.get(), v);
}

FTPY_NOINLINE Object* build_set(Object* const* items, int64_t n) {
  Ref<Set> s = set_new();
  for (int64_t i = 0; i < n; ++i) set_add(s.get(), items[i]);
  return s.release();
}

FTPY_NOINLINE Object* build_map(Object* const* items, int64_t n) {
  Ref<Dict> d = dict_new();
  for (int64_t i = 0; i < n; ++i) dict_set(d.get(), items[2 * i], items[2 * i + 1]);
  return d.release();
}

FTPY_NOINLINE Ref<> make_function(Frame* f, Object* code) {
  Code* co = static_cast<Code*>(code);
  return function_new(code, f->globals, co->qualname.get());
}

FTPY_NOINLINE void set_function_attribute(Object* func, uint32_t which, Object* value) {
  Function* fn = static_cast<Function*>(func);
  Ref<> v = Ref<>::borrow(value);
  switch (which) {
    case 1: fn->defaults = std::move(v); break;
    case 2: fn->kwdefaults = std::move(v); break;
    case 4: {
      // The compiler emits a flat tuple (name, value, name, value, ...) as
      // CPython 3.13 does; __annotations__ is the dict built from it.
      if (is_tuple(v.get())) {
        Ref<Dict> d = dict_new();
        for (int64_t i = 0; i + 1 < tuple_size(v.get()); i += 2)
          dict_set(d.get(), tuple_item(v.get(), i), tuple_item(v.get(), i + 1));
        fn->annotations = std::move(d);
      } else {
        fn->annotations = std::move(v);
      }
      break;
    }
    case 8: fn->closure = std::move(v); break;
    default: raisef(&exc::SystemError, "bad SET_FUNCTION_ATTRIBUTE %u", which);
  }
}

FTPY_NOINLINE void setup_annotations(Frame* f) {
  if (!f->locals) raise(&exc::SystemError, "no locals found when setting up annotations");
  if (mapping_lookup(f->locals, id::annotations)) return;
  Ref<> d = dict_new();
  if (is_exact_dict(f->locals)) dict_set(static_cast<Dict*>(f->locals), id::annotations, d.get());
  else setitem(f->locals, id::annotations, d.get());
}

FTPY_NOINLINE Ref<> load_build_class(Frame* f) {
  Str* name = intern("__build_class__");
  Ref<> v = mapping_lookup(f->builtins, name);
  if (!v) raise(&exc::NameError, "__build_class__ not found");
  return v;
}

FTPY_NOINLINE Ref<> with_exit_call(Object* exit_fn, Object* val) {
  Object* tb = kNone;
  if (is_exception(val)) {
    auto* be = static_cast<BaseExceptionObject*>(val);
    if (be->traceback) tb = be->traceback.get();
  }
  Object* args[3] = {type_of(val), val, tb};
  return call(exit_fn, args, 3);
}

// CALL's generic path: native functions called straight from the stack.
inline Ref<> call_object(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
  Type* t = type_of(callable);
  if (t == &BuiltinFunctionType) {
    auto* b = static_cast<BuiltinFunction*>(callable);
    return b->def->fn(b->self.get(), args, nargs, kwnames);
  }
  if (t == &MethodDescriptorType && nargs >= 1) {
    auto* d = static_cast<MethodDescriptor*>(callable);
    Type* st = type_of(args[0]);
    if (d->def->flags == kMethodPlain && (st == d->owner || is_subtype(st, d->owner))) {
      return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
    }
  }
  if (t->tp_call) return t->tp_call(callable, args, nargs, kwnames);
  return call(callable, args, nargs, kwnames);
}

// Sets up a frame for `fn` moving (not copying) `nargs` positional
// arguments from the caller's stack; false when the call needs the general
// binder (keywords, *args, kw-only, wrong count beyond defaults).
inline Frame* push_simple_frame(ThreadState* ts, Function* fn, Object** args, size_t nargs) {
  Code* co = static_cast<Code*>(fn->code.get());
  const uint32_t kComplex = kCoVarargs | kCoVarKeywords;
  if ((co->flags & kComplex) || co->kwonlyargcount != 0) return nullptr;
  size_t argcount = static_cast<size_t>(co->argcount);
  Object* defaults = nullptr;
  size_t ndefaults = 0;
  if (nargs != argcount) {
    defaults = fn->defaults.get();
    ndefaults = defaults ? static_cast<size_t>(tuple_size(defaults)) : 0;
    if (nargs > argcount || nargs + ndefaults < argcount) return nullptr;
  }
  Frame* f = datastack_push(ts, co);
  f->code = co;
  f->func = fn;
  f->globals = fn->globals.get();
  f->builtins = fn->builtins.get();
  f->locals = nullptr;
  f->previous = nullptr;
  f->ip = co->code.data();
  f->owner = FrameOwner::kDataStack;
  f->state = FrameState::kCreated;
  Object** lp = f->localsplus;
  for (size_t k = 0; k < nargs; ++k) lp[k] = args[k];
  size_t i = nargs;
  for (; i < argcount; ++i) {
    Object* d = tuple_item(defaults, static_cast<int64_t>(i - (argcount - ndefaults)));
    incref(d);
    lp[i] = d;
  }
  size_t n = static_cast<size_t>(co->nlocalsplus);
  for (; i < n; ++i) lp[i] = nullptr;
  f->sp = lp + n;
  return f;
}

FTPY_NOINLINE const ExceptionTableEntry* find_handler(const Code* co, int64_t lasti) {
  for (const ExceptionTableEntry& e : co->exception_table) {
    if (static_cast<int64_t>(e.start) > lasti) break;
    if (lasti < static_cast<int64_t>(e.end)) return &e;
  }
  return nullptr;
}

FTPY_COLD Ref<> exception_from_cxx(const char* what_kind) {
  return make_exception(&exc::SystemError, what_kind);
}

[[noreturn]] FTPY_COLD void raise_recursion_error() {
  raise(&exc::RecursionError, "maximum recursion depth exceeded");
}

// Compare fast path for two small ints.
inline bool compare_i64(int64_t a, int64_t b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    default: return a >= b;
  }
}
inline bool compare_f64(double a, double b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    default: return a >= b;
  }
}

// The immortal small ints, so results in range need no call into int.cpp.
// Filled once by init_small_int_table() (from eval_code, before any frame
// runs); read-only afterwards.
constexpr int64_t kSmallIntCount = kSmallIntMax - kSmallIntMin + 1;
Object* g_small_ints[kSmallIntCount];

FTPY_ALWAYS_INLINE Object* new_int(int64_t v) {
  // Unsigned subtraction: one compare covers both ends of the range, and it
  // wraps (defined) where `v - kSmallIntMin` would overflow near INT64_MAX.
  uint64_t i = static_cast<uint64_t>(v) - static_cast<uint64_t>(kSmallIntMin);
  if (i < static_cast<uint64_t>(kSmallIntCount)) return g_small_ints[i];  // immortal: no count
  return int_from(v).release();
}

// Small-int arithmetic: returns null when the fast path does not apply
// (overflow, division by zero, negative shift...).
__attribute__((always_inline)) inline Object* int_fast_binop(int64_t a, int64_t b, uint32_t op) {
  int64_t r;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add:
      if (__builtin_add_overflow(a, b, &r)) return nullptr;
      break;
    case BinaryOp::Sub:
      if (__builtin_sub_overflow(a, b, &r)) return nullptr;
      break;
    case BinaryOp::Mul:
      if (__builtin_mul_overflow(a, b, &r)) return nullptr;
      break;
    case BinaryOp::FloorDiv:
      if (b == 0 || (a == INT64_MIN && b == -1)) return nullptr;
      r = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --r;
      break;
    case BinaryOp::Mod:
      if (b == 0 || (a == INT64_MIN && b == -1)) return nullptr;
      r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      break;
    case BinaryOp::And: r = a & b; break;
    case BinaryOp::Or: r = a | b; break;
    case BinaryOp::Xor: r = a ^ b; break;
    case BinaryOp::TrueDiv:
      if (b == 0) return nullptr;
      if (a > (int64_t{1} << 53) || a < -(int64_t{1} << 53) || b > (int64_t{1} << 53) ||
          b < -(int64_t{1} << 53)) {
        return nullptr;
      }
      return float_from(static_cast<double>(a) / static_cast<double>(b)).release();
    default:
      return nullptr;
  }
  return new_int(r);
}

inline Object* float_fast_binop(double a, double b, uint32_t op) {
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add: return float_from(a + b).release();
    case BinaryOp::Sub: return float_from(a - b).release();
    case BinaryOp::Mul: return float_from(a * b).release();
    case BinaryOp::TrueDiv:
      if (b == 0.0) return nullptr;
      return float_from(a / b).release();
    default: return nullptr;
  }
}

// BINARY_OP's argument without its in-place offset.
FTPY_ALWAYS_INLINE uint32_t base_binary_op(uint32_t arg) {
  return arg >= static_cast<uint32_t>(kBinaryOpCount) ? arg - kBinaryOpCount : arg;
}

// BINARY_OP's int and float fast paths (both operands exact int or float,
// ints small): a new reference, or null where they do not apply. Runs no
// Python code, so an operand that a fast local holds needs no count of its
// own meanwhile (the fused forms below rely on this).
FTPY_ALWAYS_INLINE Object* numeric_fast_binop(Object* a, Object* b, uint32_t arg) {
  uint32_t op = base_binary_op(arg);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (ta == &IntType && tb == &IntType) {
    if (int_is_small(a) && int_is_small(b)) return int_fast_binop(int_small_value(a), int_small_value(b), op);
  } else if (ta == &FloatType && tb == &FloatType) {
    return float_fast_binop(float_value(a), float_value(b), op);
  } else if (ta == &FloatType && tb == &IntType && int_is_small(b)) {
    return float_fast_binop(float_value(a), static_cast<double>(int_small_value(b)), op);
  } else if (ta == &IntType && tb == &FloatType && int_is_small(a)) {
    return float_fast_binop(static_cast<double>(int_small_value(a)), float_value(b), op);
  }
  return nullptr;
}

// COMPARE_OP's int and float fast paths: kTrue/kFalse (immortal), or null
// where they do not apply. Runs no Python code.
FTPY_ALWAYS_INLINE Object* numeric_fast_compare(Object* a, Object* b, uint32_t arg) {
  CompareOp op = static_cast<CompareOp>(arg & 15);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (ta == &IntType && tb == &IntType && int_is_small(a) && int_is_small(b))
    return compare_i64(int_small_value(a), int_small_value(b), op) ? kTrue : kFalse;
  if (ta == &FloatType && tb == &FloatType)
    return compare_f64(float_value(a), float_value(b), op) ? kTrue : kFalse;
  return nullptr;
}

// Whether LOAD_ATTR may call a cached data descriptor without counting it: a
// __slots__ member read runs no code and reaches no safe point, and while
// one thread runs nobody can drop the class's reference meanwhile.
FTPY_ALWAYS_INLINE bool descriptor_usable_uncounted(Object* descr) {
  return type_of(descr) == &MemberDescriptorType && !other_threads_may_run();
}

// LOAD_ATTR's instance-dict and __slots__ cache hits, plain form (not for
// a call): a new reference, or null where they do not apply (a miss,
// another kind of attribute, a __slots__ read while other threads run).
// Runs no Python code (an unset slot raises AttributeError), so an owner
// that a fast local holds needs no count of its own meanwhile.
FTPY_ALWAYS_INLINE Object* load_attr_instance_fast(InlineCache& c, Object* owner, Str* name) {
  CacheView cv;
  Type* t = type_of(owner);
  if (!cache_load(c, &cv) || attr_type(cv.w1) != t) return nullptr;
  AttrKind kind = attr_kind(cv.w1);
  if (kind != kAttrInstanceDict && kind != kAttrDataDescr) return nullptr;
  if (cv.w0 != __atomic_load_n(&t->version_tag, __ATOMIC_ACQUIRE)) return nullptr;
  if (kind == kAttrInstanceDict) {
    Dict* d = instance_dict(owner);
    return d ? dict_get_str(d, name).release() : nullptr;
  }
  Object* descr = reinterpret_cast<Object*>(cv.w2);
  if (!descriptor_usable_uncounted(descr)) return nullptr;
  return member_descriptor_get(descr, owner).release();
}

FTPY_NOINLINE Ref<> binary_op_slow(Object* a, Object* b, uint32_t arg) {
  if (arg >= static_cast<uint32_t>(kBinaryOpCount)) {
    return inplace_op(a, b, static_cast<BinaryOp>(arg - kBinaryOpCount));
  }
  return binary_op(a, b, static_cast<BinaryOp>(arg));
}

FTPY_NOINLINE Ref<> subscr_slow(Object* container, Object* key) { return getitem(container, key); }

inline bool fast_truth(Object* v, bool* out) {
  if (v == kTrue) { *out = true; return true; }
  if (v == kFalse || v == kNone) { *out = false; return true; }
  Type* t = type_of(v);
  if (t == &IntType && int_is_small(v)) { *out = int_small_value(v) != 0; return true; }
  if (t == &StrType) { *out = static_cast<Str*>(v)->nbytes != 0; return true; }
  if (t == &ListType) { *out = list_size(v) != 0; return true; }
  if (t == &TupleType) { *out = tuple_size(v) != 0; return true; }
  if (t == &DictType) { *out = dict_size(v) != 0; return true; }
  return false;
}

// True when the code's prologue (MAKE_CELL / COPY_FREE_VARS, as CPython 3.13
// emits them before RETURN_GENERATOR) reaches RETURN_GENERATOR.
bool prologue_returns_generator(const Instr* ip) {
  while (ip->op == Opcode::MAKE_CELL || ip->op == Opcode::COPY_FREE_VARS) ++ip;
  return ip->op == Opcode::RETURN_GENERATOR;
}

FTPY_NOINLINE Object* iter_next_slow(Object* it) {
  Ref<> v = iter_next(it);
  return v.release();
}

}  // namespace

void init_small_int_table() {
  // Idempotent; every thread that reaches eval_code sees the same values.
  static std::atomic<bool> ready{false};
  if (ready.load(std::memory_order_acquire)) return;
  for (int64_t i = 0; i < kSmallIntCount; ++i) g_small_ints[i] = int_from(kSmallIntMin + i).release();
  ready.store(true, std::memory_order_release);
}

// handle_eval_breaker (frame.h) is defined in runtime/threads/eval_breaker.cpp.

// ======================================================================
//                              the loop
// ======================================================================

#if defined(__GNUC__)
#define FTPY_COMPUTED_GOTO 1
#else
#define FTPY_COMPUTED_GOTO 0
#endif

Object* eval_frame(ThreadState* ts, Frame* f, Object* throw_exc) {
  // --- entry: recursion guards (before the frame joins the thread's chain)
  if (++ts->recursion_depth > recursion_limit() ||
      (ts->c_stack_limit &&
       reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < ts->c_stack_limit)) {
    --ts->recursion_depth;
    if (throw_exc) decref(throw_exc);
    if (f->owner == FrameOwner::kDataStack) {
      frame_clear_values(f, f->sp);
      datastack_pop(ts, f);
    }
    raise_recursion_error();
  }
  Code* const co = f->code;
  const Instr* const first = co->code.data();
  if ((co->flags & kCoGenerator) && f->owner == FrameOwner::kDataStack &&
      !prologue_returns_generator(first)) {
    // A compiler that does not emit RETURN_GENERATOR: make the generator now.
    --ts->recursion_depth;
    Ref<> gen = generator_from_frame(f, f->sp, f->ip);
    datastack_pop(ts, f);
    return gen.release();
  }

  f->previous = ts->current_frame;
  ts->current_frame = f;
  f->state = FrameState::kRunning;

  const Instr* ip = f->ip;
  Object** sp = f->sp;
  Object** const lp = f->localsplus;
  Object** const stack_base = lp + co->nlocalsplus;
  Object* const* const consts = static_cast<Tuple*>(co->consts.get())->items;
  Str* const* const names = reinterpret_cast<Str* const*>(static_cast<Tuple*>(co->names.get())->items);
  InlineCache* const caches = co->caches.get();
  Instr instr{};
  Ref<> exc;            // the exception being dispatched (exception_unwind)
  bool reraise = false; // set right before a throw that must not add a traceback entry
  Object* retval = nullptr;

  if (throw_exc) {
    exc = Ref<>::steal(throw_exc);
    goto exception_unwind;
  }
  // A resumed generator receives the value sent in (YIELD_VALUE's result).
  // (generator.cpp pushes it before calling; nothing to do here.)

#if FTPY_COMPUTED_GOTO
  static void* const kDispatch[] = {
#define OP(name, flags, effect) &&L_##name,
#include "runtime/vm/opcodes.def"
#undef OP
  };
#define TARGET(op) L_##op:
#define DISPATCH()                                                   \
  do {                                                               \
    instr = *ip++;                                                   \
    goto* kDispatch[static_cast<uint8_t>(instr.op)];                 \
  } while (0)
#else
#define TARGET(op) case Opcode::op:
#define DISPATCH() continue
#endif

#define CHECK_EVAL_BREAKER()                                                    \
  do {                                                                          \
    if (ts->eval_breaker.load(std::memory_order_relaxed)) handle_eval_breaker(ts); \
  } while (0)

  for (;;) {
    try {
#if FTPY_COMPUTED_GOTO
      DISPATCH();
#else
      for (;;) {
        instr = *ip++;
        switch (instr.op) {
#endif

      // ------------------------------------------------ stack manipulation
      TARGET(NOP) { DISPATCH(); }
      TARGET(POP_TOP) {
        Object* v = *--sp;
        xdecref(v);
        DISPATCH();
      }
      TARGET(PUSH_NULL) {
        *sp++ = nullptr;
        DISPATCH();
      }
      TARGET(COPY) {
        Object* v = sp[-static_cast<int64_t>(instr.arg)];
        xincref(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(SWAP) {
        Object* t = sp[-1];
        sp[-1] = sp[-static_cast<int64_t>(instr.arg)];
        sp[-static_cast<int64_t>(instr.arg)] = t;
        DISPATCH();
      }
      TARGET(END_FOR) {
        Object* v = *--sp;
        xdecref(v);
        DISPATCH();
      }
      TARGET(END_SEND) {
        Object* v = *--sp;
        Object* recv = sp[-1];
        sp[-1] = v;
        xdecref(recv);
        DISPATCH();
      }

      // ------------------------------------------------ unary / binary
      TARGET(UNARY_NEGATIVE) {
        Object* v = sp[-1];
        Object* r;
        if (is_exact_int(v) && int_is_small(v) && int_small_value(v) != INT64_MIN) {
          r = new_int(-int_small_value(v));
        } else if (is_float(v)) {
          r = float_from(-float_value(v)).release();
        } else {
          r = negative(v).release();
        }
        sp[-1] = r;
        decref(v);
        DISPATCH();
      }
      TARGET(UNARY_NOT) {
        Object* v = sp[-1];
        bool t;
        if (!fast_truth(v, &t)) t = truthy(v);
        sp[-1] = t ? kFalse : kTrue;
        decref(v);
        DISPATCH();
      }
      TARGET(UNARY_INVERT) {
        Object* v = sp[-1];
        Object* r = invert(v).release();
        sp[-1] = r;
        decref(v);
        DISPATCH();
      }
      TARGET(TO_BOOL) {
        Object* v = sp[-1];
        if (v == kTrue || v == kFalse) DISPATCH();
        bool t;
        if (!fast_truth(v, &t)) t = truthy(v);
        sp[-1] = t ? kTrue : kFalse;
        decref(v);
        DISPATCH();
      }
      TARGET(BINARY_OP) {
        Object* b = sp[-1];
        Object* a = sp[-2];
        uint32_t op = instr.arg;
        Object* r = numeric_fast_binop(a, b, op);
        if (!r && type_of(a) == &StrType && type_of(b) == &StrType &&
            static_cast<BinaryOp>(base_binary_op(op)) == BinaryOp::Add) {
          r = str_concat(static_cast<Str*>(a), static_cast<Str*>(b)).release();
        }
        if (!r) r = binary_op_slow(a, b, op).release();
        --sp;
        sp[-1] = r;
        decref(a);
        decref(b);
        DISPATCH();
      }
      TARGET(BINARY_SUBSCR) {
        Object* key = sp[-1];
        Object* container = sp[-2];
        Object* r = nullptr;
        Type* tc = type_of(container);
        if (tc == &ListType && is_exact_int(key) && int_is_small(key)) {
          int64_t i = int_small_value(key);
          int64_t n = list_size(container);
          if (i < 0) i += n;
          if (i < 0 || i >= n) raise(&exc::IndexError, "list index out of range");
          Ref<> v = list_get_item(static_cast<List*>(container), i);
          if (!v) raise(&exc::IndexError, "list index out of range");
          r = v.release();
        } else if (tc == &TupleType && is_exact_int(key) && int_is_small(key)) {
          int64_t i = int_small_value(key);
          int64_t n = tuple_size(container);
          if (i < 0) i += n;
          if (i < 0 || i >= n) raise(&exc::IndexError, "tuple index out of range");
          r = tuple_item(container, i);
          incref(r);
        } else if (tc == &DictType) {
          Ref<> v = dict_get(static_cast<Dict*>(container), key);
          if (!v) raise_key_error(key);
          r = v.release();
        } else {
          r = subscr_slow(container, key).release();
        }
        --sp;
        sp[-1] = r;
        decref(container);
        decref(key);
        DISPATCH();
      }
      TARGET(STORE_SUBSCR) {
        Object* key = sp[-1];
        Object* container = sp[-2];
        Object* v = sp[-3];
        Type* tc = type_of(container);
        if (tc == &ListType && is_exact_int(key) && int_is_small(key)) {
          int64_t i = int_small_value(key);
          int64_t n = list_size(container);
          if (i < 0) i += n;
          if (i < 0 || i >= n) raise(&exc::IndexError, "list assignment index out of range");
          list_set_item(static_cast<List*>(container), i, v);
        } else if (tc == &DictType) {
          dict_set(static_cast<Dict*>(container), key, v);
        } else {
          setitem(container, key, v);
        }
        sp -= 3;
        decref(key);
        decref(container);
        decref(v);
        DISPATCH();
      }
      TARGET(DELETE_SUBSCR) {
        Object* key = sp[-1];
        Object* container = sp[-2];
        delitem(container, key);
        sp -= 2;
        decref(key);
        decref(container);
        DISPATCH();
      }
      TARGET(BINARY_SLICE) {
        Object* stop = sp[-1];
        Object* start = sp[-2];
        Object* container = sp[-3];
        Object* r = slice_subscript(container, start, stop);
        sp -= 2;
        sp[-1] = r;
        decref(stop);
        decref(start);
        decref(container);
        DISPATCH();
      }
      TARGET(STORE_SLICE) {
        Object* stop = sp[-1];
        Object* start = sp[-2];
        Object* container = sp[-3];
        Object* v = sp[-4];
        slice_store(container, start, stop, v);
        sp -= 4;
        decref(stop);
        decref(start);
        decref(container);
        decref(v);
        DISPATCH();
      }
      TARGET(COMPARE_OP) {
        Object* b = sp[-1];
        Object* a = sp[-2];
        CompareOp op = static_cast<CompareOp>(instr.arg & 15);
        Object* r = numeric_fast_compare(a, b, instr.arg);
        if (!r && type_of(a) == &StrType && type_of(b) == &StrType &&
            (op == CompareOp::Eq || op == CompareOp::Ne)) {
          bool same = a == b || str_equal(static_cast<Str*>(a), static_cast<Str*>(b));
          r = (same == (op == CompareOp::Eq)) ? kTrue : kFalse;
        }
        if (!r) {
          Ref<> res = richcompare(a, b, op);
          if ((instr.arg & 16) && res.get() != kTrue && res.get() != kFalse) {
            r = truthy(res.get()) ? kTrue : kFalse;
          } else {
            r = res.release();
          }
        }
        --sp;
        sp[-1] = r;
        decref(a);
        decref(b);
        DISPATCH();
      }
      TARGET(IS_OP) {
        Object* b = sp[-1];
        Object* a = sp[-2];
        bool r = (a == b) != (instr.arg != 0);
        --sp;
        sp[-1] = r ? kTrue : kFalse;
        decref(a);
        decref(b);
        DISPATCH();
      }
      TARGET(CONTAINS_OP) {
        Object* container = sp[-1];
        Object* item = sp[-2];
        bool r;
        if (is_exact_dict(container)) r = static_cast<bool>(dict_get(static_cast<Dict*>(container), item));
        else r = contains(container, item);
        r = r != (instr.arg != 0);
        --sp;
        sp[-1] = r ? kTrue : kFalse;
        decref(container);
        decref(item);
        DISPATCH();
      }

      // ------------------------------------------------ iteration / generators
      TARGET(GET_ITER) {
        Object* v = sp[-1];
        Object* it = get_iter(v).release();
        sp[-1] = it;
        decref(v);
        DISPATCH();
      }
      TARGET(FOR_ITER) {
        Object* it = sp[-1];
        IterNextFn next = type_of(it)->tp_iternext;
        Object* v = next ? next(it).release() : iter_next_slow(it);
        if (v) {
          *sp++ = v;
          DISPATCH();
        }
        // Exhausted: a placeholder for END_FOR, then jump (POP_TOP pops the iterator).
        *sp++ = kNone;
        ip = first + instr.arg;
        DISPATCH();
      }
      TARGET(GET_YIELD_FROM_ITER) {
        Object* v = sp[-1];
        if (type_of(v) != &GeneratorType) {
          Object* it = get_iter(v).release();
          sp[-1] = it;
          decref(v);
        }
        DISPATCH();
      }
      TARGET(SEND) {
        Object* v = sp[-1];
        Object* recv = sp[-2];
        Object* returned = nullptr;
        Object* yielded = send_to_raw(recv, v, &returned);
        if (yielded) {
          sp[-1] = yielded;
          decref(v);
          DISPATCH();
        }
        sp[-1] = returned;
        decref(v);
        ip = first + instr.arg;
        DISPATCH();
      }
      TARGET(YIELD_VALUE) {
        retval = *--sp;
        f->ip = ip;
        f->sp = sp;
        f->state = FrameState::kSuspended;
        ts->current_frame = f->previous;
        --ts->recursion_depth;
        return retval;
      }
      TARGET(RETURN_VALUE) {
        retval = *--sp;
        goto exit_frame;
      }
      TARGET(RETURN_CONST) {
        retval = consts[instr.arg];
        incref(retval);
        goto exit_frame;
      }
      TARGET(RETURN_GENERATOR) {
        --ts->recursion_depth;
        ts->current_frame = f->previous;
        Ref<> gen = generator_from_frame(f, sp, ip);
        datastack_pop(ts, f);
        return gen.release();
      }
      TARGET(RESUME) {
        CHECK_EVAL_BREAKER();
        DISPATCH();
      }
      TARGET(CLEANUP_THROW) {
        Object* e = sp[-1];
        if (exception_matches(e, &exc::StopIteration)) {
          auto* be = static_cast<BaseExceptionObject*>(e);
          Object* value = be->extra1 ? be->extra1.get() : kNone;
          incref(value);
          Object* sub = sp[-3];
          Object* last = sp[-2];
          sp -= 1;
          sp[-2] = kNone;
          sp[-1] = value;
          decref(e);
          decref(sub);
          xdecref(last);
          DISPATCH();
        }
        --sp;
        reraise = true;
        throw PyException(Ref<>::steal(e));
      }
      TARGET(GET_LEN) {
        int64_t n = length(sp[-1]);
        *sp++ = new_int(n);
        DISPATCH();
      }

      // ------------------------------------------------ locals, cells, names
      TARGET(LOAD_CONST) {
        Object* v = consts[instr.arg];
        incref(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(LOAD_FAST) {
        Object* v = lp[instr.arg];
        if (__builtin_expect(!v, 0)) raise_unbound_local(co, instr.arg);
        // Fused with a following plain LOAD_ATTR that hits an instance dict
        // or a __slots__ field: the local keeps the owner alive and the read
        // runs no code, so the owner is not counted; ip moves past LOAD_ATTR
        // (an unset slot's AttributeError then names it).
        if (ip->op == Opcode::LOAD_ATTR && !(ip->arg & 1)) {
          const Instr& attr = *ip++;
          if (Object* r = load_attr_instance_fast(caches[attr.cache], v, names[attr.arg >> 1])) {
            *sp++ = r;
            DISPATCH();
          }
          --ip;
        }
        incref(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(LOAD_FAST_CHECK) {
        Object* v = lp[instr.arg];
        if (!v) raise_unbound_local(co, instr.arg);
        incref(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(LOAD_FAST_AND_CLEAR) {
        *sp++ = lp[instr.arg];
        lp[instr.arg] = nullptr;
        DISPATCH();
      }
      TARGET(LOAD_FAST_LOAD_FAST) {
        Object* a = lp[instr.arg >> 4];
        Object* b = lp[instr.arg & 15];
        // Fused with a following BINARY_OP or COMPARE_OP on numbers: the
        // locals keep their operands alive and the fast paths run no code,
        // so neither operand is counted; ip then moves past the consumer.
        if (ip->op == Opcode::BINARY_OP) {
          if (Object* r = numeric_fast_binop(a, b, ip->arg)) {
            *sp++ = r;
            ++ip;
            DISPATCH();
          }
        } else if (ip->op == Opcode::COMPARE_OP) {
          if (Object* r = numeric_fast_compare(a, b, ip->arg)) {
            *sp++ = r;
            ++ip;
            DISPATCH();
          }
        }
        incref(a);
        incref(b);
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        DISPATCH();
      }
      TARGET(STORE_FAST) {
        Object* old = lp[instr.arg];
        lp[instr.arg] = *--sp;
        xdecref(old);
        DISPATCH();
      }
      TARGET(STORE_FAST_LOAD_FAST) {
        Object* old = lp[instr.arg >> 4];
        lp[instr.arg >> 4] = sp[-1];
        Object* v = lp[instr.arg & 15];
        incref(v);
        sp[-1] = v;
        xdecref(old);
        DISPATCH();
      }
      TARGET(STORE_FAST_STORE_FAST) {
        Object* old1 = lp[instr.arg >> 4];
        lp[instr.arg >> 4] = sp[-1];
        Object* old2 = lp[instr.arg & 15];
        lp[instr.arg & 15] = sp[-2];
        sp -= 2;
        xdecref(old1);
        xdecref(old2);
        DISPATCH();
      }
      TARGET(DELETE_FAST) {
        Object* old = lp[instr.arg];
        if (!old) raise_unbound_local(co, instr.arg);
        lp[instr.arg] = nullptr;
        decref(old);
        DISPATCH();
      }
      TARGET(MAKE_CELL) {
        Object* old = lp[instr.arg];
        Object* cell = cell_new(old).release();
        lp[instr.arg] = cell;
        xdecref(old);
        DISPATCH();
      }
      TARGET(COPY_FREE_VARS) {
        Object* closure = f->func ? f->func->closure.get() : nullptr;
        if (!closure) raise(&exc::SystemError, "code with free variables run without a closure");
        int64_t n = instr.arg;
        int64_t offset = co->nlocalsplus - n;
        for (int64_t i = 0; i < n; ++i) {
          Object* c = tuple_item(closure, i);
          incref(c);
          lp[offset + i] = c;
        }
        DISPATCH();
      }
      TARGET(LOAD_DEREF) {
        Cell* c = static_cast<Cell*>(lp[instr.arg]);
        Object* v = shared_slot_load(c, c->contents.raw_slot()).release();
        if (!v) raise_unbound_deref(co, instr.arg);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(STORE_DEREF) {
        Cell* c = static_cast<Cell*>(lp[instr.arg]);
        xdecref(shared_slot_exchange(c, c->contents.raw_slot(), *--sp).release());
        DISPATCH();
      }
      TARGET(DELETE_DEREF) {
        Cell* c = static_cast<Cell*>(lp[instr.arg]);
        Object* old = shared_slot_exchange(c, c->contents.raw_slot(), nullptr).release();
        if (!old) raise_unbound_deref(co, instr.arg);
        decref(old);
        DISPATCH();
      }
      TARGET(LOAD_FROM_DICT_OR_DEREF) {
        Object* mapping = sp[-1];
        Str* name = static_cast<Str*>(tuple_item(co->localsplusnames.get(), instr.arg));
        Object* v = mapping_lookup(mapping, name).release();
        if (!v) {
          Cell* cell = static_cast<Cell*>(lp[instr.arg]);
          v = shared_slot_load(cell, cell->contents.raw_slot()).release();
          if (!v) raise_unbound_deref(co, instr.arg);
        }
        sp[-1] = v;
        decref(mapping);
        DISPATCH();
      }
      TARGET(LOAD_NAME) {
        *sp++ = load_name(f, names[instr.arg]).release();
        DISPATCH();
      }
      TARGET(STORE_NAME) {
        store_name(f, names[instr.arg], sp[-1]);
        Object* v = *--sp;
        decref(v);
        DISPATCH();
      }
      TARGET(DELETE_NAME) {
        delete_name(f, names[instr.arg]);
        DISPATCH();
      }
      TARGET(LOAD_GLOBAL) {
        InlineCache& c = caches[instr.cache];
        Object* v = nullptr;
        CacheView cv;
        if (cache_load(c, &cv) && is_exact_dict(f->globals) &&
            cv.w0 == dict_version(static_cast<Dict*>(f->globals)) &&
            cv.w1 == dict_version(static_cast<Dict*>(f->builtins))) {
          v = reinterpret_cast<Object*>(cv.w2);
          incref(v);
        } else {
          v = load_global_slow(c, f, names[instr.arg >> 1]);
        }
        *sp++ = v;
        if (instr.arg & 1) *sp++ = nullptr;
        DISPATCH();
      }
      TARGET(STORE_GLOBAL) {
        dict_set(static_cast<Dict*>(f->globals), names[instr.arg], sp[-1]);
        Object* v = *--sp;
        decref(v);
        DISPATCH();
      }
      TARGET(DELETE_GLOBAL) {
        if (!dict_del(static_cast<Dict*>(f->globals), names[instr.arg])) {
          raise_name_error(names[instr.arg]);
        }
        DISPATCH();
      }
      TARGET(LOAD_LOCALS) {
        if (!f->locals) raise(&exc::SystemError, "no locals found");
        incref(f->locals);
        *sp++ = f->locals;
        DISPATCH();
      }
      TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
        Object* mapping = sp[-1];
        Str* name = names[instr.arg];
        Object* v = mapping_lookup(mapping, name).release();
        if (!v) v = dict_get_str(static_cast<Dict*>(f->globals), name).release();
        if (!v) v = mapping_lookup(f->builtins, name).release();
        if (!v) raise_name_error(name);
        sp[-1] = v;
        decref(mapping);
        DISPATCH();
      }

      // ------------------------------------------------ attributes
      TARGET(LOAD_ATTR) {
        Object* owner = sp[-1];
        Str* name = names[instr.arg >> 1];
        const bool method_form = instr.arg & 1;
        InlineCache& c = caches[instr.cache];
        CacheView cv;
        Type* t = type_of(owner);
        if (cache_load(c, &cv) && attr_type(cv.w1) == t) {
          AttrKind kind = attr_kind(cv.w1);
          Object* descr = reinterpret_cast<Object*>(cv.w2);
          if (kind == kAttrModule) {
            Object* md = module_dict(owner);
            if (cv.w0 == dict_version(static_cast<Dict*>(md))) {
              incref(descr);
              sp[-1] = descr;
              if (method_form) *sp++ = nullptr;
              decref(owner);
              DISPATCH();
            }
          } else if (cv.w0 == __atomic_load_n(&t->version_tag, __ATOMIC_ACQUIRE)) {
            Dict* d = instance_dict(owner);
            switch (kind) {
              case kAttrMethod:
                if (!d || !dict_get_str(d, name)) {
                  incref(descr);
                  sp[-1] = descr;
                  *sp++ = owner;  // self (the reference moves)
                  DISPATCH();
                }
                break;
              case kAttrInstanceDict:
                if (d) {
                  Object* v = dict_get_str(d, name).release();
                  if (v) {
                    sp[-1] = v;
                    if (method_form) *sp++ = nullptr;
                    decref(owner);
                    DISPATCH();
                  }
                }
                break;
              case kAttrDataDescr: {
                Object* v;
                if (descriptor_usable_uncounted(descr)) {
                  v = member_descriptor_get(descr, owner).release();
                } else {
                  // A counted reference for the call: the getter may run code
                  // (and reach safe points) while another thread replaces it.
                  Ref<> held = Ref<>::borrow(descr);
                  v = type_of(descr)->tp_descr_get(descr, owner, t).release();
                }
                sp[-1] = v;
                if (method_form) *sp++ = nullptr;
                decref(owner);
                DISPATCH();
              }
              case kAttrClassValue: {
                Object* v = d ? dict_get_str(d, name).release() : nullptr;
                if (!v) {
                  if (DescrGetFn g = type_of(descr)->tp_descr_get) {
                    Ref<> held = Ref<>::borrow(descr);  // as above
                    v = g(descr, owner, t).release();
                  } else {
                    incref(descr);
                    v = descr;
                  }
                }
                sp[-1] = v;
                if (method_form) *sp++ = nullptr;
                decref(owner);
                DISPATCH();
              }
              default:
                break;
            }
          }
        }
        bool is_method = false;
        Object* v = load_attr_slow(c, owner, name, method_form, &is_method).release();
        sp[-1] = v;
        if (method_form) {
          if (is_method) {
            *sp++ = owner;  // the reference moves to the self slot
            DISPATCH();
          }
          *sp++ = nullptr;
        }
        decref(owner);
        DISPATCH();
      }
      TARGET(STORE_ATTR) {
        Object* owner = sp[-1];
        Object* v = sp[-2];
        Str* name = names[instr.arg];
        InlineCache& c = caches[instr.cache];
        CacheView cv;
        Type* t = type_of(owner);
        if (cache_load(c, &cv) && attr_type(cv.w1) == t &&
            cv.w0 == __atomic_load_n(&t->version_tag, __ATOMIC_ACQUIRE)) {
          Object* descr = reinterpret_cast<Object*>(cv.w2);
          if (attr_kind(cv.w1) == kAttrStoreDict) {
            Object* d = *managed_dict_slot(owner);
            if (d) dict_set(static_cast<Dict*>(d), name, v);
            else store_instance_dict(owner, name, v);
          } else {
            // kAttrStoreMember: a __slots__ store runs no code (the old
            // value is dropped after it), so the borrowed descriptor needs
            // a count only while another thread could drop the class's one
            // (the store may wait for owner's lock).
            Ref<> held = other_threads_may_run() ? Ref<>::borrow(descr) : Ref<>();
            member_descriptor_set(descr, owner, v);
          }
        } else {
          store_attr_slow(c, owner, name, v);
        }
        sp -= 2;
        decref(owner);
        decref(v);
        DISPATCH();
      }
      TARGET(DELETE_ATTR) {
        Object* owner = sp[-1];
        delattr(owner, names[instr.arg]);
        --sp;
        decref(owner);
        DISPATCH();
      }
      TARGET(LOAD_SUPER_ATTR) {
        Object* self = sp[-1];
        Object* cls = sp[-2];
        Object* global_super = sp[-3];
        Str* name = names[instr.arg >> 2];
        // opcodes.def: arg = (namei << 2) | (method_form << 1) | two_arg. Both
        // forms call super(class, self): the zero-argument form's class and
        // self are exactly what the compiler pushed.
        const bool method_form = (instr.arg >> 1) & 1;
        Object* attr = load_super_attr(global_super, cls, self, name);
        sp -= 3;
        decref(global_super);
        decref(cls);
        *sp++ = attr;
        if (method_form) *sp++ = nullptr;
        decref(self);
        DISPATCH();
      }

      // ------------------------------------------------ jumps
      TARGET(JUMP_FORWARD) {
        ip = first + instr.arg;
        DISPATCH();
      }
      TARGET(JUMP_BACKWARD) {
        // Poll before jumping: a KeyboardInterrupt raised here must be
        // attributed to this instruction (its line, its handler).
        CHECK_EVAL_BREAKER();
        ip = first + instr.arg;
        DISPATCH();
      }
      TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        ip = first + instr.arg;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_FALSE) {
        // A bool after TO_BOOL; any other object still works (truthy may throw
        // while the value is still owned by the stack).
        Object* v = sp[-1];
        bool t;
        if (v == kFalse) t = false;
        else if (v == kTrue) t = true;
        else if (!fast_truth(v, &t)) t = truthy(v);
        --sp;
        decref(v);
        if (!t) ip = first + instr.arg;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_TRUE) {
        Object* v = sp[-1];
        bool t;
        if (v == kTrue) t = true;
        else if (v == kFalse) t = false;
        else if (!fast_truth(v, &t)) t = truthy(v);
        --sp;
        decref(v);
        if (t) ip = first + instr.arg;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_NONE) {
        Object* v = *--sp;
        if (v == kNone) ip = first + instr.arg;
        else decref(v);
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_NOT_NONE) {
        Object* v = *--sp;
        if (v != kNone) {
          decref(v);
          ip = first + instr.arg;
        }
        DISPATCH();
      }

      // ------------------------------------------------ building
      TARGET(BUILD_TUPLE) {
        int64_t n = instr.arg;
        Tuple* t = tuple_new(n).release();
        sp -= n;
        for (int64_t i = 0; i < n; ++i) tuple_set_steal(t, i, sp[i]);
        *sp++ = t;
        DISPATCH();
      }
      TARGET(BUILD_LIST) {
        int64_t n = instr.arg;
        List* l = list_from_array(sp - n, n).release();
        for (int64_t i = 0; i < n; ++i) decref(sp[-1 - i]);
        sp -= n;
        *sp++ = l;
        DISPATCH();
      }
      TARGET(BUILD_SET) {
        int64_t n = instr.arg;
        Object* s = build_set(sp - n, n);
        for (int64_t i = 0; i < n; ++i) decref(sp[-1 - i]);
        sp -= n;
        *sp++ = s;
        DISPATCH();
      }
      TARGET(BUILD_MAP) {
        int64_t n = instr.arg;
        Object** items = sp - 2 * n;
        Object* d = build_map(items, n);
        for (int64_t i = 0; i < 2 * n; ++i) decref(sp[-1 - i]);
        sp = items;
        *sp++ = d;
        DISPATCH();
      }
      TARGET(BUILD_STRING) {
        int64_t n = instr.arg;
        Object* s = str_join("", sp - n, static_cast<size_t>(n)).release();
        for (int64_t i = 0; i < n; ++i) decref(sp[-1 - i]);
        sp -= n;
        *sp++ = s;
        DISPATCH();
      }
      TARGET(BUILD_SLICE) {
        Object* r;
        if (instr.arg == 3) {
          r = slice_new(sp[-3], sp[-2], sp[-1]).release();
          decref(sp[-1]);
          decref(sp[-2]);
          decref(sp[-3]);
          sp -= 3;
        } else {
          r = slice_new(sp[-2], sp[-1], nullptr).release();
          decref(sp[-1]);
          decref(sp[-2]);
          sp -= 2;
        }
        *sp++ = r;
        DISPATCH();
      }
      TARGET(LIST_APPEND) {
        Object* v = sp[-1];
        list_append(static_cast<List*>(sp[-1 - static_cast<int64_t>(instr.arg)]), v);
        --sp;
        decref(v);
        DISPATCH();
      }
      TARGET(SET_ADD) {
        Object* v = sp[-1];
        set_add(static_cast<Set*>(sp[-1 - static_cast<int64_t>(instr.arg)]), v);
        --sp;
        decref(v);
        DISPATCH();
      }
      TARGET(MAP_ADD) {
        Object* v = sp[-1];
        Object* k = sp[-2];
        dict_set(static_cast<Dict*>(sp[-2 - static_cast<int64_t>(instr.arg)]), k, v);
        sp -= 2;
        decref(k);
        decref(v);
        DISPATCH();
      }
      TARGET(LIST_EXTEND) {
        Object* v = sp[-1];
        list_extend_checked(sp[-1 - static_cast<int64_t>(instr.arg)], v);
        --sp;
        decref(v);
        DISPATCH();
      }
      TARGET(SET_UPDATE) {
        Object* v = sp[-1];
        set_update(static_cast<Set*>(sp[-1 - static_cast<int64_t>(instr.arg)]), v);
        --sp;
        decref(v);
        DISPATCH();
      }
      TARGET(DICT_UPDATE) {
        Object* v = sp[-1];
        dict_update_checked(sp[-1 - static_cast<int64_t>(instr.arg)], v);
        --sp;
        decref(v);
        DISPATCH();
      }
      TARGET(DICT_MERGE) {
        Object* v = sp[-1];
        int64_t a = instr.arg;
        dict_merge_for_call(sp[-1 - a], v, sp[-4 - a]);
        --sp;
        decref(v);
        DISPATCH();
      }
      TARGET(UNPACK_SEQUENCE) {
        Object* seq = sp[-1];
        uint32_t n = instr.arg;
        if (n == 2 && is_exact_tuple(seq) && tuple_size(seq) == 2) {
          Object* a = tuple_item(seq, 0);
          Object* b = tuple_item(seq, 1);
          incref(a);
          incref(b);
          sp[-1] = b;
          *sp++ = a;
          decref(seq);
          DISPATCH();
        }
        // Items land in the slots seq occupies and above; seq is put back
        // if unpacking fails (unpack_sequence releases what it stored).
        --sp;
        try {
          for (uint32_t i = 0; i < n; ++i) sp[i] = nullptr;
          unpack_sequence(seq, n, sp);
        } catch (...) {
          *sp++ = seq;
          throw;
        }
        sp += n;
        decref(seq);
        DISPATCH();
      }
      TARGET(UNPACK_EX) {
        Object* seq = sp[-1];
        uint32_t before = instr.arg & 0xFF;
        uint32_t after = instr.arg >> 8;
        --sp;
        try {
          unpack_ex(seq, before, after, sp);
        } catch (...) {
          *sp++ = seq;
          throw;
        }
        sp += before + after + 1;
        decref(seq);
        DISPATCH();
      }

      // ------------------------------------------------ calls
      TARGET(CALL) {
        uint32_t oparg = instr.arg;
        Object** callable_slot = sp - oparg - 2;
        Object* callable = callable_slot[0];
        Object** args = callable_slot + 2;
        size_t nargs = oparg;
        if (callable_slot[1]) {
          args = callable_slot + 1;
          ++nargs;
        } else if (type_of(callable) == &MethodType) {
          Method* m = static_cast<Method*>(callable);
          Object* self = m->self.get();
          Object* fn = m->func.get();
          incref(self);
          incref(fn);
          callable_slot[1] = self;
          callable_slot[0] = fn;
          decref(callable);
          callable = fn;
          args = callable_slot + 1;
          ++nargs;
        }
        f->ip = ip;  // for the callee's view of its caller (warnings, locals)
        CHECK_EVAL_BREAKER();
        Object* r;
        if (type_of(callable) == &FunctionType) {
          Function* fn = static_cast<Function*>(callable);
          Frame* nf = push_simple_frame(ts, fn, args, nargs);
          if (nf) {
            sp = args;  // the arguments moved into the new frame
          } else {
            nf = make_function_frame(ts, fn, args, nargs, nullptr);
          }
          r = eval_frame(ts, nf, nullptr);
        } else {
          r = call_object(callable, args, nargs, nullptr).release();
        }
        while (sp > callable_slot) {
          Object* o = *--sp;
          xdecref(o);
        }
        *sp++ = r;
        DISPATCH();
      }
      TARGET(CALL_KW) {
        uint32_t oparg = instr.arg;
        Object* kwnames = sp[-1];
        Object** callable_slot = sp - oparg - 3;
        Object* callable = callable_slot[0];
        Object** args = callable_slot + 2;
        size_t nargs = oparg - static_cast<size_t>(tuple_size(kwnames));
        if (callable_slot[1]) {
          args = callable_slot + 1;
          ++nargs;
        } else if (type_of(callable) == &MethodType) {
          Method* m = static_cast<Method*>(callable);
          Object* self = m->self.get();
          Object* fn = m->func.get();
          incref(self);
          incref(fn);
          callable_slot[1] = self;
          callable_slot[0] = fn;
          decref(callable);
          callable = fn;
          args = callable_slot + 1;
          ++nargs;
        }
        f->ip = ip;  // for the callee's view of its caller (warnings, locals)
        CHECK_EVAL_BREAKER();
        Object* r;
        if (type_of(callable) == &FunctionType) {
          Frame* nf = make_function_frame(ts, static_cast<Function*>(callable), args, nargs, kwnames);
          r = eval_frame(ts, nf, nullptr);
        } else {
          r = call_object(callable, args, nargs, kwnames).release();
        }
        while (sp > callable_slot) {
          Object* o = *--sp;
          xdecref(o);
        }
        *sp++ = r;
        DISPATCH();
      }
      TARGET(CALL_FUNCTION_EX) {
        Object* kwargs = (instr.arg & 1) ? sp[-1] : nullptr;
        Object** callable_slot = sp - ((instr.arg & 1) ? 4 : 3);
        Object* callable = callable_slot[0];
        Object* cargs = callable_slot[2];
        f->ip = ip;  // for the callee's view of its caller (warnings, locals)
        CHECK_EVAL_BREAKER();
        Object* r = call_function_ex(callable, cargs, kwargs).release();
        while (sp > callable_slot) {
          Object* o = *--sp;
          xdecref(o);
        }
        *sp++ = r;
        DISPATCH();
      }
      TARGET(CALL_INTRINSIC_1) {
        Object* v = sp[-1];
        Object* r = call_intrinsic1(ts, f, instr.arg, v).release();
        sp[-1] = r;
        decref(v);
        DISPATCH();
      }
      TARGET(CALL_INTRINSIC_2) {
        raisef(&exc::SystemError, "unsupported intrinsic %u", instr.arg);
      }
      TARGET(MAKE_FUNCTION) {
        Object* code = sp[-1];
        Object* fn = make_function(f, code).release();
        sp[-1] = fn;
        decref(code);
        DISPATCH();
      }
      TARGET(SET_FUNCTION_ATTRIBUTE) {
        Object* fn = sp[-1];
        Object* v = sp[-2];
        set_function_attribute(fn, instr.arg, v);
        --sp;
        sp[-1] = fn;
        decref(v);
        DISPATCH();
      }
      TARGET(LOAD_BUILD_CLASS) {
        *sp++ = load_build_class(f).release();
        DISPATCH();
      }
      TARGET(SETUP_ANNOTATIONS) {
        setup_annotations(f);
        DISPATCH();
      }

      // ------------------------------------------------ exceptions, with
      TARGET(RAISE_VARARGS) {
        if (instr.arg == 0) {
          if (!ts->handled_exception) raise(&exc::RuntimeError, "No active exception to reraise");
          reraise = true;
          throw PyException(ts->handled_exception);
        }
        if (instr.arg == 1) {
          Ref<> e = Ref<>::steal(*--sp);
          do_raise(ts, e.get(), nullptr);
        }
        Ref<> cause = Ref<>::steal(*--sp);
        Ref<> e = Ref<>::steal(*--sp);
        do_raise(ts, e.get(), cause.get());
      }
      TARGET(RERAISE) {
        Object* e = *--sp;
        reraise = true;
        throw PyException(Ref<>::steal(e));
      }
      TARGET(PUSH_EXC_INFO) {
        Object* e = sp[-1];
        Object* prev = ts->handled_exception.release();
        sp[-1] = prev ? prev : kNone;
        *sp++ = e;
        incref(e);
        ts->handled_exception = Ref<>::steal(e);
        DISPATCH();
      }
      TARGET(POP_EXCEPT) {
        Object* prev = *--sp;
        if (prev == kNone) ts->handled_exception.reset();
        else ts->handled_exception = Ref<>::steal(prev);
        DISPATCH();
      }
      TARGET(CHECK_EXC_MATCH) {
        Object* type = sp[-1];
        bool m = check_exc_match(sp[-2], type);
        sp[-1] = m ? kTrue : kFalse;
        decref(type);
        DISPATCH();
      }
      TARGET(WITH_EXCEPT_START) {
        // [exit_func, lasti, prev_exc, val] (CPython 3.13 layout)
        Object* r = with_exit_call(sp[-4], sp[-1]).release();
        *sp++ = r;
        DISPATCH();
      }
      TARGET(BEFORE_WITH) {
        Object* mgr = sp[-1];
        Object* exit_raw;
        Object* enter_raw;
        {
          Ref<> exit_fn, enter_res;
          before_with(mgr, &exit_fn, &enter_res);
          exit_raw = exit_fn.release();
          enter_raw = enter_res.release();
        }
        sp[-1] = exit_raw;
        *sp++ = enter_raw;
        decref(mgr);
        DISPATCH();
      }
      TARGET(LOAD_ASSERTION_ERROR) {
        *sp++ = &exc::AssertionError;
        DISPATCH();
      }

      // ------------------------------------------------ formatting
      TARGET(FORMAT_SIMPLE) {
        Object* v = sp[-1];
        if (!is_exact_str(v)) {
          Object* r = format(v, empty_str()).release();
          sp[-1] = r;
          decref(v);
        }
        DISPATCH();
      }
      TARGET(FORMAT_WITH_SPEC) {
        Object* spec = sp[-1];
        Object* v = sp[-2];
        Object* r = format(v, spec).release();
        --sp;
        sp[-1] = r;
        decref(v);
        decref(spec);
        DISPATCH();
      }
      TARGET(CONVERT_VALUE) {
        Object* v = sp[-1];
        Object* r;
        switch (static_cast<Conversion>(instr.arg)) {
          case Conversion::Str: r = str(v).release(); break;
          case Conversion::Repr: r = repr(v).release(); break;
          case Conversion::Ascii: r = ascii(v).release(); break;
          default: r = v; incref(r); break;
        }
        sp[-1] = r;
        decref(v);
        DISPATCH();
      }

      // ------------------------------------------------ imports
      TARGET(IMPORT_NAME) {
        Object* fromlist = sp[-1];
        Object* level = sp[-2];
        Object* m = import_name(names[instr.arg], f->globals, fromlist, level).release();
        --sp;
        sp[-1] = m;
        decref(fromlist);
        decref(level);
        DISPATCH();
      }
      TARGET(IMPORT_FROM) {
        Object* v = import_from(sp[-1], names[instr.arg]).release();
        *sp++ = v;
        DISPATCH();
      }

#if !FTPY_COMPUTED_GOTO
          default:
            raise(&exc::SystemError, "unknown opcode");
        }
      }
#endif
    } catch (PyException& e) {
      exc = std::move(e.value);
    } catch (std::bad_alloc&) {
      exc = make_exception(&exc::MemoryError, "");
      static_cast<BaseExceptionObject*>(exc.get())->args = Ref<>::borrow(empty_tuple());
    } catch (...) {
      exc = exception_from_cxx("internal error in the ftpy runtime");
    }

  exception_unwind : {
    int64_t lasti = (ip - first) - 1;
    if (lasti < 0) lasti = 0;
    if (!reraise) {
      traceback_add(exc.get(), co, lasti);
      if (ts->handled_exception) {
        set_exception_context(exc.get(), ts->handled_exception.get(), false);
      }
    }
    reraise = false;
    const ExceptionTableEntry* h = find_handler(co, lasti);
    if (!h) break;
    Object** target = stack_base + h->depth;
    while (sp > target) {
      Object* o = *--sp;
      xdecref(o);
    }
    if (h->push_lasti) *sp++ = new_int(lasti);
    *sp++ = exc.release();
    ip = first + h->target;
  }
  }

  // Unhandled exception: tear the frame down and pass it to the caller.
  ts->current_frame = f->previous;
  --ts->recursion_depth;
  frame_clear_values(f, sp);
  if (f->owner == FrameOwner::kDataStack) datastack_pop(ts, f);
  else f->state = FrameState::kCompleted;
  throw PyException(std::move(exc));

exit_frame:
  ts->current_frame = f->previous;
  --ts->recursion_depth;
  frame_clear_values(f, sp);
  if (f->owner == FrameOwner::kDataStack) datastack_pop(ts, f);
  else f->state = FrameState::kCompleted;
  return retval;
}

}  // namespace ftpy::vm
