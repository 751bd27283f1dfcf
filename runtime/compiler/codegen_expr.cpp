// codegen_expr.cpp — expressions: operators, comparisons (chained, and the
// jump forms used by if/while/assert with POP_JUMP_IF_NONE for `is None`),
// boolean operators, calls (method-call form LOAD_ATTR|1, CALL_KW with a
// kwnames constant, CALL_FUNCTION_EX for * and ** arguments), displays with
// star-unpacking, subscripts and slices, f-strings, yield.
// Concurrency: one compiling thread.
#include "objects/api.h"
#include "runtime/compiler/codegen.h"

namespace ftpy::compiler {

using namespace ast;
using vm::Opcode;

namespace {

constexpr size_t kStackUseGuideline = 30;

}  // namespace

void Codegen::visit_cmp_operand(CmpOp op, const Expr* e) {
  if (op == CmpOp::In || op == CmpOp::NotIn)
    visit_iterable(e);
  else
    visit_expr(e);
}

namespace {

bool is_none_const(const Expr* e) {
  return e->kind == ExprKind::Constant &&
         static_cast<const Constant*>(e)->ckind == ConstantKind::None;
}

}  // namespace

Loc Codegen::attr_loc(Loc loc, const Attribute* a) {
  if (loc.lineno != a->end_lineno) {
    loc.lineno = a->end_lineno;
    int len = static_cast<int>(a->attr.size());
    if (len <= a->end_col) {
      loc.col = a->end_col - len;
    } else {
      loc.col = -1;
      loc.end_col = -1;
    }
    if (loc.end_lineno < loc.lineno) loc.end_lineno = loc.lineno;
    if (loc.lineno == loc.end_lineno && loc.end_col < loc.col) loc.end_col = loc.col;
  }
  return loc;
}

void Codegen::visit_expr(const Expr* e) {
  Loc loc = loc_of(*e);
  switch (e->kind) {
    case ExprKind::Constant:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
    case ExprKind::Tuple: {
      Const c;
      if (try_fold(e, &c)) {
        emit_load_const(c, loc);
        return;
      }
      break;
    }
    default:
      break;
  }
  switch (e->kind) {
    case ExprKind::BoolOp:
      visit_boolop(static_cast<const BoolOp*>(e));
      break;
    case ExprKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      visit_expr(n->value);
      emit(Opcode::COPY, 1, loc);
      assign_target(n->target, loc);
      break;
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      emit(Opcode::BINARY_OP, static_cast<uint32_t>(b->op), loc);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      if (u->op == UnaryOpKind::Not) {
        const Expr* o = u->operand;
        if (o->kind == ExprKind::Compare && static_cast<const Compare*>(o)->ops.size() == 1) {
          auto* c = static_cast<const Compare*>(o);
          CmpOp op = c->ops[0];
          CmpOp inv = op;
          if (op == CmpOp::In) inv = CmpOp::NotIn;
          if (op == CmpOp::NotIn) inv = CmpOp::In;
          if (op == CmpOp::Is) inv = CmpOp::IsNot;
          if (op == CmpOp::IsNot) inv = CmpOp::Is;
          if (inv != op) {
            visit_expr(c->left);
            visit_expr(c->comparators[0]);
            emit_compare(inv, loc_of(*c), false);
            break;
          }
          visit_expr(c->left);
          visit_expr(c->comparators[0]);
          emit_compare(op, loc_of(*c), true);
        } else {
          visit_expr(o);
          emit(Opcode::TO_BOOL, loc);
        }
        emit(Opcode::UNARY_NOT, loc);
        break;
      }
      visit_expr(u->operand);
      if (u->op == UnaryOpKind::USub)
        emit(Opcode::UNARY_NEGATIVE, loc);
      else if (u->op == UnaryOpKind::Invert)
        emit(Opcode::UNARY_INVERT, loc);
      else
        emit(Opcode::CALL_INTRINSIC_1, static_cast<uint32_t>(vm::Intrinsic1::UnaryPositive), loc);
      break;
    }
    case ExprKind::Lambda:
      visit_lambda(static_cast<const Lambda*>(e));
      break;
    case ExprKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      int end = new_label(), next = new_label();
      jump_if(i->test, next, false);
      visit_expr(i->body);
      emit_jump(kJump, end, kNoLoc);
      bind(next);
      visit_expr(i->orelse);
      bind(end);
      break;
    }
    case ExprKind::Dict:
      visit_dict(static_cast<const ast::Dict*>(e));
      break;
    case ExprKind::Set:
      starunpack(loc, static_cast<const ast::Set*>(e)->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD,
                 Opcode::SET_UPDATE, false);
      break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      visit_comprehension(e);
      break;
    case ExprKind::Yield: {
      if (!u_->scope->function_like()) compile_error(*e, "'yield' outside function");
      auto* y = static_cast<const Yield*>(e);
      if (y->value)
        visit_expr(y->value);
      else
        emit_load_none(loc);
      emit_yield(loc);
      break;
    }
    case ExprKind::YieldFrom: {
      if (!u_->scope->function_like()) compile_error(*e, "'yield from' outside function");
      visit_expr(static_cast<const YieldFrom*>(e)->value);
      emit(Opcode::GET_YIELD_FROM_ITER, loc);
      emit_load_none(loc);
      yield_from(loc);
      break;
    }
    case ExprKind::Compare:
      visit_compare(static_cast<const Compare*>(e));
      break;
    case ExprKind::Call:
      visit_call(static_cast<const Call*>(e));
      break;
    case ExprKind::FormattedValue:
      visit_formatted_value(static_cast<const FormattedValue*>(e));
      break;
    case ExprKind::JoinedStr:
      visit_joined_str(static_cast<const JoinedStr*>(e));
      break;
    case ExprKind::Constant:
      emit_load_const(const_of(static_cast<const Constant*>(e)), loc);
      break;
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      visit_expr(a->value);
      emit(Opcode::LOAD_ATTR, static_cast<uint32_t>(add_name(a->attr)) << 1, attr_loc(loc, a));
      break;
    }
    case ExprKind::Subscript:
      visit_subscript(static_cast<const Subscript*>(e), Ctx::Load);
      break;
    case ExprKind::Starred:
      compile_error(*e, "can't use starred expression here");
    case ExprKind::Name:
      name_op(static_cast<const Name*>(e)->id, Ctx::Load, loc);
      break;
    case ExprKind::List:
      starunpack(loc, static_cast<const ast::List*>(e)->elts, 0, Opcode::BUILD_LIST,
                 Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false);
      break;
    case ExprKind::Tuple:
      starunpack(loc, static_cast<const ast::Tuple*>(e)->elts, 0, Opcode::BUILD_LIST,
                 Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
      break;
    case ExprKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      visit_slice_parts(s);
      if (s->step) {
        visit_expr(s->step);
        emit(Opcode::BUILD_SLICE, 3, loc);
      } else {
        emit(Opcode::BUILD_SLICE, 2, loc);
      }
      break;
    }
  }
}

