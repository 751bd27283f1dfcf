// ast.h — the abstract syntax tree produced by the parser and consumed by the
// compiler (symtable + codegen).
//
// Shape follows CPython's Python.asdl for the supported subset, so anyone who
// knows `ast.dump` output can read it. Nodes are plain structs owned by one
// AstArena (freed all at once when compilation ends); pointers between nodes
// are non-owning. Positions are 1-based lines and 0-based UTF-8 byte columns,
// as CPython reports them.
//
// Concurrency: an AST is built and consumed by one thread; nothing here is
// shared.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ftpy::ast {

struct Pos {
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp,
  SetComp, DictComp, GeneratorExp, Yield, YieldFrom, Compare, Call,
  FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name,
  List, Tuple, Slice,
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
// Order matches runtime/vm's BinaryOp enum so the compiler can cast.
enum class Operator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor,
  BitAnd, FloorDiv,
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Pos {
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  ExprKind kind;
};

struct Arguments;
struct Stmt;
struct Keyword;
struct Comprehension;

struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {} BoolOpKind op{}; std::vector<Expr*> values; };
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {} Expr* target = nullptr; Expr* value = nullptr; };
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {} Expr* left = nullptr; Operator op{}; Expr* right = nullptr; };
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {} UnaryOpKind op{}; Expr* operand = nullptr; };
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {} Arguments* args = nullptr; Expr* body = nullptr; };
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {} Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; };
// keys[i] == nullptr means `**values[i]`.
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {} std::vector<Expr*> keys, values; };
struct Set : Expr { Set() : Expr(ExprKind::Set) {} std::vector<Expr*> elts; };
struct ListComp : Expr { ListComp() : Expr(ExprKind::ListComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct SetComp : Expr { SetComp() : Expr(ExprKind::SetComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {} Expr* key = nullptr; Expr* value = nullptr; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { GeneratorExp() : Expr(ExprKind::GeneratorExp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {} Expr* value = nullptr; /* may be null */ };
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {} Expr* value = nullptr; };
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {} Expr* left = nullptr; std::vector<CmpOp> ops; std::vector<Expr*> comparators; };
struct Call : Expr { Call() : Expr(ExprKind::Call) {} Expr* func = nullptr; std::vector<Expr*> args; /* may contain Starred */ std::vector<Keyword*> keywords; };
// conversion: -1 none, 's', 'r', 'a'. format_spec is a JoinedStr or null.
struct FormattedValue : Expr { FormattedValue() : Expr(ExprKind::FormattedValue) {} Expr* value = nullptr; int conversion = -1; Expr* format_spec = nullptr; };
// values: Constant(str) and FormattedValue nodes.
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {} std::vector<Expr*> values; };

enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstantKind ckind = ConstantKind::None;
  // Int: the literal's digits without underscores, with its prefix kept
  //      ("0x1f", "123"); the compiler parses it to an int object.
  // Str: UTF-8 text, escapes already decoded.  Bytes: raw bytes.
  std::string text;
  double number = 0;  // Float and Imaginary
};

struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {} Expr* value = nullptr; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {} Expr* value = nullptr; Expr* slice = nullptr; ExprContext ctx = ExprContext::Load; };
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {} Expr* value = nullptr; ExprContext ctx = ExprContext::Load; };
struct Name : Expr { Name() : Expr(ExprKind::Name) {} std::string id; ExprContext ctx = ExprContext::Load; };
struct List : Expr { List() : Expr(ExprKind::List) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : Expr { Tuple() : Expr(ExprKind::Tuple) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {} Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

// ------------------------------------------------------------ helper nodes

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;  // always false: async is outside the subset
};

struct Arg : Pos {
  std::string arg;
  Expr* annotation = nullptr;  // parsed, evaluated never (kept for errors)
};

struct Arguments {
  std::vector<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;  // *args
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // same length as kwonlyargs; null = none
  Arg* kwarg = nullptr;   // **kwargs
  std::vector<Expr*> defaults;  // for the last N of posonlyargs+args
};

struct Keyword : Pos {
  std::string arg;  // empty means `**value`
  Expr* value = nullptr;
};

struct Alias : Pos {
  std::string name;    // dotted for `import a.b`
  std::string asname;  // empty if none
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

struct ExceptHandler : Pos {
  Expr* type = nullptr;  // null for bare `except:`
  std::string name;      // empty if no `as`
  std::vector<Stmt*> body;
};

// ---------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  While, If, With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal,
  ExprStmt, Pass, Break, Continue,
};

struct Stmt : Pos {
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  StmtKind kind;
};

struct FunctionDef : Stmt {
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;
  std::string docstring_unused;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;  // e.g. metaclass=
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {} Expr* value = nullptr; };
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {} std::vector<Expr*> targets; };
// `a = b = value`: targets = [a, b].
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {} std::vector<Expr*> targets; Expr* value = nullptr; };
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {} Expr* target = nullptr; Operator op{}; Expr* value = nullptr; };
// simple: target is a plain Name not in parentheses.
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {} Expr* target = nullptr; Expr* annotation = nullptr; Expr* value = nullptr; bool simple = false; };
struct For : Stmt { For() : Stmt(StmtKind::For) {} Expr* target = nullptr; Expr* iter = nullptr; std::vector<Stmt*> body, orelse; };
struct While : Stmt { While() : Stmt(StmtKind::While) {} Expr* test = nullptr; std::vector<Stmt*> body, orelse; };
struct If : Stmt { If() : Stmt(StmtKind::If) {} Expr* test = nullptr; std::vector<Stmt*> body, orelse; };
struct With : Stmt { With() : Stmt(StmtKind::With) {} std::vector<WithItem> items; std::vector<Stmt*> body; };
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {} Expr* exc = nullptr; Expr* cause = nullptr; };
struct Try : Stmt { Try() : Stmt(StmtKind::Try) {} std::vector<Stmt*> body; std::vector<ExceptHandler*> handlers; std::vector<Stmt*> orelse, finalbody; };
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {} Expr* test = nullptr; Expr* msg = nullptr; };
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {} std::vector<Alias*> names; };
// names == [Alias{"*"}] for `from m import *`.
struct ImportFrom : Stmt { ImportFrom() : Stmt(StmtKind::ImportFrom) {} std::string module; std::vector<Alias*> names; int level = 0; };
struct Global : Stmt { Global() : Stmt(StmtKind::Global) {} std::vector<std::string> names; };
struct Nonlocal : Stmt { Nonlocal() : Stmt(StmtKind::Nonlocal) {} std::vector<std::string> names; };
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::ExprStmt) {} Expr* value = nullptr; };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// A parsed module (file, -c string, exec source) or one `eval` expression.
struct Module {
  std::vector<Stmt*> body;
};

// Owns every node of one parse. Nodes are created with `make<T>()` and live
// until the arena is destroyed.
class AstArena {
 public:
  template <class T>
  T* make() {
    auto node = std::make_unique<Holder<T>>();
    T* raw = &node->value;
    owned_.push_back(std::move(node));
    return raw;
  }

 private:
  struct HolderBase { virtual ~HolderBase() = default; };
  template <class T> struct Holder : HolderBase { T value; };
  std::vector<std::unique_ptr<HolderBase>> owned_;
};

}  // namespace ftpy::ast
