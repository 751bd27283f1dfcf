// codegen_exc.cpp — exception handling and non-local exits, in CPython
// 3.13's shapes: try/except (SETUP_FINALLY to the handler chain, PUSH_EXC_INFO,
// CHECK_EXC_MATCH, `as name` cleanup), try/finally (the finally body is
// emitted twice: on the normal path and in the handler that re-raises),
// `with` (BEFORE_WITH, SETUP_WITH, __exit__(None, None, None) on the normal
// path, WITH_EXCEPT_START on the exceptional one), `yield from` (SEND loop with
// CLEANUP_THROW), and return/break/continue leaving nested blocks: each
// enclosing "frame block" (loop, try, finally, with, handler) emits its
// unwinding code in order, innermost first.
//
// Handler ranges are expressed with the SETUP_*/POP_BLOCK pseudo-ops; the
// assembler turns them into the exception table.
// Concurrency: one compiling thread.
#include "runtime/compiler/codegen.h"

namespace ftpy::compiler {

using namespace ast;
using vm::Opcode;

namespace {
constexpr size_t kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS
}

void Codegen::push_fblock(FBlock fb, Loc loc) {
  if (u_->fblocks.size() >= kMaxBlocks)
    compile_error(Pos{loc.lineno, loc.col, loc.end_lineno, loc.end_col},
                  "too many statically nested blocks");
  fb.loc = loc;
  u_->fblocks.push_back(std::move(fb));
}

void Codegen::pop_fblock() { u_->fblocks.pop_back(); }

void Codegen::pop_except_and_reraise(Loc loc) {
  emit(Opcode::COPY, 3, loc);
  emit(Opcode::POP_EXCEPT, loc);
  emit(Opcode::RERAISE, 1, loc);
}

void Codegen::call_exit_with_nones(Loc loc) {
  emit_load_none(loc);
  emit_load_none(loc);
  emit_load_none(loc);
  emit(Opcode::CALL, 2, loc);
}

void Codegen::unwind_fblock(const FBlock& fb, Loc* loc, bool preserve_tos) {
  switch (fb.kind) {
    case FBlock::WhileLoop:
    case FBlock::ExceptionHandler:
      return;
    case FBlock::ForLoop:
      if (preserve_tos) emit(Opcode::SWAP, 2, *loc);
      emit(Opcode::POP_TOP, *loc);
      return;
    case FBlock::TryExcept:
      emit_pseudo(kPopBlock, *loc);
      return;
    case FBlock::FinallyTry: {
      emit_pseudo(kPopBlock, *loc);
      if (preserve_tos) push_fblock(FBlock{FBlock::PopValue}, *loc);
      visit_body(*fb.finalbody);
      if (preserve_tos) pop_fblock();
      *loc = kNoLoc;
      return;
    }
    case FBlock::FinallyEnd:
      if (preserve_tos) emit(Opcode::SWAP, 2, *loc);
      emit(Opcode::POP_TOP, *loc);
      if (preserve_tos) emit(Opcode::SWAP, 2, *loc);
      emit_pseudo(kPopBlock, *loc);
      emit(Opcode::POP_EXCEPT, *loc);
      return;
    case FBlock::With:
      *loc = fb.loc;
      emit_pseudo(kPopBlock, *loc);
      if (preserve_tos) emit(Opcode::SWAP, 2, *loc);
      call_exit_with_nones(*loc);
      emit(Opcode::POP_TOP, *loc);
      *loc = kNoLoc;
      return;
    case FBlock::HandlerCleanup:
      if (!fb.name.empty()) emit_pseudo(kPopBlock, *loc);
      if (preserve_tos) emit(Opcode::SWAP, 2, *loc);
      emit_pseudo(kPopBlock, *loc);
      emit(Opcode::POP_EXCEPT, *loc);
      if (!fb.name.empty()) {
        emit_load_none(*loc);
        name_op(fb.name, Ctx::Store, *loc);
        name_op(fb.name, Ctx::Del, *loc);
      }
      return;
    case FBlock::PopValue:
      if (preserve_tos) emit(Opcode::SWAP, 2, *loc);
      emit(Opcode::POP_TOP, *loc);
      return;
  }
}

bool Codegen::unwind_fblock_stack(Loc* loc, bool preserve_tos, bool want_loop, FBlock* loop) {
  if (u_->fblocks.empty()) return false;
  FBlock top = u_->fblocks.back();
  if (want_loop && (top.kind == FBlock::WhileLoop || top.kind == FBlock::ForLoop)) {
    *loop = top;
    return true;
  }
  u_->fblocks.pop_back();
  unwind_fblock(top, loc, preserve_tos);
  bool found = unwind_fblock_stack(loc, preserve_tos, want_loop, loop);
  u_->fblocks.push_back(std::move(top));
  return found;
}

void Codegen::visit_return(const Return* s) {
  Loc loc = loc_of(*s);
  if (!u_->scope->function_like()) compile_error(*s, "'return' outside function");
  Const folded;
  bool is_const = s->value && try_fold(s->value, &folded);
  bool preserve_tos = s->value && !is_const;
  if (preserve_tos)
    visit_expr(s->value);
  else if (s->value)
    emit(Opcode::NOP, loc_of(*s->value));
  if (!s->value || s->value->lineno != s->lineno) emit(Opcode::NOP, loc);
  unwind_fblock_stack(&loc, preserve_tos, false, nullptr);
  if (!s->value)
    emit_load_none(loc);
  else if (!preserve_tos)
    emit_load_const(folded, loc);
  emit(Opcode::RETURN_VALUE, loc);
}

void Codegen::visit_break(const Stmt* s) {
  Loc loc = loc_of(*s);
  emit(Opcode::NOP, loc);
  FBlock loop{FBlock::WhileLoop};
  if (!unwind_fblock_stack(&loc, false, true, &loop)) compile_error(*s, "'break' outside loop");
  unwind_fblock(loop, &loc, false);
  emit_jump(kJump, loop.exit, loc);
}

void Codegen::visit_continue(const Stmt* s) {
  Loc loc = loc_of(*s);
  emit(Opcode::NOP, loc);
  FBlock loop{FBlock::WhileLoop};
  if (!unwind_fblock_stack(&loc, false, true, &loop))
    compile_error(*s, "'continue' not properly in loop");
  emit_jump(kJump, loop.block, loc);
}

void Codegen::visit_raise(const Raise* s) {
  uint32_t n = 0;
  if (s->exc) {
    visit_expr(s->exc);
    ++n;
    if (s->cause) {
      visit_expr(s->cause);
      ++n;
    }
  }
  emit(Opcode::RAISE_VARARGS, n, loc_of(*s));
}

void Codegen::visit_try(const Try* s) {
  if (!s->finalbody.empty())
    visit_try_finally(s);
  else
    visit_try_except(s);
}

void Codegen::visit_try_finally(const Try* s) {
  Loc loc = loc_of(*s);
  int body = new_label(), end = new_label(), exit = new_label(), cleanup = new_label();
  emit_jump(kSetupFinally, end, loc);
  bind(body);
  FBlock fb{FBlock::FinallyTry};
  fb.block = body;
  fb.exit = end;
  fb.finalbody = &s->finalbody;
  push_fblock(fb, loc);
  if (!s->handlers.empty())
    visit_try_except(s);
  else
    visit_body(s->body);
  emit_pseudo(kPopBlock, kNoLoc);
  pop_fblock();
  visit_body(s->finalbody);
  emit_jump(kJumpNoInterrupt, exit, kNoLoc);
  // The exceptional path: run the finally body and re-raise.
  bind(end);
  emit_jump(kSetupCleanup, cleanup, kNoLoc);
  emit(Opcode::PUSH_EXC_INFO, kNoLoc);
  FBlock fe{FBlock::FinallyEnd};
  fe.block = end;
  push_fblock(fe, loc);
  visit_body(s->finalbody);
  pop_fblock();
  emit(Opcode::RERAISE, 0, kNoLoc);
  bind(cleanup);
  pop_except_and_reraise(kNoLoc);
  bind(exit);
}

void Codegen::visit_try_except(const Try* s) {
  Loc loc = loc_of(*s);
  int body = new_label(), except = new_label(), end = new_label(), cleanup = new_label();
  emit_jump(kSetupFinally, except, loc);
  bind(body);
  FBlock fb{FBlock::TryExcept};
  fb.block = body;
  push_fblock(fb, loc);
  visit_body(s->body);
  pop_fblock();
  emit_pseudo(kPopBlock, kNoLoc);
  visit_body(s->orelse);
  emit_jump(kJump, end, kNoLoc);
  size_t n = s->handlers.size();
  bind(except);
  emit_jump(kSetupCleanup, cleanup, kNoLoc);
  emit(Opcode::PUSH_EXC_INFO, kNoLoc);
  push_fblock(FBlock{FBlock::ExceptionHandler}, loc);
  for (size_t i = 0; i < n; ++i) {
    const ExceptHandler* h = s->handlers[i];
    Loc hloc = loc_of(*h);
    if (!h->type && i + 1 < n) compile_error(*h, "default 'except:' must be last");
    int next_except = new_label();
    if (h->type) {
      visit_expr(h->type);
      emit(Opcode::CHECK_EXC_MATCH, hloc);
      emit_jump(Opcode::POP_JUMP_IF_FALSE, next_except, hloc);
    }
    if (!h->name.empty()) {
      int cleanup_end = new_label(), cleanup_body = new_label();
      name_op(h->name, Ctx::Store, hloc);
      emit_jump(kSetupCleanup, cleanup_end, hloc);
      bind(cleanup_body);
      FBlock hc{FBlock::HandlerCleanup};
      hc.block = cleanup_body;
      hc.name = h->name;
      push_fblock(hc, hloc);
      visit_body(h->body);
      pop_fblock();
      emit_pseudo(kPopBlock, kNoLoc);
      emit_pseudo(kPopBlock, kNoLoc);
      emit(Opcode::POP_EXCEPT, kNoLoc);
      emit_load_none(kNoLoc);
      name_op(h->name, Ctx::Store, kNoLoc);
      name_op(h->name, Ctx::Del, kNoLoc);
      emit_jump(kJump, end, kNoLoc);
      bind(cleanup_end);
      emit_load_none(kNoLoc);
      name_op(h->name, Ctx::Store, kNoLoc);
      name_op(h->name, Ctx::Del, kNoLoc);
      emit(Opcode::RERAISE, 1, kNoLoc);
    } else {
      int cleanup_body = new_label();
      emit(Opcode::POP_TOP, hloc);
      bind(cleanup_body);
      FBlock hc{FBlock::HandlerCleanup};
      hc.block = cleanup_body;
      push_fblock(hc, hloc);
      visit_body(h->body);
      pop_fblock();
      emit_pseudo(kPopBlock, kNoLoc);
      emit(Opcode::POP_EXCEPT, kNoLoc);
      emit_jump(kJump, end, kNoLoc);
    }
    bind(next_except);
  }
  pop_fblock();
  emit(Opcode::RERAISE, 0, kNoLoc);
  bind(cleanup);
  pop_except_and_reraise(kNoLoc);
  bind(end);
}

void Codegen::visit_with(const With* s, size_t pos) {
  const WithItem& item = s->items[pos];
  int block = new_label(), final = new_label(), exit = new_label(), cleanup = new_label();
  visit_expr(item.context_expr);
  Loc loc = loc_of(*item.context_expr);
  emit(Opcode::BEFORE_WITH, loc);
  emit_jump(kSetupWith, final, loc);
  bind(block);
  FBlock fb{FBlock::With};
  fb.block = block;
  fb.exit = final;
  push_fblock(fb, loc);
  if (item.optional_vars)
    assign_target(item.optional_vars, loc);
  else
    emit(Opcode::POP_TOP, loc);
  if (pos + 1 == s->items.size())
    visit_body(s->body);
  else
    visit_with(s, pos + 1);
  pop_fblock();
  emit_pseudo(kPopBlock, kNoLoc);
  call_exit_with_nones(loc);
  emit(Opcode::POP_TOP, loc);
  emit_jump(kJump, exit, loc);
  bind(final);
  emit_jump(kSetupCleanup, cleanup, loc);
  emit(Opcode::PUSH_EXC_INFO, loc);
  emit(Opcode::WITH_EXCEPT_START, loc);
  with_except_finish(cleanup);
  bind(exit);
}

void Codegen::with_except_finish(int cleanup) {
  int suppress = new_label(), exit = new_label();
  emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress, kNoLoc);
  emit(Opcode::RERAISE, 2, kNoLoc);
  bind(suppress);
  emit(Opcode::POP_TOP, kNoLoc);
  emit_pseudo(kPopBlock, kNoLoc);
  emit(Opcode::POP_EXCEPT, kNoLoc);
  emit(Opcode::POP_TOP, kNoLoc);
  emit(Opcode::POP_TOP, kNoLoc);
  emit_jump(kJumpNoInterrupt, exit, kNoLoc);
  bind(cleanup);
  pop_except_and_reraise(kNoLoc);
  bind(exit);
}

void Codegen::emit_yield(Loc loc) {
  emit(Opcode::YIELD_VALUE, 0, loc);
  emit(Opcode::RESUME, 1, loc);
}

void Codegen::yield_from(Loc loc) {
  int send = new_label(), fail = new_label(), exit = new_label();
  bind(send);
  emit_jump(Opcode::SEND, exit, loc);
  emit_jump(kSetupFinally, fail, loc);
  emit(Opcode::YIELD_VALUE, 1, loc);
  emit_pseudo(kPopBlock, kNoLoc);
  emit(Opcode::RESUME, 2, loc);
  emit_jump(kJumpNoInterrupt, send, loc);
  bind(fail);
  emit(Opcode::CLEANUP_THROW, loc);
  bind(exit);
  emit(Opcode::END_SEND, loc);
}

}  // namespace ftpy::compiler