void Codegen::visit_iterable(const Expr* e) {
  if (e->kind == ExprKind::List) {
    auto* l = static_cast<const ast::List*>(e);
    std::vector<Const> items;
    bool all_const = l->ctx == ExprContext::Load;
    for (const Expr* elt : l->elts) {
      Const c;
      if (!all_const || elt->kind == ExprKind::Starred || !try_fold(elt, &c)) {
        all_const = false;
        break;
      }
      items.push_back(std::move(c));
    }
    if (all_const) {
      emit_load_const(const_tuple(items), loc_of(*e));
      return;
    }
  }
  visit_expr(e);
}

// ------------------------------------------------------------- conditions

void Codegen::emit_compare(CmpOp op, Loc loc, bool bool_result) {
  uint32_t flag = bool_result ? 16 : 0;
  switch (op) {
    case CmpOp::Eq: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq) | flag, loc); break;
    case CmpOp::NotEq: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne) | flag, loc); break;
    case CmpOp::Lt: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt) | flag, loc); break;
    case CmpOp::LtE: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le) | flag, loc); break;
    case CmpOp::Gt: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt) | flag, loc); break;
    case CmpOp::GtE: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge) | flag, loc); break;
    case CmpOp::Is: emit(Opcode::IS_OP, 0, loc); break;
    case CmpOp::IsNot: emit(Opcode::IS_OP, 1, loc); break;
    case CmpOp::In: emit(Opcode::CONTAINS_OP, 0, loc); break;
    case CmpOp::NotIn: emit(Opcode::CONTAINS_OP, 1, loc); break;
  }
}

