// codegen_stmt.cpp — statements: assignment (plain, augmented, annotated,
// unpacking), del, if/while/for, assert, import, expression statements and
// module/class bodies (docstring, SETUP_ANNOTATIONS). Shapes follow CPython
// 3.13's compiler so `dis` output and traceback positions line up.
// Concurrency: one compiling thread.
#include <climits>

#include "runtime/compiler/codegen.h"

namespace ftpy::compiler {

using namespace ast;
using vm::Opcode;


bool body_has_annotations(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        if (body_has_annotations(f->body) || body_has_annotations(f->orelse)) return true;
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        if (body_has_annotations(w->body) || body_has_annotations(w->orelse)) return true;
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        if (body_has_annotations(i->body) || body_has_annotations(i->orelse)) return true;
        break;
      }
      case StmtKind::With:
        if (body_has_annotations(static_cast<const With*>(s)->body)) return true;
        break;
      case StmtKind::Try: {
        auto* t = static_cast<const Try*>(s);
        if (body_has_annotations(t->body) || body_has_annotations(t->orelse) ||
            body_has_annotations(t->finalbody))
          return true;
        for (const ExceptHandler* h : t->handlers)
          if (body_has_annotations(h->body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

namespace {

const Constant* docstring_of(const std::vector<Stmt*>& body) {
  if (body.empty() || body[0]->kind != StmtKind::ExprStmt) return nullptr;
  const Expr* v = static_cast<const ExprStmt*>(body[0])->value;
  if (v->kind != ExprKind::Constant) return nullptr;
  auto* c = static_cast<const Constant*>(v);
  return c->ckind == ConstantKind::Str ? c : nullptr;
}

bool is_two_element_slice(const Expr* e) {
  return e->kind == ExprKind::Slice && !static_cast<const Slice*>(e)->step;
}

}  // namespace

void Codegen::visit_body(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) visit_stmt(s);
}

void Codegen::visit_stmts_with_docstring(const std::vector<Stmt*>& body) {
  if (body_has_annotations(body)) emit(Opcode::SETUP_ANNOTATIONS, body.empty() ? kNoLoc : loc_of(*body[0]));
  size_t start = 0;
  if (const Constant* doc = docstring_of(body)) {
    emit_load_const(const_str(clean_doc(doc->text)), loc_of(*body[0]));
    name_op("__doc__", Ctx::Store, kNoLoc);
    start = 1;
  }
  for (size_t i = start; i < body.size(); ++i) visit_stmt(body[i]);
}

void Codegen::visit_stmt(const Stmt* s) {
  Loc loc = loc_of(*s);
  switch (s->kind) {
    case StmtKind::FunctionDef:
      visit_function_def(static_cast<const FunctionDef*>(s));
      break;
    case StmtKind::ClassDef:
      visit_class_def(static_cast<const ClassDef*>(s));
      break;
    case StmtKind::Return:
      visit_return(static_cast<const Return*>(s));
      break;
    case StmtKind::Delete:
      for (const Expr* t : static_cast<const Delete*>(s)->targets) visit_delete_target(t);
      break;
    case StmtKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      // `a, b = b, a`: CPython's BUILD_TUPLE + UNPACK_SEQUENCE -> SWAP peephole.
      if (a->targets.size() == 1 && a->value->kind == ExprKind::Tuple &&
          (a->targets[0]->kind == ExprKind::Tuple || a->targets[0]->kind == ExprKind::List)) {
        auto* vt = static_cast<const ast::Tuple*>(a->value);
        const std::vector<Expr*>& te = a->targets[0]->kind == ExprKind::Tuple
                                           ? static_cast<const ast::Tuple*>(a->targets[0])->elts
                                           : static_cast<const ast::List*>(a->targets[0])->elts;
        bool simple = vt->elts.size() == te.size() && te.size() >= 2 && te.size() <= 3;
        for (const Expr* e : vt->elts) simple = simple && e->kind != ExprKind::Starred;
        for (const Expr* e : te) simple = simple && e->kind != ExprKind::Starred;
        Const folded;
        if (simple && !try_fold(a->value, &folded)) {
          for (const Expr* e : vt->elts) visit_expr(e);
          emit(Opcode::SWAP, static_cast<uint32_t>(te.size()), loc_of(*a->targets[0]));
          for (const Expr* t : te) assign_target(t, loc);
          break;
        }
      }
      visit_expr(a->value);
      for (size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size()) emit(Opcode::COPY, 1, loc);
        assign_target(a->targets[i], loc);
      }
      break;
    }
    case StmtKind::AugAssign:
      visit_augassign(static_cast<const AugAssign*>(s));
      break;
    case StmtKind::AnnAssign:
      visit_annassign(static_cast<const AnnAssign*>(s));
      break;
    case StmtKind::For:
      visit_for(static_cast<const For*>(s));
      break;
    case StmtKind::While:
      visit_while(static_cast<const While*>(s));
      break;
    case StmtKind::If:
      visit_if(static_cast<const If*>(s));
      break;
    case StmtKind::With:
      visit_with(static_cast<const With*>(s), 0);
      break;
    case StmtKind::Raise:
      visit_raise(static_cast<const Raise*>(s));
      break;
    case StmtKind::Try:
      visit_try(static_cast<const Try*>(s));
      break;
    case StmtKind::Assert:
      visit_assert(static_cast<const Assert*>(s));
      break;
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      visit_import(s);
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      break;
    case StmtKind::ExprStmt: {
      const Expr* v = static_cast<const ExprStmt*>(s)->value;
      if (interactive_ && u_->is_module) {
        visit_expr(v);
        emit(Opcode::CALL_INTRINSIC_1, static_cast<uint32_t>(vm::Intrinsic1::Print), loc);
        emit(Opcode::POP_TOP, loc);
      } else if (v->kind == ExprKind::Constant) {
        emit(Opcode::NOP, loc);
      } else {
        visit_expr(v);
        emit(Opcode::POP_TOP, kNoLoc);
      }
      break;
    }
    case StmtKind::Pass:
      emit(Opcode::NOP, loc);
      break;
    case StmtKind::Break:
      visit_break(s);
      break;
    case StmtKind::Continue:
      visit_continue(s);
      break;
  }
}

// ------------------------------------------------------------- assignment

void Codegen::assign_target(const Expr* t, Loc) {
  Loc loc = loc_of(*t);
  switch (t->kind) {
    case ExprKind::Name:
      name_op(static_cast<const Name*>(t)->id, Ctx::Store, loc);
      break;
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(t);
      if (a->value->kind == ExprKind::Name && static_cast<const Name*>(a->value)->id == "self") {
        for (size_t i = units_.size() - 1; i-- > 0;) {
          Unit* cu = units_[i].get();
          if (cu->scope->kind == ScopeKind::Class) {
            cu->static_attributes.insert(a->attr);
            break;
          }
        }
      }
      visit_expr(a->value);
      emit(Opcode::STORE_ATTR, static_cast<uint32_t>(add_name(a->attr)), attr_loc(loc, a));
      break;
    }
    case ExprKind::Subscript:
      visit_subscript(static_cast<const Subscript*>(t), Ctx::Store);
      break;
    case ExprKind::Tuple:
      unpack_target(static_cast<const ast::Tuple*>(t)->elts, t);
      break;
    case ExprKind::List:
      unpack_target(static_cast<const ast::List*>(t)->elts, t);
      break;
    case ExprKind::Starred:
      compile_error(*t, "starred assignment target must be in a list or tuple");
    default:
      compile_error(*t, "cannot assign to expression");
  }
}

