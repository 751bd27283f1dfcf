// codegen_scope.cpp — constructs that create code objects or scopes:
// `def`, `lambda`, `class`, and comprehensions. Functions get defaults,
// keyword defaults, annotations (a tuple of name/value pairs, as 3.13) and a
// closure tuple via SET_FUNCTION_ATTRIBUTE; class bodies set __module__,
// __qualname__, __firstlineno__, __static_attributes__ and return the
// __class__ cell; list/set/dict comprehensions are inlined (PEP 709) with
// their iteration variables saved by LOAD_FAST_AND_CLEAR and restored after
// (also on the exception path); generator expressions are separate code
// objects called with the outermost iterator.
// Concurrency: one compiling thread.
#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/codegen.h"

namespace ftpy::compiler {

using namespace ast;
using vm::Opcode;

namespace {

enum CompType { kGenExp = 0, kListComp = 1, kSetComp = 2, kDictComp = 3 };

const Constant* docstring_of(const std::vector<Stmt*>& body) {
  if (body.empty() || body[0]->kind != StmtKind::ExprStmt) return nullptr;
  const Expr* v = static_cast<const ExprStmt*>(body[0])->value;
  if (v->kind != ExprKind::Constant) return nullptr;
  auto* c = static_cast<const Constant*>(v);
  return c->ckind == ConstantKind::Str ? c : nullptr;
}

void check_debug_args(const Arguments* a) {
  auto check = [](const Arg* p) {
    if (p && p->arg == "__debug__") compile_error(*p, "cannot assign to __debug__");
  };
  for (const Arg* p : a->posonlyargs) check(p);
  for (const Arg* p : a->args) check(p);
  check(a->vararg);
  for (const Arg* p : a->kwonlyargs) check(p);
  check(a->kwarg);
}

void set_arg_counts(Unit* u, const Arguments* a) {
  u->posonlyargcount = static_cast<int>(a->posonlyargs.size());
  u->argcount = static_cast<int>(a->posonlyargs.size() + a->args.size());
  u->kwonlyargcount = static_cast<int>(a->kwonlyargs.size());
}

}  // namespace

uint32_t Codegen::default_arguments(const Arguments* a, Loc loc) {
  uint32_t flags = 0;
  if (!a->defaults.empty()) {
    std::vector<Const> items;
    bool all_const = true;
    for (const Expr* d : a->defaults) {
      Const k;
      if (!try_fold(d, &k)) {
        all_const = false;
        break;
      }
      items.push_back(std::move(k));
    }
    if (all_const) {
      emit_load_const(const_tuple(items), loc);
    } else {
      for (const Expr* d : a->defaults) visit_expr(d);
      emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(a->defaults.size()), loc);
    }
    flags |= 1;
  }
  uint32_t nkw = 0;
  for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
    const Expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (!d) continue;
    emit_load_const(const_str(mangled(a->kwonlyargs[i]->arg)), loc);
    visit_expr(d);
    ++nkw;
  }
  if (nkw) {
    emit(Opcode::BUILD_MAP, nkw, loc);
    flags |= 2;
  }
  return flags;
}

bool Codegen::annotations(const Arguments* a, const Expr* returns, Loc loc) {
  uint32_t n = 0;
  auto one = [&](const std::string& name, const Expr* ann) {
    if (!ann) return;
    emit_load_const(const_str(mangled(name)), loc);
    visit_expr(ann->kind == ExprKind::Starred ? static_cast<const Starred*>(ann)->value : ann);
    ++n;
  };
  for (const Arg* p : a->args) one(p->arg, p->annotation);
  for (const Arg* p : a->posonlyargs) one(p->arg, p->annotation);
  if (a->vararg) one(a->vararg->arg, a->vararg->annotation);
  for (const Arg* p : a->kwonlyargs) one(p->arg, p->annotation);
  if (a->kwarg) one(a->kwarg->arg, a->kwarg->annotation);
  one("return", returns);
  if (!n) return false;
  emit(Opcode::BUILD_TUPLE, n * 2, loc);
  return true;
}