void Codegen::visit_compare(const Compare* c) {
  Loc loc = loc_of(*c);
  size_t n = c->ops.size();
  visit_expr(c->left);
  if (n == 1) {
    visit_cmp_operand(c->ops[0], c->comparators[0]);
    emit_compare(c->ops[0], loc, false);
    return;
  }
  int cleanup = new_label();
  for (size_t i = 0; i + 1 < n; ++i) {
    visit_expr(c->comparators[i]);
    emit(Opcode::SWAP, 2, loc);
    emit(Opcode::COPY, 2, loc);
    emit_compare(c->ops[i], loc, false);
    emit(Opcode::COPY, 1, loc);
    emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup, loc);
    emit(Opcode::POP_TOP, loc);
  }
  visit_cmp_operand(c->ops[n - 1], c->comparators[n - 1]);
  emit_compare(c->ops[n - 1], loc, false);
  int end = new_label();
  emit_jump(kJump, end, kNoLoc);
  bind(cleanup);
  emit(Opcode::SWAP, 2, loc);
  emit(Opcode::POP_TOP, loc);
  bind(end);
}

void Codegen::jump_if(const Expr* e, int label, bool cond) {
  Loc loc = loc_of(*e);
  switch (e->kind) {
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      if (u->op == UnaryOpKind::Not) {
        jump_if(u->operand, label, !cond);
        return;
      }
      break;
    }
    case ExprKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(e);
      bool cond2 = b->op == BoolOpKind::Or;
      int next2 = label;
      if (cond2 != cond) next2 = new_label();
      for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], next2, cond2);
      jump_if(b->values.back(), label, cond);
      if (next2 != label) bind(next2);
      return;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      int end = new_label(), next2 = new_label();
      jump_if(i->test, next2, false);
      jump_if(i->body, label, cond);
      emit_jump(kJump, end, kNoLoc);
      bind(next2);
      jump_if(i->orelse, label, cond);
      bind(end);
      return;
    }
    case ExprKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      size_t n = c->ops.size();
      if (n == 1) {
        CmpOp op = c->ops[0];
        if ((op == CmpOp::Is || op == CmpOp::IsNot) && is_none_const(c->comparators[0])) {
          visit_expr(c->left);
          bool jump_on_none = (op == CmpOp::Is) == cond;
          emit_jump(jump_on_none ? Opcode::POP_JUMP_IF_NONE : Opcode::POP_JUMP_IF_NOT_NONE, label,
                    loc);
          return;
        }
        visit_expr(c->left);
        visit_cmp_operand(op, c->comparators[0]);
        emit_compare(op, loc, true);
        emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, label, loc);
        return;
      }
      int cleanup = new_label();
      visit_expr(c->left);
      for (size_t i = 0; i + 1 < n; ++i) {
        visit_expr(c->comparators[i]);
        emit(Opcode::SWAP, 2, loc);
        emit(Opcode::COPY, 2, loc);
        emit_compare(c->ops[i], loc, true);
        emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup, loc);
      }
      visit_cmp_operand(c->ops[n - 1], c->comparators[n - 1]);
      emit_compare(c->ops[n - 1], loc, true);
      emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, label, loc);
      int end = new_label();
      emit_jump(kJump, end, kNoLoc);
      bind(cleanup);
      emit(Opcode::POP_TOP, loc);
      if (!cond) emit_jump(kJump, label, kNoLoc);
      bind(end);
      return;
    }
    default:
      break;
  }
  Const k;
  if ((e->kind == ExprKind::Constant || e->kind == ExprKind::Name ||
       e->kind == ExprKind::BinOp || e->kind == ExprKind::Tuple) &&
      try_fold(e, &k)) {
    bool truth = false;
    try {
      truth = truthy(k.obj.get());
    } catch (PyException&) {
      truth = false;
    }
    if (truth == cond) emit_jump(kJump, label, loc);
    else emit(Opcode::NOP, loc);
    return;
  }
  visit_expr(e);
  emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, label, loc);
}