void Codegen::unpack_target(const std::vector<Expr*>& elts, const Expr* whole) {
  Loc loc = loc_of(*whole);
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; ++i) {
    if (elts[i]->kind != ExprKind::Starred) continue;
    if (seen_star) compile_error(*whole, "multiple starred expressions in assignment");
    seen_star = true;
    size_t after = n - i - 1;
    if (i >= 256 || after >= (INT_MAX >> 8))
      compile_error(*whole, "too many expressions in star-unpacking assignment");
    emit(Opcode::UNPACK_EX, static_cast<uint32_t>(i | (after << 8)), loc);
  }
  if (!seen_star) emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(n), loc);
  for (const Expr* e : elts)
    assign_target(e->kind == ExprKind::Starred ? static_cast<const Starred*>(e)->value : e, loc);
}

void Codegen::visit_delete_target(const Expr* e) {
  Loc loc = loc_of(*e);
  switch (e->kind) {
    case ExprKind::Name:
      name_op(static_cast<const Name*>(e)->id, Ctx::Del, loc);
      break;
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      visit_expr(a->value);
      emit(Opcode::DELETE_ATTR, static_cast<uint32_t>(add_name(a->attr)), attr_loc(loc, a));
      break;
    }
    case ExprKind::Subscript:
      visit_subscript(static_cast<const Subscript*>(e), Ctx::Del);
      break;
    case ExprKind::Tuple:
      for (const Expr* x : static_cast<const ast::Tuple*>(e)->elts) visit_delete_target(x);
      break;
    case ExprKind::List:
      for (const Expr* x : static_cast<const ast::List*>(e)->elts) visit_delete_target(x);
      break;
    default:
      compile_error(*e, "cannot delete expression");
  }
}