void Codegen::make_closure(Ref<> code, uint32_t flags, Loc loc) {
  auto* co = code.as_ptr<Code>();
  if (co->nfreevars > 0) {
    int64_t total = tuple_size(co->localsplusnames.get());
    for (int64_t i = total - co->nfreevars; i < total; ++i) {
      std::string name(str_view(tuple_item(co->localsplusnames.get(), i)));
      emit(Opcode::LOAD_FAST, deref_slot(name), loc);
    }
    emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(co->nfreevars), loc);
    flags |= 8;
  }
  emit_load_const(const_code(std::move(code)), loc);
  emit(Opcode::MAKE_FUNCTION, loc);
  for (uint32_t bit : {8u, 4u, 2u, 1u})
    if (flags & bit) emit(Opcode::SET_FUNCTION_ATTRIBUTE, bit, loc);
}

void Codegen::apply_decorators(const std::vector<Expr*>& decorators) {
  for (size_t i = decorators.size(); i-- > 0;)
    emit(Opcode::CALL, 0, loc_of(*decorators[i]));
}

void Codegen::visit_function_def(const FunctionDef* f) {
  Loc loc = loc_of(*f);
  check_debug_args(f->args);
  for (const Expr* d : f->decorator_list) visit_expr(d);
  int firstlineno = f->decorator_list.empty() ? f->lineno : f->decorator_list[0]->lineno;
  uint32_t flags = default_arguments(f->args, loc);
  if (annotations(f->args, f->returns, loc)) flags |= 4;
  Scope* sc = st_.lookup(f);
  if (!sc) compile_error(*f, "internal compiler error: no scope for function");
  enter_unit(sc, f->name, firstlineno);
  set_arg_counts(u_, f->args);
  begin_code(Loc{firstlineno, firstlineno, 0, 0});
  size_t start = 0;
  if (const Constant* doc = docstring_of(f->body)) {
    add_const(const_str(clean_doc(doc->text)));
    u_->has_docstring = true;
    start = 1;
  } else {
    add_const(const_none());
  }
  for (size_t i = start; i < f->body.size(); ++i) visit_stmt(f->body[i]);
  emit_load_none(kNoLoc);
  emit(Opcode::RETURN_VALUE, kNoLoc);
  Ref<> code = leave_unit();
  make_closure(std::move(code), flags, loc);
  apply_decorators(f->decorator_list);
  name_op(f->name, Ctx::Store, loc);
}

void Codegen::visit_lambda(const Lambda* l) {
  Loc loc = loc_of(*l);
  check_debug_args(l->args);
  uint32_t flags = default_arguments(l->args, loc);
  Scope* sc = st_.lookup(l);
  if (!sc) compile_error(*l, "internal compiler error: no scope for lambda");
  enter_unit(sc, "<lambda>", l->lineno);
  set_arg_counts(u_, l->args);
  begin_code(Loc{l->lineno, l->lineno, 0, 0});
  add_const(const_none());
  visit_expr(l->body);
  if (sc->is_generator) {
    emit(Opcode::POP_TOP, kNoLoc);
    emit_load_none(kNoLoc);
    emit(Opcode::RETURN_VALUE, kNoLoc);
  } else {
    emit(Opcode::RETURN_VALUE, loc_of(*l->body));
  }
  Ref<> code = leave_unit();
  make_closure(std::move(code), flags, loc);
}

