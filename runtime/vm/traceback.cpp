// traceback.cpp — the traceback type, appending entries as exceptions
// unwind, and implicit exception chaining (__context__).
//
// Invariant: BaseExceptionObject::traceback is null or a Traceback whose
// chain ends in null; entries are only ever prepended.
//
// Concurrency: an exception in flight belongs to the thread raising it;
// tracebacks are built by that thread only.
#include "runtime/vm/traceback.h"

#include "objects/api.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/type.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy::vm {

Type TracebackType;

Ref<> traceback_new(Object* next, Code* code, int64_t lasti) {
  Traceback* tb = new_object<Traceback>(&TracebackType);
  Ref<> r = Ref<>::steal(tb);
  tb->next = Ref<>::borrow(next);
  tb->code = Ref<>::borrow(code);
  tb->lasti = lasti;
  tb->lineno = code_line_of(code, lasti);
  return r;
}

void traceback_add(Object* exc, Code* code, int64_t lasti) {
  if (!is_exception(exc)) return;
  auto* be = static_cast<BaseExceptionObject*>(exc);
  be->traceback = traceback_new(be->traceback.get(), code, lasti);
}

void set_exception_context(Object* exc, Object* handled, bool overwrite) {
  if (!handled || handled == exc || !is_exception(exc) || !is_exception(handled)) return;
  auto* be = static_cast<BaseExceptionObject*>(exc);
  if (be->context && !overwrite) return;
  // Break a cycle: if exc already appears in handled's context chain, cut
  // the chain just before it (CPython's rule). Floyd's check bounds the
  // walk even if the chain is already cyclic.
  Object* o = handled;
  Object* slow = handled;
  bool advance_slow = false;
  while (true) {
    auto* ob = static_cast<BaseExceptionObject*>(o);
    Object* ctx = ob->context.get();
    if (!ctx) break;
    if (ctx == exc) {
      ob->context.reset();
      break;
    }
    o = ctx;
    if (advance_slow) slow = static_cast<BaseExceptionObject*>(slow)->context.get();
    advance_slow = !advance_slow;
    if (o == slow) break;
  }
  be->context = Ref<>::borrow(handled);
}

namespace {

Ref<> tb_get_next(Object* self) {
  Traceback* tb = static_cast<Traceback*>(self);
  return tb->next ? tb->next : none();
}
void tb_set_next(Object* self, Object* v) {
  if (!v) raise(&exc::TypeError, "can't delete tb_next attribute");
  if (v != kNone && type_of(v) != &TracebackType) {
    raisef(&exc::TypeError, "expected traceback object or None, got '%s'", type_name_of(v));
  }
  for (Object* c = v; c && c != kNone; c = static_cast<Traceback*>(c)->next.get()) {
    if (c == self) raise(&exc::ValueError, "traceback loop detected");
  }
  static_cast<Traceback*>(self)->next = v == kNone ? Ref<>() : Ref<>::borrow(v);
}
Ref<> tb_get_lineno(Object* self) {
  int32_t line = static_cast<Traceback*>(self)->lineno;
  return line < 0 ? none() : int_from(line);
}
Ref<> tb_get_lasti(Object* self) {
  // CPython reports a byte offset (2 bytes per code unit).
  return int_from(static_cast<Traceback*>(self)->lasti * 2);
}
Ref<> tb_get_frame(Object*) { return none(); }
Ref<> tb_get_code(Object* self) { return static_cast<Traceback*>(self)->code; }

const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr},
    {"tb_code", tb_get_code, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void tb_traverse(Object* self, VisitFn visit, void* arg) {
  Traceback* tb = static_cast<Traceback*>(self);
  if (tb->next) visit(tb->next.get(), arg);
  if (tb->code) visit(tb->code.get(), arg);
}

void tb_dealloc(Object* self) {
  // Long chains (deep recursion) are released iteratively, not by nested
  // destructors, so freeing a 100000-entry traceback cannot overflow the
  // C++ stack.
  Traceback* tb = static_cast<Traceback*>(self);
  Ref<> next = std::move(tb->next);
  destroy_object<Traceback>(self);
  while (next && type_of(next.get()) == &TracebackType && refcount_of(next.get()) == 1) {
    Traceback* n = static_cast<Traceback*>(next.get());
    Ref<> after = std::move(n->next);
    next = std::move(after);  // drops n (count 1 → 0) without recursion
  }
}

}  // namespace

void init_traceback_type() {
  Type& t = TracebackType;
  t.name = "traceback";
  t.basicsize = sizeof(Traceback);
  t.flags = kTypeHasGc;
  t.tp_dealloc = tb_dealloc;
  t.tp_traverse = tb_traverse;
  t.getsets = kTracebackGetSets;
  type_ready(&t);
}

}  // namespace ftpy::vm