void Codegen::visit_boolop(const BoolOp* b) {
  Loc loc = loc_of(*b);
  Opcode jump = b->op == BoolOpKind::And ? Opcode::POP_JUMP_IF_FALSE : Opcode::POP_JUMP_IF_TRUE;
  int end = new_label();
  for (size_t i = 0; i + 1 < b->values.size(); ++i) {
    visit_expr(b->values[i]);
    emit(Opcode::COPY, 1, loc);
    emit_jump(jump, end, loc);
    emit(Opcode::POP_TOP, loc);
  }
  visit_expr(b->values.back());
  bind(end);
}

// ------------------------------------------------------------------ calls

void Codegen::check_keywords(const std::vector<Keyword*>& kws) {
  for (size_t i = 0; i < kws.size(); ++i) {
    if (kws[i]->arg.empty()) continue;
    for (size_t j = i + 1; j < kws.size(); ++j)
      if (kws[j]->arg == kws[i]->arg)
        compile_error(*kws[j], "keyword argument repeated: " + kws[i]->arg);
  }
}

void Codegen::visit_call(const Call* c) {
  check_keywords(c->keywords);
  Loc loc = loc_of(*c);
  if (c->func->kind == ExprKind::Attribute &&
      static_cast<const Attribute*>(c->func)->ctx == ExprContext::Load &&
      c->args.size() + c->keywords.size() < kStackUseGuideline) {
    bool simple = true;
    for (const Expr* a : c->args) simple = simple && a->kind != ExprKind::Starred;
    for (const Keyword* k : c->keywords) simple = simple && !k->arg.empty();
    if (simple) {
      auto* a = static_cast<const Attribute*>(c->func);
      visit_expr(a->value);
      emit(Opcode::LOAD_ATTR, (static_cast<uint32_t>(add_name(a->attr)) << 1) | 1,
           attr_loc(loc_of(*a), a));
      for (const Expr* arg : c->args) visit_expr(arg);
      for (const Keyword* k : c->keywords) visit_expr(k->value);
      Loc cl = attr_loc(loc, a);
      uint32_t n = static_cast<uint32_t>(c->args.size() + c->keywords.size());
      if (!c->keywords.empty()) {
        std::vector<Const> names;
        for (const Keyword* k : c->keywords) names.push_back(const_str(k->arg));
        emit_load_const(const_tuple(names), cl);
        emit(Opcode::CALL_KW, n, cl);
      } else {
        emit(Opcode::CALL, n, cl);
      }
      return;
    }
  }
  visit_expr(c->func);
  emit(Opcode::PUSH_NULL, loc_of(*c->func));
  call_helper(loc, 0, c->args, c->keywords);
}