void Codegen::visit_class_def(const ClassDef* c) {
  Loc loc = loc_of(*c);
  for (const Expr* d : c->decorator_list) visit_expr(d);
  int firstlineno = c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno;
  Scope* sc = st_.lookup(c);
  if (!sc) compile_error(*c, "internal compiler error: no scope for class");
  enter_unit(sc, c->name, firstlineno);
  begin_code(loc);
  name_op("__name__", Ctx::Load, loc);
  name_op("__module__", Ctx::Store, loc);
  emit_load_const(const_str(u_->qualname), loc);
  name_op("__qualname__", Ctx::Store, loc);
  emit_load_const(const_int(firstlineno), loc);
  name_op("__firstlineno__", Ctx::Store, loc);
  visit_stmts_with_docstring(c->body);
  std::vector<Const> attrs;
  for (const std::string& a : u_->static_attributes) attrs.push_back(const_str(a));
  emit_load_const(const_tuple(attrs), kNoLoc);
  name_op("__static_attributes__", Ctx::Store, kNoLoc);
  if (sc->needs_class_closure) {
    emit(Opcode::LOAD_FAST, deref_slot("__class__"), kNoLoc);
    emit(Opcode::COPY, 1, kNoLoc);
    name_op("__classcell__", Ctx::Store, kNoLoc);
  } else {
    emit_load_none(kNoLoc);
  }
  emit(Opcode::RETURN_VALUE, kNoLoc);
  Ref<> code = leave_unit();
  emit(Opcode::LOAD_BUILD_CLASS, loc);
  emit(Opcode::PUSH_NULL, loc);
  make_closure(std::move(code), 0, loc);
  emit_load_const(const_str(c->name), loc);
  call_helper(loc, 2, c->bases, c->keywords);
  apply_decorators(c->decorator_list);
  name_op(c->name, Ctx::Store, loc);
}

// ----------------------------------------------------------- comprehensions

void Codegen::comprehension_generator(const std::vector<Comprehension*>& gens, size_t index,
                                      int depth, const Expr* elt, const Expr* val, int type,
                                      bool iter_on_stack, Loc loc) {
  int start = new_label(), if_cleanup = new_label(), anchor = new_label();
  bool has_start = true;
  const Comprehension* gen = gens[index];
  if (!iter_on_stack) {
    if (index == 0) {
      emit(Opcode::LOAD_FAST, var_slot(".0"), loc);
    } else {
      const std::vector<Expr*>* elts = nullptr;
      if (gen->iter->kind == ExprKind::List) elts = &static_cast<const ast::List*>(gen->iter)->elts;
      if (gen->iter->kind == ExprKind::Tuple) elts = &static_cast<const ast::Tuple*>(gen->iter)->elts;
      if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
        visit_expr((*elts)[0]);
        has_start = false;
      } else {
        visit_iterable(gen->iter);
        emit(Opcode::GET_ITER, loc_of(*gen->iter));
      }
    }
  }
  if (has_start) {
    ++depth;
    bind(start);
    emit_jump(Opcode::FOR_ITER, anchor, loc_of(*gen->iter));
  }
  assign_target(gen->target, loc);
  for (const Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (index + 1 < gens.size())
    comprehension_generator(gens, index + 1, depth, elt, val, type, false, loc);
  Loc elt_loc = loc_of(*elt);
  if (index + 1 >= gens.size()) {
    switch (type) {
      case kGenExp:
        visit_expr(elt);
        emit_yield(elt_loc);
        emit(Opcode::POP_TOP, elt_loc);
        break;
      case kListComp:
        visit_expr(elt);
        emit(Opcode::LIST_APPEND, static_cast<uint32_t>(depth + 1), elt_loc);
        break;
      case kSetComp:
        visit_expr(elt);
        emit(Opcode::SET_ADD, static_cast<uint32_t>(depth + 1), elt_loc);
        break;
      default:
        visit_expr(elt);
        visit_expr(val);
        elt_loc = Loc{elt->lineno, val->end_lineno, elt->col, val->end_col};
        emit(Opcode::MAP_ADD, static_cast<uint32_t>(depth + 1), elt_loc);
        break;
    }
  }
  bind(if_cleanup);
  if (has_start) {
    emit_jump(kJump, start, elt_loc);
    bind(anchor);
    emit(Opcode::END_FOR, kNoLoc);
    emit(Opcode::POP_TOP, kNoLoc);
  }
}

