// generator.cpp — generator objects: creation from a frame, send / throw /
// close, `yield from` delegation for throw and close, and the Python-level
// type (repr, __name__, __qualname__, gi_running ...).
//
// A generator owns its frame (embedded after the object). Resuming pushes
// the sent value onto the frame's stack (the result of the YIELD_VALUE it
// was suspended at, or the value POP_TOP drops after RETURN_GENERATOR) and
// re-enters eval_frame; the frame returns on the next YIELD_VALUE (state
// kSuspended) or when it finishes (kCompleted, slots already released).
//
// Exception state: a generator has its own "exception being handled"
// (exc_state). While it runs, the thread's handled exception is the
// generator's if it has one, else the caller's; on suspension the
// generator keeps whatever it was handling and the caller's is restored.
//
// Concurrency: `running` is taken with an atomic exchange, so two threads
// resuming the same generator get "generator already executing" rather
// than sharing a frame.
#include "objects/generator.h"

#include <cstdio>
#include <cstring>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/identifiers.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/interp.h"
#include "runtime/vm/traceback.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy {

Type GeneratorType;

using vm::Frame;
using vm::FrameOwner;
using vm::FrameState;
using vm::Opcode;

vm::Frame* generator_frame(Generator* g) {
  return reinterpret_cast<Frame*>(reinterpret_cast<char*>(g) + sizeof(Generator));
}

namespace {

// True if the frame is suspended inside `yield from` (at the YIELD_VALUE
// that follows SEND): the sub-iterator is then on top of its stack.
bool is_delegating(Frame* f) {
  if (f->state != FrameState::kSuspended) return false;
  const vm::Instr* first = f->code->code.data();
  const vm::Instr* ip = f->ip;
  return ip - first >= 2 && ip[-1].op == Opcode::YIELD_VALUE && ip[-2].op == Opcode::SEND &&
         f->sp > f->stack_base();
}

// Whether resuming pushes a value (after YIELD_VALUE or RETURN_GENERATOR).
bool resume_pushes(Frame* f) {
  const vm::Instr* first = f->code->code.data();
  const vm::Instr* ip = f->ip;
  return ip > first && (ip[-1].op == Opcode::YIELD_VALUE || ip[-1].op == Opcode::RETURN_GENERATOR);
}

class RunningGuard {
 public:
  explicit RunningGuard(Generator* g) : g_(g) {
    if (g->running.exchange(true, std::memory_order_acquire)) {
      raise(&exc::ValueError, "generator already executing");
    }
  }
  ~RunningGuard() { g_->running.store(false, std::memory_order_release); }

 private:
  Generator* g_;
};

// Runs the frame once (value already pushed, or `throw_exc` to raise).
Ref<> resume(Generator* g, Object* throw_exc, Ref<>* returned) {
  Frame* f = generator_frame(g);
  ThreadState* ts = current_thread_state();
  Ref<> saved = ts->handled_exception;
  if (g->exc_state) ts->handled_exception = g->exc_state;
  Object* r;
  try {
    r = vm::eval_frame(ts, f, throw_exc);
  } catch (PyException& e) {
    g->exc_state.reset();
    ts->handled_exception = std::move(saved);
    if (exception_matches(e.value.get(), &exc::StopIteration)) {
      throw PyException(vm::stop_iteration_to_runtime_error(e.value.get()));
    }
    throw;
  }
  if (f->state == FrameState::kSuspended) {
    if (ts->handled_exception.get() != saved.get()) g->exc_state = ts->handled_exception;
    else g->exc_state.reset();
    ts->handled_exception = std::move(saved);
    return Ref<>::steal(r);
  }
  g->exc_state.reset();
  ts->handled_exception = std::move(saved);
  *returned = Ref<>::steal(r);
  return {};
}

// Closes a sub-iterator for close()/GeneratorExit delegation.
void close_subiterator(Object* yf) {
  if (type_of(yf) == &GeneratorType) {
    Generator* sub = static_cast<Generator*>(yf);
    Ref<> returned;
    Ref<> e = make_exception(&exc::GeneratorExit, "");
    static_cast<BaseExceptionObject*>(e.get())->args = Ref<>::borrow(empty_tuple());
    try {
      Ref<> y = generator_throw(sub, std::move(e), &returned);
      if (y) raise(&exc::RuntimeError, "generator ignored GeneratorExit");
    } catch (PyException& ex) {
      if (!exception_matches(ex.value.get(), &exc::GeneratorExit) &&
          !exception_matches(ex.value.get(), &exc::StopIteration)) {
        throw;
      }
    }
    return;
  }
  if (Ref<> meth = getattr_or_null(yf, id::close)) call0(meth.get());
}

Ref<> new_generator_exit() {
  Ref<> e = make_exception(&exc::GeneratorExit, "");
  static_cast<BaseExceptionObject*>(e.get())->args = Ref<>::borrow(empty_tuple());
  return e;
}

Ref<> generator_close(Generator* g) {
  Frame* f = generator_frame(g);
  if (f->state == FrameState::kCreated) {
    vm::frame_clear_values(f, f->sp);
    f->state = FrameState::kCompleted;
    return none();
  }
  if (f->state == FrameState::kCompleted) return none();
  Ref<> returned;
  try {
    Ref<> y = generator_throw(g, new_generator_exit(), &returned);
    if (y) raise(&exc::RuntimeError, "generator ignored GeneratorExit");
  } catch (PyException& e) {
    if (exception_matches(e.value.get(), &exc::GeneratorExit) ||
        exception_matches(e.value.get(), &exc::StopIteration)) {
      return none();
    }
    throw;
  }
  return returned ? returned : none();
}

[[noreturn]] void raise_return_value(Ref<>& returned) {
  if (!returned || returned.get() == kNone) raise_empty(&exc::StopIteration);
  raise_stop_iteration(returned.get());
}

// ---------------------------------------------------------------- slots

Ref<> gen_iternext(Object* self) {
  Ref<> returned;
  return generator_send(static_cast<Generator*>(self), kNone, &returned);
}

Ref<> gen_iter(Object* self) { return Ref<>::borrow(self); }

Ref<> gen_repr(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  std::string q = g->qualname && is_str(g->qualname.get()) ? std::string(str_view(g->qualname.get()))
                                                            : std::string("?");
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self));
  return str_new("<generator object " + q + buf);
}

