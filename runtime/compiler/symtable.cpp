// symtable.cpp — builds the symbol table (symtable.h) and resolves every
// name's scope with CPython 3.13's algorithm:
//
//  pass 1 (Builder): walk the AST, create a Scope per function, lambda, class
//    body and comprehension, and record per name how it is defined/used
//    (DEF_LOCAL, DEF_PARAM, USE, DEF_GLOBAL, DEF_NONLOCAL ...), raising the
//    declaration errors CPython's symtable raises (global after use, duplicate
//    argument, walrus rules in comprehensions, import * outside module...).
//  pass 2 (analyze_block): top-down with the sets of names bound in enclosing
//    functions (`bound`), explicit globals, and bottom-up the names children
//    need from outside (`free`): a name bound here and free in a child becomes
//    a cell; class bodies are invisible to nested scopes (only `__class__` is
//    provided); list/set/dict comprehensions are inlined (PEP 709) and their
//    symbols merged into the enclosing scope.
//
// Invariant after build: every Symbol has a scope other than Unknown.
// Concurrency: one thread; no shared state.
#include "runtime/compiler/symtable.h"

#include <algorithm>
#include <unordered_set>

namespace ftpy::compiler {

using NameSet = std::unordered_set<std::string>;

void compile_error(const ast::Pos& pos, std::string msg) {
  throw CompileError{std::move(msg), pos};
}

std::string mangle(const std::string& priv, const std::string& name) {
  if (priv.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
    return name;
  if (name.find('.') != std::string::npos) return name;
  size_t i = 0;
  while (i < priv.size() && priv[i] == '_') ++i;
  if (i == priv.size()) return name;
  return "_" + priv.substr(i) + name;
}

namespace {

using namespace ast;

class Builder {
 public:
  explicit Builder(SymbolTable& st) : st_(st) {}

  void run(const Module* module, const Expr* expr) {
    st_.top = std::make_unique<Scope>();
    Scope* top = st_.top.get();
    top->kind = ScopeKind::Module;
    top->name = "top";
    top->node = module ? static_cast<const void*>(module) : static_cast<const void*>(expr);
    st_.by_node[top->node] = top;
    cur_ = top;
    if (module)
      for (Stmt* s : module->body) visit_stmt(s);
    if (expr) visit_expr(expr);
  }

 private:
  SymbolTable& st_;
  Scope* cur_ = nullptr;

  Scope* enter(ScopeKind kind, std::string name, const void* node, int lineno) {
    auto scope = std::make_unique<Scope>();
    Scope* s = scope.get();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->lineno = lineno;
    s->parent = cur_;
    s->nested = cur_->nested || cur_->function_like();
    s->private_name = cur_->private_name;
    cur_->children.push_back(std::move(scope));
    st_.by_node[node] = s;
    cur_ = s;
    return s;
  }
  void leave() { cur_ = cur_->parent; }

  void add_def_in(Scope* s, const std::string& raw, uint32_t flag, const Pos& pos) {
    std::string name = mangle(s->private_name, raw);
    auto it = s->symbols.find(name);
    uint32_t val;
    if (it != s->symbols.end()) {
      val = it->second.flags;
      if ((flag & kDefParam) && (val & kDefParam))
        compile_error(pos, "duplicate argument '" + raw + "' in function definition");
      val |= flag;
    } else {
      val = flag;
      s->order.push_back(name);
    }
    if (s->comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal))
        compile_error(pos, "comprehension inner loop cannot rebind assignment expression target '" +
                               raw + "'");
      val |= kDefCompIter;
    }
    s->symbols[name].flags = val;
    if (flag & kDefParam) {
      s->params.push_back(name);
    } else if ((flag & kDefGlobal) && s != st_.top.get()) {
      Scope* top = st_.top.get();
      auto& g = top->symbols[name];
      if (g.flags == 0 && std::find(top->order.begin(), top->order.end(), name) == top->order.end())
        top->order.push_back(name);
      g.flags |= flag;
    }
  }
  void add_def(const std::string& name, uint32_t flag, const Pos& pos) {
    add_def_in(cur_, name, flag, pos);
  }
  uint32_t lookup(const std::string& name) {
    return cur_->flags_of(mangle(cur_->private_name, name));
  }

  void visit_body(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) visit_stmt(s);
  }
  void visit_exprs(const std::vector<Expr*>& v) {
    for (Expr* e : v)
      if (e) visit_expr(e);
  }

