// symtable.h — the symbol table: one Scope per module, function, lambda,
// class body and comprehension, with every name classified as CPython 3.13's
// symtable does (local, cell, free, explicit/implicit global), including
// PEP 709 comprehension inlining (list/set/dict comprehensions share the
// enclosing code object; generator expressions do not).
//
// Built by build_symtable() from an AST in two passes (collect definitions and
// uses, then resolve scopes top-down passing the bound/free/global sets) and
// consumed by codegen. Errors are thrown as CompileError (converted to a Python
// SyntaxError by compiler.cpp).
//
// Concurrency: built and used by one compiling thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/compiler/ast.h"

namespace ftpy::compiler {

// A syntax error found after parsing (symtable or codegen). Columns are
// 0-based byte offsets as in the AST; compiler.cpp converts to CPython's
// SyntaxError attributes (offset = col + 1).
struct CompileError {
  std::string msg;
  ast::Pos pos;
};
[[noreturn]] void compile_error(const ast::Pos& pos, std::string msg);

enum class ScopeKind : uint8_t { Module, Function, Lambda, Class, Comprehension };

// The resolved scope of one name (CPython's LOCAL, GLOBAL_EXPLICIT, ...).
enum class SymScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Definition/use flags (CPython's DEF_* bits).
enum SymFlag : uint32_t {
  kDefGlobal = 1u << 0,     // `global x` in this scope
  kDefLocal = 1u << 1,      // assigned in this scope
  kDefParam = 1u << 2,      // a parameter
  kDefNonlocal = 1u << 3,   // `nonlocal x`
  kUse = 1u << 4,           // read
  kDefFreeClass = 1u << 5,  // free in a method, also bound in the class body
  kDefImport = 1u << 6,     // bound by import
  kDefAnnot = 1u << 7,      // annotated
  kDefCompIter = 1u << 8,   // comprehension iteration target
  kDefCompCell = 1u << 9,   // a cell in an inlined comprehension
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

struct Symbol {
  uint32_t flags = 0;
  SymScope scope = SymScope::Unknown;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;          // "top", function/class name, "lambda", "listcomp", "genexpr"...
  const void* node = nullptr;  // the FunctionDef/ClassDef/Lambda/comprehension Expr
  int lineno = 0;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;  // in source order
  std::vector<std::string> order;                // symbol insertion order
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> params;  // parameter names in co_varnames order (mangled)
  std::unordered_map<std::string, ast::Pos> directives;  // global/nonlocal statement positions
  bool is_generator = false;
  bool has_varargs = false, has_varkw = false;
  bool nested = false;               // inside a function (CO_NESTED)
  bool needs_class_closure = false;  // class body: methods use __class__ / super
  bool comp_inlined = false;         // list/set/dict comprehension compiled inline
  bool is_genexp = false;
  std::string private_name;          // enclosing class name for private-name mangling
  int comp_iter_expr = 0;            // >0 while visiting a comprehension iterable
  bool comp_iter_target = false;     // visiting a comprehension target

  bool function_like() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension;
  }
  SymScope scope_of(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? SymScope::Unknown : it->second.scope;
  }
  uint32_t flags_of(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? 0 : it->second.flags;
  }
};

struct SymbolTable {
  std::unique_ptr<Scope> top;
  std::unordered_map<const void*, Scope*> by_node;
  Scope* lookup(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Private-name mangling (`__x` inside class K becomes `_K__x`).
std::string mangle(const std::string& private_name, const std::string& name);

// mode_eval: `body` is empty and `expr` the expression.
std::unique_ptr<SymbolTable> build_symtable(const ast::Module* module, const ast::Expr* expr);

}  // namespace ftpy::compiler
