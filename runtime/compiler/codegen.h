// codegen.h — internal interface of the bytecode generator (AST + symbol
// table -> Code objects). Not a contract: only runtime/compiler/*.cpp include
// it. The generator is split by concern:
//   codegen.cpp        units (one per code object), names, constants, entry
//   codegen_stmt.cpp   statements (assign, if/for/while, import, ...)
//   codegen_expr.cpp   expressions (calls, displays, comparisons, f-strings)
//   codegen_scope.cpp  functions, lambdas, classes, comprehensions
//   codegen_exc.cpp    try/except/finally, with, return/break/continue
//                      unwinding (the "frame blocks"), yield from
//   assemble.cpp       pseudo-op resolution, stack depth, exception table,
//                      LOAD_FAST_CHECK analysis, superinstructions, Code
//
// Instructions are first emitted into Unit::instrs with symbolic jump labels
// and pseudo-ops (SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH/POP_BLOCK/JUMP, as in
// CPython's compiler); local-variable operands carry their slot kind in the
// top bits (resolved once the variable list is complete).
//
// Concurrency: one Codegen per compilation, used by one thread.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "objects/code.h"
#include "objects/object.h"
#include "runtime/compiler/ast.h"
#include "runtime/compiler/symtable.h"
#include "runtime/vm/opcodes.h"

namespace ftpy::compiler {

using Loc = SourcePos;
inline Loc loc_of(const ast::Pos& p) { return Loc{p.lineno, p.end_lineno, p.col, p.end_col}; }
inline constexpr Loc kNoLoc{};

// Pseudo-ops, numbered after the real opcodes.
enum PseudoOp : int {
  kSetupFinally = 256,   // push a handler: exception -> target, depth here
  kSetupCleanup,         // same, also pushes lasti
  kSetupWith,            // same as cleanup, depth excludes the __enter__ result
  kPopBlock,             // pop the innermost handler
  kJump,                 // JUMP_FORWARD or JUMP_BACKWARD
  kJumpNoInterrupt,      // JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT
};
inline int op_of(vm::Opcode op) { return static_cast<int>(op); }

// Slot operand encoding for LOAD_FAST & co before assembly.
inline constexpr uint32_t kSlotVar = 0u << 28;
inline constexpr uint32_t kSlotCell = 1u << 28;
inline constexpr uint32_t kSlotFree = 2u << 28;
inline constexpr uint32_t kSlotKindMask = 3u << 28;

struct IInstr {
  int op = 0;
  uint32_t arg = 0;
  int target = -1;  // label id for jumps and SETUP_*
  Loc loc;
  bool maybe_null = false;  // STORE_FAST restoring a LOAD_FAST_AND_CLEAR value
};

struct Const {
  Ref<> obj;
  std::string key;  // type tag + value: equal keys are the same constant
};

struct FBlock {
  enum Kind {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue,
    ExceptionHandler,
  };
  explicit FBlock(Kind k) : kind(k) {}
  Kind kind;
  int block = -1;  // loop start label (continue target)
  int exit = -1;   // loop exit label (break target)
  const std::vector<ast::Stmt*>* finalbody = nullptr;  // FinallyTry
  std::string name;                                    // HandlerCleanup: `except E as name`
  Loc loc;
};

// One code object under construction.
struct Unit {
  Scope* scope = nullptr;
  std::string name, qualname;
  int firstlineno = 1;
  std::string private_name;  // class name for mangling
  std::vector<IInstr> instrs;
  std::vector<int> labels;   // label id -> instruction index (-1 until bound)
  int label_at_end = -1;     // instrs.size() when a label was bound there last
  std::vector<Const> consts;
  std::unordered_map<std::string, int> const_index;
  std::vector<std::string> names;
  std::unordered_map<std::string, int> name_index;
  std::vector<std::string> varnames;
  std::unordered_map<std::string, int> var_index;
  std::vector<std::string> cellvars, freevars;  // sorted
  std::set<std::string> hidden;                 // comprehension-only fast locals
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  std::vector<FBlock> fblocks;
  std::vector<Scope*> comp_stack;  // inlined comprehensions being compiled
  std::set<std::string> static_attributes;  // class bodies: self.X assigned in methods
  Unit* class_unit = nullptr;       // methods: the class body being compiled
  std::string self_name;            // methods: first parameter
  bool has_docstring = false;
  bool is_module = false;
  int stopiter_label = -1;  // generators: the StopIteration -> RuntimeError handler
};

class Codegen {
 public:
  Codegen(SymbolTable& st, std::string filename);
  Ref<> compile_module(const ast::Module* m, bool interactive);
  Ref<> compile_expression(const ast::Expr* e);

  // ---- units (codegen.cpp)
  void enter_unit(Scope* scope, std::string name, int firstlineno);
  Ref<> leave_unit();  // assembles the current unit
  void begin_code(Loc loc);  // generator wrapper setup + RESUME
  Unit* u() { return u_; }
  Scope* cur_scope() const { return u_->comp_stack.empty() ? u_->scope : u_->comp_stack.back(); }

  // ---- emission (codegen.cpp)
  void emit(vm::Opcode op, uint32_t arg, Loc loc);
  void emit(vm::Opcode op, Loc loc) { emit(op, 0, loc); }
  void emit_pseudo(int op, Loc loc);
  void emit_jump(int op, int label, Loc loc);  // op: an Opcode or a PseudoOp
  void emit_jump(vm::Opcode op, int label, Loc loc) { emit_jump(op_of(op), label, loc); }
  int new_label();
  void bind(int label);
  void emit_load_const(const Const& c, Loc loc);
  void emit_load_none(Loc loc);
  int add_const(const Const& c);
  int add_name(const std::string& name);  // mangles
  int add_name_raw(const std::string& name);
  uint32_t var_slot(const std::string& name);
  uint32_t deref_slot(const std::string& name);
  enum class Ctx { Load, Store, Del };
  void name_op(const std::string& raw, Ctx ctx, Loc loc);
  bool name_is_global_load(const std::string& raw);  // LOAD_GLOBAL candidate
  std::string mangled(const std::string& name) const { return mangle(u_->private_name, name); }