  void visit_params(const Arguments* a) {
    if (!a) return;
    for (Arg* p : a->posonlyargs) add_def(p->arg, kDefParam, *p);
    for (Arg* p : a->args) add_def(p->arg, kDefParam, *p);
    for (Arg* p : a->kwonlyargs) add_def(p->arg, kDefParam, *p);
    if (a->vararg) {
      add_def(a->vararg->arg, kDefParam, *a->vararg);
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      add_def(a->kwarg->arg, kDefParam, *a->kwarg);
      cur_->has_varkw = true;
    }
  }
  void visit_annotations(const Arguments* a, const Expr* returns) {
    if (a) {
      auto visit_list = [&](const std::vector<Arg*>& v) {
        for (Arg* p : v)
          if (p->annotation) visit_expr(p->annotation);
      };
      visit_list(a->posonlyargs);
      visit_list(a->args);
      if (a->vararg && a->vararg->annotation) visit_expr(a->vararg->annotation);
      visit_list(a->kwonlyargs);
      if (a->kwarg && a->kwarg->annotation) visit_expr(a->kwarg->annotation);
    }
    if (returns) visit_expr(returns);
  }

  void declare(const std::vector<std::string>& names, const Pos& pos, bool is_global) {
    for (const std::string& name : names) {
      uint32_t cur = lookup(name);
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        const char* what = is_global ? "global" : "nonlocal";
        std::string msg;
        if (cur & kDefParam)
          msg = "name '" + name + "' is parameter and " + what;
        else if (cur & kUse)
          msg = "name '" + name + "' is used prior to " + what + " declaration";
        else if (cur & kDefAnnot)
          msg = "annotated name '" + name + "' can't be " + what;
        else
          msg = "name '" + name + "' is assigned to before " + what + " declaration";
        compile_error(pos, msg);
      }
      add_def(name, is_global ? kDefGlobal : kDefNonlocal, pos);
      std::string m = mangle(cur_->private_name, name);
      if (!cur_->directives.count(m)) cur_->directives[m] = pos;
    }
  }

  void visit_stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        add_def(f->name, kDefLocal, *f);
        visit_exprs(f->args->defaults);
        visit_exprs(f->args->kw_defaults);
        visit_exprs(f->decorator_list);
        visit_annotations(f->args, f->returns);
        enter(ScopeKind::Function, f->name, f, f->lineno);
        visit_params(f->args);
        visit_body(f->body);
        leave();
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        add_def(c->name, kDefLocal, *c);
        visit_exprs(c->bases);
        for (Keyword* k : c->keywords) visit_expr(k->value);
        visit_exprs(c->decorator_list);
        Scope* sc = enter(ScopeKind::Class, c->name, c, c->lineno);
        sc->private_name = c->name;
        visit_body(c->body);
        leave();
        break;
      }
      case StmtKind::Return: {
        auto* r = static_cast<const Return*>(s);
        if (r->value) visit_expr(r->value);
        break;
      }
      case StmtKind::Delete:
        visit_exprs(static_cast<const Delete*>(s)->targets);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        visit_exprs(a->targets);
        visit_expr(a->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        visit_expr(a->target);
        visit_expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        if (a->target->kind == ExprKind::Name) {
          auto* n = static_cast<const Name*>(a->target);
          uint32_t cur = lookup(n->id);
          if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != st_.top.get() && a->simple)
            compile_error(*s, std::string((cur & kDefGlobal) ? "annotated name '"
                                                              : "annotated name '") +
                                  n->id + ((cur & kDefGlobal) ? "' can't be global"
                                                              : "' can't be nonlocal"));
          if (a->simple)
            add_def(n->id, kDefAnnot | kDefLocal, *n);
          else if (a->value)
            add_def(n->id, kDefLocal, *n);
        } else {
          visit_expr(a->target);
        }
        visit_expr(a->annotation);
        if (a->value) visit_expr(a->value);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        visit_expr(f->target);
        visit_expr(f->iter);
        visit_body(f->body);
        visit_body(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        visit_expr(w->test);
        visit_body(w->body);
        visit_body(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        visit_expr(i->test);
        visit_body(i->body);
        visit_body(i->orelse);
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<const With*>(s);
        for (const WithItem& item : w->items) {
          visit_expr(item.context_expr);
          if (item.optional_vars) visit_expr(item.optional_vars);
        }
        visit_body(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        if (r->exc) visit_expr(r->exc);
        if (r->cause) visit_expr(r->cause);
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<const Try*>(s);
        visit_body(t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) visit_expr(h->type);
          if (!h->name.empty()) add_def(h->name, kDefLocal, *h);
          visit_body(h->body);
        }
        visit_body(t->orelse);
        visit_body(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        visit_expr(a->test);
        if (a->msg) visit_expr(a->msg);
        break;
      }
      case StmtKind::Import:
      case StmtKind::ImportFrom: {
        const std::vector<Alias*>& names = s->kind == StmtKind::Import
                                               ? static_cast<const Import*>(s)->names
                                               : static_cast<const ImportFrom*>(s)->names;
        for (Alias* a : names) {
          if (a->name == "*") {
            if (cur_->kind != ScopeKind::Module)
              compile_error(*a, "import * only allowed at module level");
            continue;
          }
          std::string store = a->asname;
          if (store.empty()) {
            store = a->name;
            size_t dot = store.find('.');
            if (dot != std::string::npos) store.resize(dot);
          }
          add_def(store, kDefImport, *a);
        }
        break;
      }
      case StmtKind::Global:
        declare(static_cast<const Global*>(s)->names, *s, true);
        break;
      case StmtKind::Nonlocal:
        declare(static_cast<const Nonlocal*>(s)->names, *s, false);
        break;
      case StmtKind::ExprStmt:
        visit_expr(static_cast<const ExprStmt*>(s)->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  // The walrus target inside a comprehension binds in the nearest enclosing
  // function (or module) scope.
  void extend_namedexpr_scope(const Name* target) {
    for (Scope* s = cur_; s; s = s->parent) {
      std::string name = mangle(s->private_name, target->id);
      if (s->kind == ScopeKind::Comprehension) {
        uint32_t f = s->flags_of(name);
        if ((f & kDefCompIter) && (f & kDefLocal))
          compile_error(*target, "assignment expression cannot rebind comprehension iteration "
                                 "variable '" + target->id + "'");
        continue;
      }
      if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
        if (s->flags_of(name) & kDefGlobal)
          add_def(target->id, kDefGlobal, *target);
        else
          add_def(target->id, kDefNonlocal, *target);
        std::string m = mangle(cur_->private_name, target->id);
        if (!cur_->directives.count(m)) cur_->directives[m] = *target;
        add_def_in(s, target->id, kDefLocal, *target);
        return;
      }
      if (s->kind == ScopeKind::Module) {
        add_def(target->id, kDefGlobal, *target);
        std::string m = mangle(cur_->private_name, target->id);
        if (!cur_->directives.count(m)) cur_->directives[m] = *target;
        add_def_in(s, target->id, kDefGlobal, *target);
        return;
      }
      compile_error(*target,
                    "assignment expression within a comprehension cannot be used in a class body");
    }
  }

  void visit_comprehension(const Expr* e, const std::vector<Comprehension*>& gens, const Expr* elt,
                           const Expr* value, const char* scope_name, bool genexp) {
    const Comprehension* outer = gens[0];
    cur_->comp_iter_expr++;
    visit_expr(outer->iter);
    cur_->comp_iter_expr--;
    Scope* s = enter(ScopeKind::Comprehension, scope_name, e, e->lineno);
    s->is_genexp = genexp;
    s->comp_inlined = !genexp;
    if (genexp) s->is_generator = true;
    add_def(".0", kDefParam, *e);
    s->comp_iter_target = true;
    visit_expr(outer->target);
    s->comp_iter_target = false;
    visit_exprs(outer->ifs);
    for (size_t i = 1; i < gens.size(); ++i) {
      s->comp_iter_target = true;
      visit_expr(gens[i]->target);
      s->comp_iter_target = false;
      s->comp_iter_expr++;
      visit_expr(gens[i]->iter);
      s->comp_iter_expr--;
      visit_exprs(gens[i]->ifs);
    }
    if (value) visit_expr(value);
    visit_expr(elt);
    leave();
  }

  void visit_expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp:
        visit_exprs(static_cast<const BoolOp*>(e)->values);
        break;
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        if (cur_->comp_iter_expr > 0)
          compile_error(*e, "assignment expression cannot be used in a comprehension iterable "
                            "expression");
        if (cur_->kind == ScopeKind::Comprehension && n->target->kind == ExprKind::Name)
          extend_namedexpr_scope(static_cast<const Name*>(n->target));
        visit_expr(n->value);
        visit_expr(n->target);
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        visit_expr(b->left);
        visit_expr(b->right);
        break;
      }
      case ExprKind::UnaryOp:
        visit_expr(static_cast<const UnaryOp*>(e)->operand);
        break;
      case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        visit_exprs(l->args->defaults);
        visit_exprs(l->args->kw_defaults);
        enter(ScopeKind::Lambda, "lambda", l, l->lineno);
        visit_params(l->args);
        visit_expr(l->body);
        leave();
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        visit_expr(i->test);
        visit_expr(i->body);
        visit_expr(i->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        for (size_t i = 0; i < d->values.size(); ++i) {
          if (d->keys[i]) visit_expr(d->keys[i]);
          visit_expr(d->values[i]);
        }
        break;
      }
      case ExprKind::Set:
        visit_exprs(static_cast<const Set*>(e)->elts);
        break;
      case ExprKind::ListComp: {
        auto* c = static_cast<const ListComp*>(e);
        visit_comprehension(e, c->generators, c->elt, nullptr, "listcomp", false);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<const SetComp*>(e);
        visit_comprehension(e, c->generators, c->elt, nullptr, "setcomp", false);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<const DictComp*>(e);
        visit_comprehension(e, c->generators, c->key, c->value, "dictcomp", false);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<const GeneratorExp*>(e);
        visit_comprehension(e, c->generators, c->elt, nullptr, "genexpr", true);
        break;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        const Expr* v = e->kind == ExprKind::Yield ? static_cast<const Yield*>(e)->value
                                                   : static_cast<const YieldFrom*>(e)->value;
        if (v) visit_expr(v);
        cur_->is_generator = true;
        if (cur_->kind == ScopeKind::Comprehension) {
          const std::string& n = cur_->name;
          const char* what = n == "listcomp"   ? "list comprehension"
                             : n == "setcomp"  ? "set comprehension"
                             : n == "dictcomp" ? "dict comprehension"
                                               : "generator expression";
          compile_error(*e, std::string("'yield' inside ") + what);
        }
        break;
      }
      case ExprKind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        visit_expr(c->left);
        visit_exprs(c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const Call*>(e);
        visit_expr(c->func);
        visit_exprs(c->args);
        for (Keyword* k : c->keywords) visit_expr(k->value);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        visit_expr(f->value);
        if (f->format_spec) visit_expr(f->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        visit_exprs(static_cast<const JoinedStr*>(e)->values);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        visit_expr(static_cast<const Attribute*>(e)->value);
        break;
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        visit_expr(s->value);
        visit_expr(s->slice);
        break;
      }
      case ExprKind::Starred:
        visit_expr(static_cast<const Starred*>(e)->value);
        break;
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, *n);
        if (n->ctx == ExprContext::Load && cur_->function_like() && n->id == "super")
          add_def("__class__", kUse, *n);
        break;
      }
      case ExprKind::List:
        visit_exprs(static_cast<const List*>(e)->elts);
        break;
      case ExprKind::Tuple:
        visit_exprs(static_cast<const Tuple*>(e)->elts);
        break;
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        if (s->lower) visit_expr(s->lower);
        if (s->upper) visit_expr(s->upper);
        if (s->step) visit_expr(s->step);
        break;
      }
    }
  }
};