bool frame_has_handler(Frame* f) {
  int64_t lasti = (f->ip - f->code->code.data()) - 1;
  for (const ExceptionTableEntry& e : f->code->exception_table) {
    if (static_cast<int64_t>(e.start) > lasti) break;
    if (lasti < static_cast<int64_t>(e.end)) return true;
  }
  return false;
}

// tp_finalize. PEP 342: a suspended generator is closed when it dies (from
// its dealloc, or by the cycle collector when it is garbage), so its finally
// blocks run. An error is printed as CPython prints it ("Exception ignored
// in: <generator object ...>") and goes no further.
void gen_finalize(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  Frame* f = generator_frame(g);
  if (f->state != FrameState::kSuspended || !frame_has_handler(f) || !current_thread_state()) return;
  try {
    generator_close(g);
  } catch (PyException& e) {
    vm::print_unraisable("in: ", self, "", e.value.get());
  }
}

void gen_dealloc(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  Frame* f = generator_frame(g);
  if (!(self->ob_gc_bits & kGcFinalized)) {
    self->ob_gc_bits |= kGcFinalized;
    gen_finalize(self);
  }
  if (f->state != FrameState::kCompleted) {
    vm::frame_clear_values(f, f->sp);
    f->state = FrameState::kCompleted;
  }
  destroy_object<Generator>(self);
}

void gen_traverse(Object* self, VisitFn visit, void* arg) {
  Generator* g = static_cast<Generator*>(self);
  if (g->func) visit(g->func.get(), arg);
  if (g->exc_state) visit(g->exc_state.get(), arg);
  Frame* f = generator_frame(g);
  if (f->state == FrameState::kCompleted) return;
  // A running frame's sp is stale (the eval loop keeps the top in a
  // register): visit only its locals; its stack counts as outside.
  Object** end = f->state == FrameState::kRunning ? f->stack_base() : f->sp;
  for (Object** p = f->localsplus; p < end; ++p) {
    if (*p) visit(*p, arg);
  }
}

// ---------------------------------------------------------------- methods

Ref<> gen_send_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("send", kwnames);
  if (nargs != 1) {
    raisef(&exc::TypeError, "generator.send() takes exactly one argument (%zu given)", nargs);
  }
  Ref<> returned;
  Ref<> y = generator_send(static_cast<Generator*>(self), args[0], &returned);
  if (y) return y;
  raise_return_value(returned);
}

Ref<> gen_next_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__next__", kwnames);
  check_nargs("__next__", nargs, 0, 0);
  Ref<> returned;
  Ref<> y = generator_send(static_cast<Generator*>(self), kNone, &returned);
  if (y) return y;
  raise_return_value(returned);
}