void Codegen::call_helper(Loc loc, int pushed, const std::vector<Expr*>& args,
                          const std::vector<Keyword*>& keywords) {
  check_keywords(keywords);
  size_t nelts = args.size(), nkw = keywords.size();
  bool ex_call = nelts + nkw * 2 > kStackUseGuideline;
  for (const Expr* a : args) ex_call = ex_call || a->kind == ExprKind::Starred;
  for (const Keyword* k : keywords) ex_call = ex_call || k->arg.empty();
  if (!ex_call) {
    for (const Expr* a : args) visit_expr(a);
    if (nkw) {
      std::vector<Const> names;
      for (const Keyword* k : keywords) {
        visit_expr(k->value);
        names.push_back(const_str(k->arg));
      }
      emit_load_const(const_tuple(names), loc);
      emit(Opcode::CALL_KW, static_cast<uint32_t>(pushed + nelts + nkw), loc);
    } else {
      emit(Opcode::CALL, static_cast<uint32_t>(pushed + nelts), loc);
    }
    return;
  }
  if (pushed == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred)
    visit_expr(static_cast<const Starred*>(args[0])->value);
  else
    starunpack(loc, args, pushed, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND,
               true);
  if (nkw) {
    bool have_dict = false;
    size_t nseen = 0;
    auto subkwargs = [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) {
        emit_load_const(const_str(keywords[i]->arg), loc);
        visit_expr(keywords[i]->value);
      }
      emit(Opcode::BUILD_MAP, static_cast<uint32_t>(end - begin), loc);
    };
    for (size_t i = 0; i < nkw; ++i) {
      const Keyword* k = keywords[i];
      if (k->arg.empty()) {
        if (nseen) {
          subkwargs(i - nseen, i);
          if (have_dict) emit(Opcode::DICT_MERGE, 1, loc);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(Opcode::BUILD_MAP, 0, loc);
          have_dict = true;
        }
        visit_expr(k->value);
        emit(Opcode::DICT_MERGE, 1, loc);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      subkwargs(nkw - nseen, nkw);
      if (have_dict) emit(Opcode::DICT_MERGE, 1, loc);
    }
  }
  emit(Opcode::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, loc);
}

// --------------------------------------------------------------- displays

void Codegen::starunpack(Loc loc, const std::vector<Expr*>& elts, int pushed, Opcode build,
                         Opcode add, Opcode extend, bool tuple) {
  size_t n = elts.size();
  if (n > 2 && build != Opcode::BUILD_SET) {
    std::vector<Const> items;
    bool all_const = true;
    for (const Expr* e : elts) {
      Const c;
      if (e->kind == ExprKind::Starred || !try_fold(e, &c)) {
        all_const = false;
        break;
      }
      items.push_back(std::move(c));
    }
    if (all_const) {
      if (tuple && pushed == 0) {
        emit_load_const(const_tuple(items), loc);
      } else {
        emit(build, static_cast<uint32_t>(pushed), loc);
        emit_load_const(const_tuple(items), loc);
        emit(extend, 1, loc);
        if (tuple)
          emit(Opcode::CALL_INTRINSIC_1, static_cast<uint32_t>(vm::Intrinsic1::ListToTuple), loc);
      }
      return;
    }
  }
  bool big = n + static_cast<size_t>(pushed) > kStackUseGuideline;
  bool seen_star = false;
  for (const Expr* e : elts) seen_star = seen_star || e->kind == ExprKind::Starred;
  if (!seen_star && !big) {
    for (const Expr* e : elts) visit_expr(e);
    emit(tuple ? Opcode::BUILD_TUPLE : build, static_cast<uint32_t>(n + pushed), loc);
    return;
  }
  bool built = false;
  if (big) {
    emit(build, static_cast<uint32_t>(pushed), loc);
    built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    const Expr* e = elts[i];
    if (e->kind == ExprKind::Starred) {
      if (!built) {
        emit(build, static_cast<uint32_t>(i + pushed), loc);
        built = true;
      }
      visit_expr(static_cast<const Starred*>(e)->value);
      emit(extend, 1, loc);
    } else {
      visit_expr(e);
      if (built) emit(add, 1, loc);
    }
  }
  if (tuple)
    emit(Opcode::CALL_INTRINSIC_1, static_cast<uint32_t>(vm::Intrinsic1::ListToTuple), loc);
}