// ------------------------------------------------------------------ pass 2

using ScopeMap = std::unordered_map<std::string, SymScope>;

const ast::Pos& directive_pos(Scope* s, const std::string& name) {
  static const ast::Pos kNone{};
  auto it = s->directives.find(name);
  return it == s->directives.end() ? kNone : it->second;
}

void analyze_name(Scope* s, ScopeMap& scopes, const std::string& name, uint32_t flags,
                  NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
  if (flags & kDefGlobal) {
    if (flags & kDefNonlocal)
      compile_error(directive_pos(s, name), "name '" + name + "' is nonlocal and global");
    scopes[name] = SymScope::GlobalExplicit;
    global.insert(name);
    if (bound) bound->erase(name);
    return;
  }
  if (flags & kDefNonlocal) {
    if (!bound)
      compile_error(directive_pos(s, name), "nonlocal declaration not allowed at module level");
    if (!bound->count(name))
      compile_error(directive_pos(s, name), "no binding for nonlocal '" + name + "' found");
    scopes[name] = SymScope::Free;
    free.insert(name);
    return;
  }
  if (flags & kDefBound) {
    scopes[name] = SymScope::Local;
    local.insert(name);
    global.erase(name);
    return;
  }
  if (bound && bound->count(name)) {
    scopes[name] = SymScope::Free;
    free.insert(name);
    return;
  }
  scopes[name] = SymScope::GlobalImplicit;
}