  // ---- constants (codegen_const.cpp)
  Const const_none();
  Const const_bool(bool b);
  Const const_int(int64_t v);
  Const const_str(std::string_view s);
  Const const_of(const ast::Constant* c);
  Const const_tuple(const std::vector<Const>& items);
  Const const_code(Ref<> code);
  // Folds constant subexpressions as CPython's AST optimizer does; returns
  // false when `e` is not a constant expression.
  bool try_fold(const ast::Expr* e, Const* out);

  // ---- statements (codegen_stmt.cpp)
  void visit_body(const std::vector<ast::Stmt*>& body);
  void visit_stmt(const ast::Stmt* s);
  void visit_stmts_with_docstring(const std::vector<ast::Stmt*>& body);  // module / class
  void assign_target(const ast::Expr* target, Loc value_loc);
  void unpack_target(const std::vector<ast::Expr*>& elts, const ast::Expr* whole);
  void visit_import(const ast::Stmt* s);
  void visit_augassign(const ast::AugAssign* s);
  void visit_annassign(const ast::AnnAssign* s);
  void visit_for(const ast::For* s);
  void visit_while(const ast::While* s);
  void visit_if(const ast::If* s);
  void visit_assert(const ast::Assert* s);
  void visit_delete_target(const ast::Expr* e);

  // ---- expressions (codegen_expr.cpp)
  void visit_expr(const ast::Expr* e);
  // An iterable or `in` operand: a list display of constants becomes a
  // tuple constant (CPython's AST optimizer).
  void visit_iterable(const ast::Expr* e);
  void visit_cmp_operand(ast::CmpOp op, const ast::Expr* e);
  void jump_if(const ast::Expr* e, int label, bool cond);
  void visit_call(const ast::Call* c);
  void call_helper(Loc loc, int pushed, const std::vector<ast::Expr*>& args,
                   const std::vector<ast::Keyword*>& keywords);
  void starunpack(Loc loc, const std::vector<ast::Expr*>& elts, int pushed, vm::Opcode build,
                  vm::Opcode add, vm::Opcode extend, bool tuple);
  void visit_dict(const ast::Dict* d);
  void visit_compare(const ast::Compare* c);
  void emit_compare(ast::CmpOp op, Loc loc, bool bool_result);
  void visit_subscript(const ast::Subscript* s, Ctx ctx);
  void visit_slice_parts(const ast::Slice* s);
  void visit_joined_str(const ast::JoinedStr* j);
  void visit_formatted_value(const ast::FormattedValue* f);
  void visit_boolop(const ast::BoolOp* b);
  void visit_attribute_load(const ast::Attribute* a);
  void check_keywords(const std::vector<ast::Keyword*>& keywords);
  Loc attr_loc(Loc loc, const ast::Attribute* a);

  // ---- scopes (codegen_scope.cpp)
  void visit_function_def(const ast::FunctionDef* f);
  void visit_class_def(const ast::ClassDef* c);
  void visit_lambda(const ast::Lambda* l);
  void visit_comprehension(const ast::Expr* e);
  uint32_t default_arguments(const ast::Arguments* args, Loc loc);
  bool annotations(const ast::Arguments* args, const ast::Expr* returns, Loc loc);
  void make_closure(Ref<> code, uint32_t flags, Loc loc);
  void apply_decorators(const std::vector<ast::Expr*>& decorators);
  void comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t index,
                               int depth, const ast::Expr* elt, const ast::Expr* val, int type,
                               bool iter_on_stack, Loc loc);
  std::string qualname_for(const std::string& name);

  // ---- exceptions and unwinding (codegen_exc.cpp)
  void push_fblock(FBlock fb, Loc loc);
  void pop_fblock();
  void unwind_fblock(const FBlock& fb, Loc* loc, bool preserve_tos);
  bool unwind_fblock_stack(Loc* loc, bool preserve_tos, bool want_loop, FBlock* loop);
  void visit_return(const ast::Return* s);
  void visit_break(const ast::Stmt* s);
  void visit_continue(const ast::Stmt* s);
  void visit_try(const ast::Try* s);
  void visit_try_except(const ast::Try* s);
  void visit_try_finally(const ast::Try* s);
  void visit_with(const ast::With* s, size_t pos);
  void with_except_finish(int cleanup);
  void pop_except_and_reraise(Loc loc);
  void call_exit_with_nones(Loc loc);
  void visit_raise(const ast::Raise* s);
  void yield_from(Loc loc);
  void emit_yield(Loc loc);

  std::string filename_;

 private:
  SymbolTable& st_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool interactive_ = false;
  int code_counter_ = 0;
  friend struct CodegenAccess;
};

// Builds the Code object for a finished unit (assemble.cpp).
Ref<> assemble(Unit* u, const std::string& filename);

// True if a module/class body has an annotated assignment outside nested
// functions and classes (it then needs SETUP_ANNOTATIONS).
bool body_has_annotations(const std::vector<ast::Stmt*>& body);

// CPython's inspect.cleandoc-like docstring cleaning done at compile time.
std::string clean_doc(std::string_view doc);

}  // namespace ftpy::compiler