void Codegen::visit_dict(const ast::Dict* d) {
  Loc loc = loc_of(*d);
  size_t n = d->values.size();
  bool have_dict = false;
  size_t elements = 0;
  auto subdict = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      visit_expr(d->keys[i]);
      visit_expr(d->values[i]);
    }
    emit(Opcode::BUILD_MAP, static_cast<uint32_t>(end - begin), loc);
  };
  for (size_t i = 0; i < n; ++i) {
    if (!d->keys[i]) {
      if (elements) {
        subdict(i - elements, i);
        if (have_dict) emit(Opcode::DICT_UPDATE, 1, loc);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0, loc);
        have_dict = true;
      }
      visit_expr(d->values[i]);
      emit(Opcode::DICT_UPDATE, 1, loc);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(i - elements, i + 1);
      if (have_dict) emit(Opcode::DICT_UPDATE, 1, loc);
      have_dict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements) {
    subdict(n - elements, n);
    if (have_dict) emit(Opcode::DICT_UPDATE, 1, loc);
    have_dict = true;
  }
  if (!have_dict) emit(Opcode::BUILD_MAP, 0, loc);
}

// ------------------------------------------------------------- subscripts

void Codegen::visit_slice_parts(const Slice* s) {
  if (s->lower)
    visit_expr(s->lower);
  else
    emit_load_none(loc_of(*s));
  if (s->upper)
    visit_expr(s->upper);
  else
    emit_load_none(loc_of(*s));
}

void Codegen::visit_subscript(const Subscript* s, Ctx ctx) {
  Loc loc = loc_of(*s);
  visit_expr(s->value);
  if (s->slice->kind == ExprKind::Slice && !static_cast<const Slice*>(s->slice)->step &&
      ctx != Ctx::Del) {
    visit_slice_parts(static_cast<const Slice*>(s->slice));
    emit(ctx == Ctx::Load ? Opcode::BINARY_SLICE : Opcode::STORE_SLICE, loc);
    return;
  }
  visit_expr(s->slice);
  emit(ctx == Ctx::Load    ? Opcode::BINARY_SUBSCR
       : ctx == Ctx::Store ? Opcode::STORE_SUBSCR
                           : Opcode::DELETE_SUBSCR,
       loc);
}

// ---------------------------------------------------------------- f-strings

void Codegen::visit_joined_str(const JoinedStr* j) {
  Loc loc = loc_of(*j);
  size_t n = j->values.size();
  if (n > kStackUseGuideline) {
    emit_load_const(const_str(""), loc);
    emit(Opcode::LOAD_ATTR, (static_cast<uint32_t>(add_name_raw("join")) << 1) | 1, loc);
    emit(Opcode::BUILD_LIST, 0, loc);
    for (const Expr* v : j->values) {
      visit_expr(v);
      emit(Opcode::LIST_APPEND, 1, loc);
    }
    emit(Opcode::CALL, 1, loc);
    return;
  }
  for (const Expr* v : j->values) visit_expr(v);
  if (n > 1)
    emit(Opcode::BUILD_STRING, static_cast<uint32_t>(n), loc);
  else if (n == 0)
    emit_load_const(const_str(""), loc);
}

void Codegen::visit_formatted_value(const FormattedValue* f) {
  Loc loc = loc_of(*f);
  visit_expr(f->value);
  if (f->conversion != -1) {
    vm::Conversion conv = f->conversion == 's'   ? vm::Conversion::Str
                          : f->conversion == 'r' ? vm::Conversion::Repr
                                                 : vm::Conversion::Ascii;
    emit(Opcode::CONVERT_VALUE, static_cast<uint32_t>(conv), loc);
  }
  if (f->format_spec) {
    visit_expr(f->format_spec);
    emit(Opcode::FORMAT_WITH_SPEC, loc);
  } else {
    emit(Opcode::FORMAT_SIMPLE, loc);
  }
}

}  // namespace ftpy::compiler
