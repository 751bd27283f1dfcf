// codegen.cpp — the core of the bytecode generator: code units (one per code
// object, stacked while nested functions/classes are compiled), instruction
// emission with symbolic labels, the constant and name tables, and name
// resolution (which LOAD_/STORE_/DELETE_ form a name uses, following the
// symbol table and PEP 709 inlined comprehensions).
//
// Invariants: `u_` is the innermost unit; every emitted jump names a label
// of the same unit; local operands are slot-kind encoded (codegen.h) until
// assemble() resolves them.
// Concurrency: one compiling thread.
#include "runtime/compiler/codegen.h"

#include <algorithm>

namespace ftpy::compiler {

using vm::Opcode;

Codegen::Codegen(SymbolTable& st, std::string filename)
    : filename_(std::move(filename)), st_(st) {}

// ------------------------------------------------------------------ units

std::string Codegen::qualname_for(const std::string& name) {
  if (!u_ || u_->is_module) return name;
  // A function or class declared `global` inside its parent is top level.
  Scope* parent_scope = u_->scope;
  if (parent_scope->scope_of(mangle(u_->private_name, name)) == SymScope::GlobalExplicit)
    return name;
  if (parent_scope->kind == ScopeKind::Function || parent_scope->kind == ScopeKind::Lambda)
    return u_->qualname + ".<locals>." + name;
  return u_->qualname + "." + name;
}

void Codegen::enter_unit(Scope* scope, std::string name, int firstlineno) {
  auto unit = std::make_unique<Unit>();
  Unit* nu = unit.get();
  nu->scope = scope;
  nu->qualname = scope->kind == ScopeKind::Module ? name : qualname_for(name);
  nu->name = std::move(name);
  nu->firstlineno = firstlineno;
  nu->private_name = scope->private_name;
  nu->is_module = scope->kind == ScopeKind::Module;
  if (scope->function_like()) {
    for (const std::string& p : scope->params) {
      nu->var_index[p] = static_cast<int>(nu->varnames.size());
      nu->varnames.push_back(p);
    }
  }
  for (const std::string& n : scope->order) {
    const Symbol& sym = scope->symbols.at(n);
    if (sym.scope == SymScope::Cell) nu->cellvars.push_back(n);
    if (sym.scope == SymScope::Free || (sym.flags & kDefFreeClass)) nu->freevars.push_back(n);
  }
  if (scope->kind == ScopeKind::Class && scope->needs_class_closure)
    nu->cellvars.push_back("__class__");
  std::sort(nu->cellvars.begin(), nu->cellvars.end());
  nu->cellvars.erase(std::unique(nu->cellvars.begin(), nu->cellvars.end()), nu->cellvars.end());
  std::sort(nu->freevars.begin(), nu->freevars.end());
  nu->freevars.erase(std::unique(nu->freevars.begin(), nu->freevars.end()), nu->freevars.end());
  units_.push_back(std::move(unit));
  u_ = nu;
}

void Codegen::begin_code(Loc loc) {
  if (u_->scope->function_like() && u_->scope->is_generator) {
    u_->stopiter_label = new_label();
    emit_jump(kSetupCleanup, u_->stopiter_label, kNoLoc);
  }
  emit(Opcode::RESUME, 0, loc);
}

Ref<> Codegen::leave_unit() {
  if (u_->stopiter_label >= 0) {
    emit_load_none(kNoLoc);
    emit(Opcode::RETURN_VALUE, kNoLoc);
    bind(u_->stopiter_label);
    emit(Opcode::CALL_INTRINSIC_1, static_cast<uint32_t>(vm::Intrinsic1::StopIterationError),
         kNoLoc);
    emit(Opcode::RERAISE, 1, kNoLoc);
  }
  Ref<> code = assemble(u_, filename_);
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

// --------------------------------------------------------------- emission

int Codegen::new_label() {
  u_->labels.push_back(-1);
  return static_cast<int>(u_->labels.size()) - 1;
}

void Codegen::bind(int label) {
  u_->labels[label] = static_cast<int>(u_->instrs.size());
  u_->label_at_end = static_cast<int>(u_->instrs.size());
}

void Codegen::emit(Opcode op, uint32_t arg, Loc loc) {
  // LOAD_GLOBAL + PUSH_NULL fuse into LOAD_GLOBAL with the push-null bit.
  if (op == Opcode::PUSH_NULL && !u_->instrs.empty() &&
      u_->label_at_end != static_cast<int>(u_->instrs.size())) {
    IInstr& last = u_->instrs.back();
    if (last.op == op_of(Opcode::LOAD_GLOBAL) && !(last.arg & 1)) {
      last.arg |= 1;
      return;
    }
  }
  u_->instrs.push_back(IInstr{op_of(op), arg, -1, loc});
}

void Codegen::emit_pseudo(int op, Loc loc) { u_->instrs.push_back(IInstr{op, 0, -1, loc}); }

void Codegen::emit_jump(int op, int label, Loc loc) {
  u_->instrs.push_back(IInstr{op, 0, label, loc});
}

int Codegen::add_const(const Const& c) {
  auto it = u_->const_index.find(c.key);
  if (it != u_->const_index.end()) return it->second;
  int idx = static_cast<int>(u_->consts.size());
  u_->consts.push_back(c);
  u_->const_index.emplace(c.key, idx);
  return idx;
}

void Codegen::emit_load_const(const Const& c, Loc loc) {
  emit(Opcode::LOAD_CONST, static_cast<uint32_t>(add_const(c)), loc);
}

void Codegen::emit_load_none(Loc loc) { emit_load_const(const_none(), loc); }

int Codegen::add_name_raw(const std::string& name) {
  auto it = u_->name_index.find(name);
  if (it != u_->name_index.end()) return it->second;
  int idx = static_cast<int>(u_->names.size());
  u_->names.push_back(name);
  u_->name_index.emplace(name, idx);
  return idx;
}

int Codegen::add_name(const std::string& name) { return add_name_raw(mangled(name)); }

uint32_t Codegen::var_slot(const std::string& name) {
  auto it = u_->var_index.find(name);
  if (it != u_->var_index.end()) return kSlotVar | static_cast<uint32_t>(it->second);
  int idx = static_cast<int>(u_->varnames.size());
  u_->varnames.push_back(name);
  u_->var_index.emplace(name, idx);
  return kSlotVar | static_cast<uint32_t>(idx);
}

uint32_t Codegen::deref_slot(const std::string& name) {
  auto c = std::lower_bound(u_->cellvars.begin(), u_->cellvars.end(), name);
  if (c != u_->cellvars.end() && *c == name)
    return kSlotCell | static_cast<uint32_t>(c - u_->cellvars.begin());
  auto f = std::lower_bound(u_->freevars.begin(), u_->freevars.end(), name);
  if (f != u_->freevars.end() && *f == name)
    return kSlotFree | static_cast<uint32_t>(f - u_->freevars.begin());
  compile_error(ast::Pos{}, "internal compiler error: no cell for '" + name + "'");
}

// ------------------------------------------------------------------ names

namespace {

enum class Access { Fast, Deref, ClassDeref, Global, Name };

Access resolve_in(Scope* s, const std::string& name, bool module_unit) {
  SymScope sc = s->scope_of(name);
  if (s->comp_inlined) {
    switch (sc) {
      case SymScope::Local: return Access::Fast;
      case SymScope::Cell: return Access::Deref;
      case SymScope::GlobalExplicit: return Access::Global;
      case SymScope::Free: {
        Scope* p = s->parent;
        if (p->comp_inlined) return resolve_in(p, name, module_unit);
        if (p->kind == ScopeKind::Class) return Access::Deref;
        if (p->kind == ScopeKind::Module) return Access::Name;
        Access a = resolve_in(p, name, module_unit);
        return a == Access::ClassDeref ? Access::Deref : a;
      }
      default: return module_unit ? Access::Name : Access::Global;
    }
  }
  switch (sc) {
    case SymScope::Local: return s->function_like() ? Access::Fast : Access::Name;
    case SymScope::Cell: return Access::Deref;
    case SymScope::Free: return s->kind == ScopeKind::Class ? Access::ClassDeref : Access::Deref;
    case SymScope::GlobalExplicit: return Access::Global;
    case SymScope::GlobalImplicit: return s->function_like() ? Access::Global : Access::Name;
    default: return Access::Name;
  }
}

}  // namespace

bool Codegen::name_is_global_load(const std::string& raw) {
  if (raw == "__debug__") return false;
  return resolve_in(cur_scope(), mangled(raw), u_->is_module) == Access::Global;
}

void Codegen::name_op(const std::string& raw, Ctx ctx, Loc loc) {
  if (raw == "__debug__") {
    if (ctx == Ctx::Load) {
      emit_load_const(const_bool(true), loc);
      return;
    }
    compile_error(ast::Pos{loc.lineno, loc.col, loc.end_lineno, loc.end_col},
                  ctx == Ctx::Store ? "cannot assign to __debug__" : "cannot delete __debug__");
  }
  std::string name = mangled(raw);
  Access a = resolve_in(cur_scope(), name, u_->is_module);
  switch (a) {
    case Access::Fast: {
      uint32_t slot = var_slot(name);
      if (!u_->comp_stack.empty() && !u_->scope->function_like()) u_->hidden.insert(name);
      emit(ctx == Ctx::Load ? Opcode::LOAD_FAST
                            : ctx == Ctx::Store ? Opcode::STORE_FAST : Opcode::DELETE_FAST,
           slot, loc);
      return;
    }
    case Access::Deref:
      emit(ctx == Ctx::Load ? Opcode::LOAD_DEREF
                            : ctx == Ctx::Store ? Opcode::STORE_DEREF : Opcode::DELETE_DEREF,
           deref_slot(name), loc);
      return;
    case Access::ClassDeref:
      if (ctx == Ctx::Load) {
        emit(Opcode::LOAD_LOCALS, loc);
        emit(Opcode::LOAD_FROM_DICT_OR_DEREF, deref_slot(name), loc);
      } else {
        emit(ctx == Ctx::Store ? Opcode::STORE_DEREF : Opcode::DELETE_DEREF, deref_slot(name), loc);
      }
      return;
    case Access::Global: {
      uint32_t idx = static_cast<uint32_t>(add_name_raw(name));
      if (ctx == Ctx::Load)
        emit(Opcode::LOAD_GLOBAL, idx << 1, loc);
      else
        emit(ctx == Ctx::Store ? Opcode::STORE_GLOBAL : Opcode::DELETE_GLOBAL, idx, loc);
      return;
    }
    case Access::Name: {
      uint32_t idx = static_cast<uint32_t>(add_name_raw(name));
      emit(ctx == Ctx::Load ? Opcode::LOAD_NAME
                            : ctx == Ctx::Store ? Opcode::STORE_NAME : Opcode::DELETE_NAME,
           idx, loc);
      return;
    }
  }
}

// ------------------------------------------------------------------ entry

Ref<> Codegen::compile_module(const ast::Module* m, bool interactive) {
  interactive_ = interactive;
  enter_unit(st_.top.get(), "<module>", 1);
  begin_code(Loc{0, 0, 0, 0});
  if (interactive) {
    if (body_has_annotations(m->body)) emit(Opcode::SETUP_ANNOTATIONS, kNoLoc);
    visit_body(m->body);
  }
  else
    visit_stmts_with_docstring(m->body);
  emit_load_none(kNoLoc);
  emit(Opcode::RETURN_VALUE, kNoLoc);
  return leave_unit();
}

Ref<> Codegen::compile_expression(const ast::Expr* e) {
  enter_unit(st_.top.get(), "<module>", 1);
  begin_code(Loc{0, 0, 0, 0});
  visit_expr(e);
  emit(Opcode::RETURN_VALUE, loc_of(*e));
  return leave_unit();
}

std::string clean_doc(std::string_view doc_in) {
  // expandtabs(8)
  std::string doc;
  size_t col = 0;
  for (char ch : doc_in) {
    if (ch == '\t') {
      size_t n = 8 - (col % 8);
      doc.append(n, ' ');
      col += n;
    } else {
      doc.push_back(ch);
      if (ch == '\n' || ch == '\r')
        col = 0;
      else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80)
        ++col;
    }
  }
  const char* p = doc.data();
  const char* end = p + doc.size();
  while (p < end && *p++ != '\n') {
  }
  size_t margin = SIZE_MAX;
  while (p < end) {
    const char* s = p;
    while (p < end && *p == ' ') ++p;
    if (p < end && *p != '\n') margin = std::min(margin, static_cast<size_t>(p - s));
    while (p < end && *p++ != '\n') {
    }
  }
  if (margin == SIZE_MAX) margin = 0;
  p = doc.data();
  while (p < end && *p == ' ') ++p;
  if (p == doc.data() && margin == 0) return doc;
  std::string out;
  while (p < end) {
    char ch = *p++;
    out.push_back(ch);
    if (ch == '\n') break;
  }
  while (p < end) {
    for (size_t i = 0; i < margin && p < end; ++i, ++p)
      if (*p != ' ') break;
    while (p < end) {
      char ch = *p++;
      out.push_back(ch);
      if (ch == '\n') break;
    }
  }
  return out;
}

}  // namespace ftpy::compiler