bool is_free_in_any_child(Scope* comp, const std::string& name) {
  for (auto& c : comp->children)
    if (c->scope_of(name) == SymScope::Free) return true;
  return false;
}

void analyze_block(Scope* s, NameSet* bound, NameSet& free, NameSet& global);

void inline_comprehension(Scope* s, Scope* comp, ScopeMap& scopes, NameSet& comp_free,
                          NameSet& inlined_cells) {
  bool remove_dunder_class = false;
  for (const std::string& name : comp->order) {
    const Symbol& sym = comp->symbols[name];
    if (sym.flags & kDefParam) continue;
    SymScope sc = sym.scope;
    if (sc == SymScope::Cell || (sym.flags & kDefCompCell)) inlined_cells.insert(name);
    auto existing = s->symbols.find(name);
    if (sc == SymScope::Free && s->kind == ScopeKind::Class && name == "__class__") {
      remove_dunder_class = true;
      if (!is_free_in_any_child(comp, name)) comp_free.erase(name);
    }
    if (existing == s->symbols.end()) {
      s->symbols[name].flags = sym.flags;
      s->order.push_back(name);
      scopes[name] = sc;
    } else {
      // A name an earlier inlined comprehension already made local here,
      // captured by a closure in this one: it must become a cell too.
      auto prev = scopes.find(name);
      if (sc == SymScope::Cell && prev != scopes.end() && prev->second == SymScope::Local)
        prev->second = SymScope::Cell;
      if ((existing->second.flags & kDefBound) && !is_free_in_any_child(comp, name) &&
          s->kind != ScopeKind::Class)
        comp_free.erase(name);
    }
  }
  if (remove_dunder_class) {
    comp->symbols.erase("__class__");
    comp->order.erase(std::remove(comp->order.begin(), comp->order.end(), "__class__"),
                      comp->order.end());
  }
}