void Codegen::visit_comprehension(const Expr* e) {
  Loc loc = loc_of(*e);
  const std::vector<Comprehension*>* gens = nullptr;
  const Expr* elt = nullptr;
  const Expr* val = nullptr;
  int type = kGenExp;
  const char* name = "<genexpr>";
  switch (e->kind) {
    case ExprKind::ListComp: {
      auto* c = static_cast<const ListComp*>(e);
      gens = &c->generators;
      elt = c->elt;
      type = kListComp;
      name = "<listcomp>";
      break;
    }
    case ExprKind::SetComp: {
      auto* c = static_cast<const SetComp*>(e);
      gens = &c->generators;
      elt = c->elt;
      type = kSetComp;
      name = "<setcomp>";
      break;
    }
    case ExprKind::DictComp: {
      auto* c = static_cast<const DictComp*>(e);
      gens = &c->generators;
      elt = c->key;
      val = c->value;
      type = kDictComp;
      name = "<dictcomp>";
      break;
    }
    default: {
      auto* c = static_cast<const GeneratorExp*>(e);
      gens = &c->generators;
      elt = c->elt;
      break;
    }
  }
  Scope* sc = st_.lookup(e);
  if (!sc) compile_error(*e, "internal compiler error: no scope for comprehension");
  const Comprehension* outermost = (*gens)[0];
  std::vector<uint32_t> pushed;
  int cleanup = -1;
  bool inlined = sc->comp_inlined;
  if (inlined) {
    visit_iterable(outermost->iter);
    emit(Opcode::GET_ITER, loc);
    u_->comp_stack.push_back(sc);
    for (const std::string& n : sc->order) {
      const Symbol& sym = sc->symbols.at(n);
      if (!(sym.flags & kDefLocal) || (sym.flags & kDefNonlocal)) continue;
      uint32_t slot;
      if (sym.scope == SymScope::Cell) {
        slot = deref_slot(n);
        emit(Opcode::LOAD_FAST_AND_CLEAR, slot, loc);
        emit(Opcode::MAKE_CELL, slot, loc);
      } else {
        slot = var_slot(n);
        if (!u_->scope->function_like()) u_->hidden.insert(n);
        emit(Opcode::LOAD_FAST_AND_CLEAR, slot, loc);
      }
      pushed.push_back(slot);
    }
    if (!pushed.empty()) {
      emit(Opcode::SWAP, static_cast<uint32_t>(pushed.size() + 1), loc);
      cleanup = new_label();
      emit_jump(kSetupFinally, cleanup, loc);
    }
  } else {
    enter_unit(sc, name, e->lineno);
    u_->argcount = 1;
    begin_code(Loc{e->lineno, e->lineno, 0, 0});
  }
  if (type != kGenExp) {
    emit(type == kListComp  ? Opcode::BUILD_LIST
         : type == kSetComp ? Opcode::BUILD_SET
                            : Opcode::BUILD_MAP,
         0, loc);
    if (inlined) emit(Opcode::SWAP, 2, loc);
  }
  comprehension_generator(*gens, 0, 0, elt, val, type, inlined, loc);
  if (inlined) {
    auto restore = [&]() {
      emit(Opcode::SWAP, static_cast<uint32_t>(pushed.size() + 1), loc);
      for (size_t i = pushed.size(); i-- > 0;) {
        emit(Opcode::STORE_FAST, pushed[i], loc);
        u_->instrs.back().maybe_null = true;
      }
    };
    if (!pushed.empty()) {
      emit_pseudo(kPopBlock, kNoLoc);
      int end = new_label();
      emit_jump(kJumpNoInterrupt, end, kNoLoc);
      bind(cleanup);
      emit(Opcode::SWAP, 2, kNoLoc);
      emit(Opcode::POP_TOP, kNoLoc);
      restore();
      emit(Opcode::RERAISE, 0, kNoLoc);
      bind(end);
      restore();
    }
    u_->comp_stack.pop_back();
    return;
  }
  if (type != kGenExp) emit(Opcode::RETURN_VALUE, loc);
  Ref<> code = leave_unit();
  make_closure(std::move(code), 0, loc);
  visit_iterable(outermost->iter);
  emit(Opcode::GET_ITER, loc);
  emit(Opcode::CALL, 0, loc);
}

}  // namespace ftpy::compiler
