// frame.h — the activation record of one running Python function, class
// body or module, and the per-thread data stack frames are carved from.
//
// Layout (CPython 3.11+ design): a Frame header followed by `localsplus`:
// Code::nlocalsplus slots for locals, cells and free variables, then
// Code::stacksize slots for the value stack. Every slot holds an owned
// reference or null.
//
// Frames of ordinary calls live in the thread's chunked data stack (a bump
// allocator: push on call, pop on return, no malloc per call). Generator
// frames live inside their Generator object (objects/generator.h) and are
// copied there by RETURN_GENERATOR.
//
// Ownership: `code`, `func`, `globals`, `builtins`, `locals` are borrowed.
// For a data-stack frame the caller keeps them alive for the whole call (the
// callable sits on the caller's value stack; eval_code's arguments are held
// by its caller). A generator frame's Generator owns `func`, which owns the
// code, globals and builtins.
//
// Concurrency: a frame belongs to the thread that runs it (a generator frame
// to whichever thread is resuming it; gi_running forbids two at once).
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/code.h"
#include "objects/function.h"
#include "objects/object.h"
#include "runtime/threads/thread_state.h"

namespace ftpy::vm {

enum class FrameOwner : uint8_t { kDataStack, kGenerator };
enum class FrameState : uint8_t { kCreated, kRunning, kSuspended, kCompleted };

struct Frame {
  Code* code = nullptr;
  Function* func = nullptr;   // null for module / exec / eval code
  Object* globals = nullptr;  // a Dict
  Object* builtins = nullptr; // a Dict
  Object* locals = nullptr;   // mapping for LOAD_NAME/STORE_NAME; null in function frames
  Frame* previous = nullptr;  // the frame below this one on its thread while it runs
  const vm::Instr* ip = nullptr;  // next instruction (valid while suspended, before start, and
                                  // during a call made by CALL*: the caller's position)
  Object** sp = nullptr;          // value stack top (valid while suspended / before start)
  FrameOwner owner = FrameOwner::kDataStack;
  FrameState state = FrameState::kCreated;
  Object* localsplus[1];  // nlocalsplus + stacksize slots (allocated past the struct)

  Object** stack_base() { return localsplus + code->nlocalsplus; }
};

// Bytes a frame for `code` needs (header + locals + value stack).
inline size_t frame_size_bytes(const Code* code) {
  return offsetof(Frame, localsplus) +
         sizeof(Object*) * static_cast<size_t>(code->nlocalsplus + code->stacksize);
}

// Initialises the header and nulls every slot; ip = first instruction,
// sp = stack base.
void frame_init(Frame* f, Code* code, Function* func, Object* globals, Object* builtins,
                Object* locals, FrameOwner owner);

// Slow paths of the two functions below (frame.cpp): link in a new chunk /
// return to the previous one.
Frame* datastack_push_slow(ThreadState* ts, size_t words);
void datastack_pop_slow(ThreadState* ts, Frame* f);

// Pushes an uninitialised frame for `code` on the thread's data stack
// (amortised O(1): a pointer bump; a new chunk only when the current one is
// full). Throws std::bad_alloc.
inline Frame* datastack_push(ThreadState* ts, const Code* code) {
  size_t words = (frame_size_bytes(code) + sizeof(Object*) - 1) / sizeof(Object*);
  Object** top = ts->datastack_top;
  if (static_cast<size_t>(ts->datastack_limit - top) >= words) {
    ts->datastack_top = top + words;
    return reinterpret_cast<Frame*>(top);
  }
  return datastack_push_slow(ts, words);
}
// Pops the most recently pushed frame (must be `f`).
inline void datastack_pop(ThreadState* ts, Frame* f) {
  Object** base = reinterpret_cast<Object**>(f);
  if (base != ts->datastack_base) {
    ts->datastack_top = base;
    return;
  }
  datastack_pop_slow(ts, f);
}
// Releases the thread's chunks (thread exit).
void datastack_release(ThreadState* ts);

// Drops every reference the frame holds: locals, cells, free variables and
// the value stack up to `sp`. Leaves the slots null.
inline void frame_clear_values(Frame* f, Object** sp) {
  Object** p = f->localsplus;
  while (sp > p) {
    Object* o = *--sp;
    *sp = nullptr;
    if (o) decref(o);
  }
}

// A data-stack frame for `func` (a Function) with the arguments bound
// (call.cpp). On a binding error the frame is cleared and popped before the
// TypeError propagates.
Frame* make_function_frame(ThreadState* ts, Function* func, Object* const* args, size_t nargs,
                           Object* kwnames);
// Binds vectorcall arguments (borrowed) into f->localsplus with CPython's
// rules and TypeError messages (call.cpp).
void bind_arguments(Function* func, Code* co, Object** localsplus, Object* const* args,
                    size_t nargs, Object* kwnames);

// Runs a frame until it returns (result: a new reference), raises (throws
// PyException) or, for a generator frame, yields (f->state == kSuspended; the
// result is the yielded value). `throw_exc` (owned, may be null) is raised
// at the frame's current instruction first (generator.throw()). Data-stack
// frames are cleared and popped when the call ends either way.
Object* eval_frame(ThreadState* ts, Frame* f, Object* throw_exc);

// Eval-breaker service routine: called when ts->eval_breaker is non-zero.
void handle_eval_breaker(ThreadState* ts);

}  // namespace ftpy::vm