void analyze_block(Scope* s, NameSet* bound, NameSet& free, NameSet& global) {
  NameSet local, newglobal, newfree, newbound;
  ScopeMap scopes;
  if (s->kind == ScopeKind::Class) {
    newglobal = global;
    if (bound) newbound = *bound;
  }
  for (const std::string& name : s->order)
    analyze_name(s, scopes, name, s->symbols[name].flags, bound, local, free, global);
  if (s->kind != ScopeKind::Class) {
    if (s->function_like()) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
    newglobal.insert(global.begin(), global.end());
  } else {
    newbound.insert("__class__");
  }
  NameSet inlined_cells;
  for (auto& child : s->children) {
    NameSet temp_bound = newbound, temp_free = newfree, temp_global = newglobal;
    analyze_block(child.get(), &temp_bound, temp_free, temp_global);
    if (child->comp_inlined)
      inline_comprehension(s, child.get(), scopes, temp_free, inlined_cells);
    newfree.insert(temp_free.begin(), temp_free.end());
  }
  if (s->function_like()) {
    for (auto& [name, sc] : scopes) {
      if (sc != SymScope::Local) continue;
      if (!newfree.count(name) && !inlined_cells.count(name)) continue;
      sc = SymScope::Cell;
      newfree.erase(name);
    }
  } else if (s->kind == ScopeKind::Class) {
    if (newfree.erase("__class__")) s->needs_class_closure = true;
  }
  // update_symbols
  for (const std::string& name : s->order) {
    Symbol& sym = s->symbols[name];
    auto it = scopes.find(name);
    sym.scope = it == scopes.end() ? SymScope::GlobalImplicit : it->second;
    if (inlined_cells.count(name)) sym.flags |= kDefCompCell;
  }
  std::vector<std::string> frees(newfree.begin(), newfree.end());
  std::sort(frees.begin(), frees.end());
  for (const std::string& name : frees) {
    auto it = s->symbols.find(name);
    if (it != s->symbols.end()) {
      if (s->kind == ScopeKind::Class) it->second.flags |= kDefFreeClass;
      continue;
    }
    if (bound && !bound->count(name)) continue;
    Symbol& sym = s->symbols[name];
    sym.scope = SymScope::Free;
    s->order.push_back(name);
  }
  free.insert(newfree.begin(), newfree.end());
}

}  // namespace

std::unique_ptr<SymbolTable> build_symtable(const ast::Module* module, const ast::Expr* expr) {
  auto st = std::make_unique<SymbolTable>();
  Builder b(*st);
  b.run(module, expr);
  NameSet free, global;
  analyze_block(st->top.get(), nullptr, free, global);
  return st;
}

}  // namespace ftpy::compiler