Ref<> gen_iter_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__iter__", kwnames);
  check_nargs("__iter__", nargs, 0, 0);
  return Ref<>::borrow(self);
}

// throw(value) / throw(type[, value[, traceback]]) → an exception instance.
Ref<> normalize_throw_args(Object* typ, Object* val, Object* tb) {
  if (tb && tb != kNone) {
    if (std::string_view(type_name_of(tb)) != "traceback") {
      raise(&exc::TypeError, "throw() third argument must be a traceback object");
    }
  }
  Ref<> inst;
  if (is_type_object(typ) && type_has_flag(static_cast<Type*>(typ), kTypeBaseExcSubclass)) {
    if (val && val != kNone && is_instance_of(val, static_cast<Type*>(typ))) {
      inst = Ref<>::borrow(val);
    } else if (!val || val == kNone) {
      inst = call0(typ);
    } else if (is_tuple(val)) {
      inst = call_tuple_dict(typ, val, nullptr);
    } else {
      inst = call1(typ, val);
    }
  } else if (is_exception(typ)) {
    if (val && val != kNone) {
      raise(&exc::TypeError, "instance exception may not have a separate value");
    }
    inst = Ref<>::borrow(typ);
  } else {
    raisef(&exc::TypeError,
           "exceptions must be classes or instances deriving from BaseException, not %s",
           type_name_of(typ));
  }
  if (tb && tb != kNone) static_cast<BaseExceptionObject*>(inst.get())->traceback = Ref<>::borrow(tb);
  return inst;
}

Ref<> gen_throw_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("throw", kwnames);
  check_nargs("throw", nargs, 1, 3);
  if (nargs > 1) {
    vm::warn(&exc::DeprecationWarning,
             "the (type, exc, tb) signature of throw() is deprecated, use the single-arg "
             "signature instead.");
  }
  Ref<> inst = normalize_throw_args(args[0], nargs > 1 ? args[1] : nullptr,
                                    nargs > 2 ? args[2] : nullptr);
  Ref<> returned;
  Ref<> y = generator_throw(static_cast<Generator*>(self), std::move(inst), &returned);
  if (y) return y;
  raise_return_value(returned);
}

Ref<> gen_close_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("close", kwnames);
  check_nargs("close", nargs, 0, 0);
  return generator_close(static_cast<Generator*>(self));
}