void Codegen::visit_augassign(const AugAssign* s) {
  const Expr* e = s->target;
  Loc loc = loc_of(*e);
  switch (e->kind) {
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      visit_expr(a->value);
      emit(Opcode::COPY, 1, loc);
      emit(Opcode::LOAD_ATTR, static_cast<uint32_t>(add_name(a->attr)) << 1, attr_loc(loc, a));
      break;
    }
    case ExprKind::Subscript: {
      auto* sub = static_cast<const Subscript*>(e);
      visit_expr(sub->value);
      if (is_two_element_slice(sub->slice)) {
        visit_slice_parts(static_cast<const Slice*>(sub->slice));
        emit(Opcode::COPY, 3, loc);
        emit(Opcode::COPY, 3, loc);
        emit(Opcode::COPY, 3, loc);
        emit(Opcode::BINARY_SLICE, loc);
      } else {
        visit_expr(sub->slice);
        emit(Opcode::COPY, 2, loc);
        emit(Opcode::COPY, 2, loc);
        emit(Opcode::BINARY_SUBSCR, loc);
      }
      break;
    }
    case ExprKind::Name:
      name_op(static_cast<const Name*>(e)->id, Ctx::Load, loc);
      break;
    default:
      compile_error(*e, "'" + std::string("expression") + "' is an illegal expression for "
                                                          "augmented assignment");
  }
  visit_expr(s->value);
  emit(Opcode::BINARY_OP, static_cast<uint32_t>(s->op) + 13, loc_of(*s));
  switch (e->kind) {
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      Loc al = attr_loc(loc, a);
      emit(Opcode::SWAP, 2, al);
      emit(Opcode::STORE_ATTR, static_cast<uint32_t>(add_name(a->attr)), al);
      break;
    }
    case ExprKind::Subscript:
      if (is_two_element_slice(static_cast<const Subscript*>(e)->slice)) {
        emit(Opcode::SWAP, 4, loc);
        emit(Opcode::SWAP, 3, loc);
        emit(Opcode::SWAP, 2, loc);
        emit(Opcode::STORE_SLICE, loc);
      } else {
        emit(Opcode::SWAP, 3, loc);
        emit(Opcode::SWAP, 2, loc);
        emit(Opcode::STORE_SUBSCR, loc);
      }
      break;
    default:
      name_op(static_cast<const Name*>(e)->id, Ctx::Store, loc);
      break;
  }
}

void Codegen::visit_annassign(const AnnAssign* s) {
  Loc loc = loc_of(*s);
  const Expr* t = s->target;
  if (s->value) {
    visit_expr(s->value);
    assign_target(t, loc);
  }
  bool module_or_class = u_->is_module || u_->scope->kind == ScopeKind::Class;
  switch (t->kind) {
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(t);
      if (n->id == "__debug__") compile_error(*t, "cannot assign to __debug__");
      if (s->simple && module_or_class) {
        visit_expr(s->annotation);
        emit(Opcode::LOAD_NAME, static_cast<uint32_t>(add_name_raw("__annotations__")), loc);
        emit_load_const(const_str(mangled(n->id)), loc);
        emit(Opcode::STORE_SUBSCR, loc);
      }
      break;
    }
    case ExprKind::Attribute:
      if (!s->value) {
        visit_expr(static_cast<const Attribute*>(t)->value);
        emit(Opcode::POP_TOP, loc);
      }
      break;
    case ExprKind::Subscript:
      if (!s->value) {
        auto* sub = static_cast<const Subscript*>(t);
        visit_expr(sub->value);
        emit(Opcode::POP_TOP, loc);
        if (sub->slice->kind == ExprKind::Slice) {
          auto* sl = static_cast<const Slice*>(sub->slice);
          for (const Expr* p : {sl->lower, sl->upper, sl->step})
            if (p) {
              visit_expr(p);
              emit(Opcode::POP_TOP, loc);
            }
        } else {
          visit_expr(sub->slice);
          emit(Opcode::POP_TOP, loc);
        }
      }
      break;
    default:
      compile_error(*t, "illegal target for annotation");
  }
  if (!s->simple && module_or_class) {
    visit_expr(s->annotation);
    emit(Opcode::POP_TOP, loc);
  }
}