const MethodDef kGeneratorMethods[] = {
    {"send", gen_send_method, kMethodPlain,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw_method, kMethodPlain,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded "
     "value or raise\nStopIteration."},
    {"close", gen_close_method, kMethodPlain, "close() -> raise GeneratorExit inside generator."},
    {"__next__", gen_next_method, kMethodPlain, "Implement next(self)."},
    {"__iter__", gen_iter_method, kMethodPlain, "Implement iter(self)."},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------- getsets

Ref<> get_name(Object* self) { return static_cast<Generator*>(self)->name; }
Ref<> get_qualname(Object* self) { return static_cast<Generator*>(self)->qualname; }
void set_name(Object* self, Object* v) {
  if (!v || !is_str(v)) raise(&exc::TypeError, "__name__ must be set to a string object");
  static_cast<Generator*>(self)->name = Ref<>::borrow(v);
}
void set_qualname(Object* self, Object* v) {
  if (!v || !is_str(v)) raise(&exc::TypeError, "__qualname__ must be set to a string object");
  static_cast<Generator*>(self)->qualname = Ref<>::borrow(v);
}
Ref<> get_running(Object* self) {
  return py_bool(static_cast<Generator*>(self)->running.load(std::memory_order_relaxed));
}
Ref<> get_suspended(Object* self) {
  return py_bool(generator_frame(static_cast<Generator*>(self))->state == FrameState::kSuspended);
}
Ref<> get_code(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  return Ref<>::borrow(generator_frame(g)->code);
}
Ref<> get_yieldfrom(Object* self) {
  Frame* f = generator_frame(static_cast<Generator*>(self));
  if (is_delegating(f)) return Ref<>::borrow(f->sp[-1]);
  return none();
}
Ref<> get_frame(Object*) { return none(); }

const GetSetDef kGeneratorGetSets[] = {
    {"__name__", get_name, set_name, nullptr},
    {"__qualname__", get_qualname, set_qualname, nullptr},
    {"gi_running", get_running, nullptr, nullptr},
    {"gi_suspended", get_suspended, nullptr, nullptr},
    {"gi_code", get_code, nullptr, nullptr},
    {"gi_yieldfrom", get_yieldfrom, nullptr, nullptr},
    {"gi_frame", get_frame, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref<> generator_send(Generator* g, Object* value, Ref<>* returned) {
  RunningGuard guard(g);
  Frame* f = generator_frame(g);
  if (f->state == FrameState::kCompleted) {
    *returned = none();
    return {};
  }
  if (f->state == FrameState::kCreated && value != kNone) {
    raise(&exc::TypeError, "can't send non-None value to a just-started generator");
  }
  if (resume_pushes(f)) {
    incref(value);
    *f->sp++ = value;
  }
  return resume(g, nullptr, returned);
}

Ref<> generator_throw(Generator* g, Ref<> exc_value, Ref<>* returned) {
  Frame* f = generator_frame(g);
  if (is_delegating(f)) {
    // Forward to the sub-iterator first (PEP 380).
    Object* yf = f->sp[-1];
    Ref<> yf_ref = Ref<>::borrow(yf);
    bool is_gen_exit = exception_matches(exc_value.get(), &exc::GeneratorExit);
    bool thrown_in = false;
    {
      RunningGuard guard(g);
      try {
        if (is_gen_exit) {
          close_subiterator(yf);
        } else if (type_of(yf) == &GeneratorType) {
          Ref<> sub_returned;
          Ref<> y = generator_throw(static_cast<Generator*>(yf), exc_value, &sub_returned);
          if (y) return y;
          // The sub-generator returned: continue this frame with its value.
          exc_value = make_exception(&exc::StopIteration, "");
          auto* be = static_cast<BaseExceptionObject*>(exc_value.get());
          Object* v = sub_returned ? sub_returned.get() : kNone;
          be->args = tuple_pack({v});
          be->extra1 = Ref<>::borrow(v);
        } else if (Ref<> meth = getattr_or_null(yf, id::throw_)) {
          Object* arg = exc_value.get();
          Ref<> y = call(meth.get(), &arg, 1);
          return y;
        }
      } catch (PyException& e) {
        exc_value = std::move(e.value);
        thrown_in = true;
      }
    }
    (void)thrown_in;
  }
  RunningGuard guard(g);
  if (f->state == FrameState::kCompleted) throw PyException(std::move(exc_value));
  if (resume_pushes(f)) {
    incref(kNone);
    *f->sp++ = kNone;
  }
  return resume(g, exc_value.release(), returned);
}

namespace vm {

Ref<> generator_from_frame(Frame* f, Object** sp, const Instr* resume_ip) {
  Code* co = f->code;
  size_t fsize = frame_size_bytes(co);
  Generator* g = new_object_extra<Generator>(&GeneratorType, fsize);
  Ref<> result = Ref<>::steal(g);
  Function* fn = f->func;
  if (fn) {
    g->func = Ref<>::borrow(fn);
    g->name = fn->name;
    g->qualname = fn->qualname;
  } else {
    g->name = co->name;
    g->qualname = co->qualname;
  }
  Frame* gf = generator_frame(g);
  gf->code = co;
  gf->func = fn;
  gf->globals = f->globals;
  gf->builtins = f->builtins;
  gf->locals = nullptr;
  gf->previous = nullptr;
  gf->ip = resume_ip;
  gf->owner = FrameOwner::kGenerator;
  gf->state = FrameState::kCreated;
  size_t nslots = static_cast<size_t>(sp - f->localsplus);
  std::memcpy(gf->localsplus, f->localsplus, nslots * sizeof(Object*));
  for (size_t i = 0; i < nslots; ++i) f->localsplus[i] = nullptr;
  gf->sp = gf->localsplus + nslots;
  return result;
}

Ref<> stop_iteration_to_runtime_error(Object* e) {
  if (!exception_matches(e, &exc::StopIteration)) return Ref<>::borrow(e);
  Ref<> err = make_exception(&exc::RuntimeError, "generator raised StopIteration");
  auto* be = static_cast<BaseExceptionObject*>(err.get());
  be->cause = Ref<>::borrow(e);
  be->context = Ref<>::borrow(e);
  be->suppress_context = true;
  return err;
}

}  // namespace vm

void init_generator_type() {
  Type& t = GeneratorType;
  t.name = "generator";
  t.basicsize = sizeof(Generator);
  t.flags = kTypeHasGc;
  t.tp_dealloc = gen_dealloc;
  t.tp_finalize = gen_finalize;
  t.tp_traverse = gen_traverse;
  t.tp_repr = gen_repr;
  t.tp_iter = gen_iter;
  t.tp_iternext = gen_iternext;
  t.methods = kGeneratorMethods;
  t.getsets = kGeneratorGetSets;
  type_ready(&t);
}

}  // namespace ftpy