// ------------------------------------------------------------ control flow

void Codegen::visit_if(const If* s) {
  int end = new_label();
  int next = s->orelse.empty() ? end : new_label();
  jump_if(s->test, next, false);
  visit_body(s->body);
  if (!s->orelse.empty()) {
    emit_jump(kJump, end, kNoLoc);
    bind(next);
    visit_body(s->orelse);
  }
  bind(end);
}

void Codegen::visit_while(const While* s) {
  int loop = new_label(), body = new_label(), end = new_label(), anchor = new_label();
  bind(loop);
  FBlock fb{FBlock::WhileLoop};
  fb.block = loop;
  fb.exit = end;
  push_fblock(fb, loc_of(*s));
  jump_if(s->test, anchor, false);
  bind(body);
  visit_body(s->body);
  emit_jump(kJump, loop, kNoLoc);
  pop_fblock();
  bind(anchor);
  visit_body(s->orelse);
  bind(end);
}

void Codegen::visit_for(const For* s) {
  int start = new_label(), body = new_label(), cleanup = new_label(), end = new_label();
  FBlock fb{FBlock::ForLoop};
  fb.block = start;
  fb.exit = end;
  push_fblock(fb, loc_of(*s));
  visit_iterable(s->iter);
  Loc iloc = loc_of(*s->iter);
  emit(Opcode::GET_ITER, iloc);
  bind(start);
  emit_jump(Opcode::FOR_ITER, cleanup, iloc);
  bind(body);
  assign_target(s->target, loc_of(*s->target));
  visit_body(s->body);
  emit_jump(kJump, start, kNoLoc);
  bind(cleanup);
  emit(Opcode::END_FOR, kNoLoc);
  emit(Opcode::POP_TOP, kNoLoc);
  pop_fblock();
  visit_body(s->orelse);
  bind(end);
}

void Codegen::visit_assert(const Assert* s) {
  Loc loc = loc_of(*s);
  int end = new_label();
  jump_if(s->test, end, true);
  emit(Opcode::LOAD_ASSERTION_ERROR, loc);
  if (s->msg) {
    visit_expr(s->msg);
    emit(Opcode::CALL, 0, loc);
  }
  emit(Opcode::RAISE_VARARGS, 1, loc_of(*s->test));
  bind(end);
}

// ------------------------------------------------------------------ import

void Codegen::visit_import(const Stmt* s) {
  Loc loc = loc_of(*s);
  if (s->kind == StmtKind::Import) {
    for (const Alias* a : static_cast<const Import*>(s)->names) {
      emit_load_const(const_int(0), loc);
      emit_load_none(loc);
      emit(Opcode::IMPORT_NAME, static_cast<uint32_t>(add_name(a->name)), loc);
      if (!a->asname.empty()) {
        size_t dot = a->name.find('.');
        if (dot != std::string::npos) {
          while (true) {
            size_t pos = dot + 1;
            dot = a->name.find('.', pos);
            std::string attr =
                a->name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
            emit(Opcode::IMPORT_FROM, static_cast<uint32_t>(add_name(attr)), loc);
            if (dot == std::string::npos) break;
            emit(Opcode::SWAP, 2, loc);
            emit(Opcode::POP_TOP, loc);
          }
          name_op(a->asname, Ctx::Store, loc);
          emit(Opcode::POP_TOP, loc);
        } else {
          name_op(a->asname, Ctx::Store, loc);
        }
      } else {
        std::string store = a->name.substr(0, a->name.find('.'));
        name_op(store, Ctx::Store, loc);
      }
    }
    return;
  }
  auto* f = static_cast<const ImportFrom*>(s);
  emit_load_const(const_int(f->level), loc);
  std::vector<Const> names;
  for (const Alias* a : f->names) names.push_back(const_str(a->name));
  emit_load_const(const_tuple(names), loc);
  emit(Opcode::IMPORT_NAME, static_cast<uint32_t>(add_name(f->module)), loc);
  if (!f->names.empty() && f->names[0]->name == "*") {
    emit(Opcode::CALL_INTRINSIC_1, static_cast<uint32_t>(vm::Intrinsic1::ImportStar), loc);
    emit(Opcode::POP_TOP, loc);
    return;
  }
  for (const Alias* a : f->names) {
    emit(Opcode::IMPORT_FROM, static_cast<uint32_t>(add_name(a->name)), loc);
    name_op(a->asname.empty() ? a->name : a->asname, Ctx::Store, loc);
  }
  emit(Opcode::POP_TOP, loc);
}

}  // namespace ftpy::compiler
