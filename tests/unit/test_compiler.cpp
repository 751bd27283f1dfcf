// test_compiler.cpp — the bytecode compiler: opcode sequences for simple
// constructs (compared with what CPython 3.13 emits, modulo the documented
// differences), constants and folding, LOAD_FAST vs LOAD_FAST_CHECK,
// comprehension inlining, generators, SyntaxErrors with CPython's message and
// position, and stack depth / exception-table sanity.
//
// Needs the runtime (objects are created): the first test brings it up once.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/code.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/compiler.h"
#include "runtime/compiler/stack_effect.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"

namespace ftpy::compiler {
namespace {

using vm::Opcode;

void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
}

Ref<> comp(const std::string& src) {
  ensure_runtime();
  return compile(src, "<test>", ParseMode::File);
}

Code* as_code(const Ref<>& r) { return r.as_ptr<Code>(); }

Code* nested(Code* co, const std::string& name) {
  for (int64_t i = 0; i < tuple_size(co->consts.get()); ++i) {
    Object* c = tuple_item(co->consts.get(), i);
    if (is_type(c, &CodeType) && str_view(static_cast<Code*>(c)->name.get()) == name)
      return static_cast<Code*>(c);
  }
  return nullptr;
}

std::string ops(Code* co) {
  std::string s;
  for (const vm::Instr& in : co->code) {
    if (!s.empty()) s += " ";
    s += vm::opcode_name(in.op);
  }
  return s;
}

bool has_op(Code* co, Opcode op) {
  for (const vm::Instr& in : co->code)
    if (in.op == op) return true;
  return false;
}

// Recomputes the maximum stack depth along straight-line effects as a sanity
// bound: stacksize must be positive and at least the depth of every handler.
void check_sane(Code* co) {
  EXPECT_EQ(co->positions.size(), co->code.size());
  EXPECT_GE(co->stacksize, 0);
  for (const ExceptionTableEntry& e : co->exception_table) {
    EXPECT_LT(e.start, e.end);
    EXPECT_LE(e.end, co->code.size());
    EXPECT_LT(e.target, co->code.size());
    EXPECT_LE(static_cast<int>(e.depth) + 2, co->stacksize + 1);
  }
  for (size_t i = 1; i < co->exception_table.size(); ++i)
    EXPECT_LE(co->exception_table[i - 1].end, co->exception_table[i].start);
  for (const vm::Instr& in : co->code) {
    if (vm::opcode_has(in.op, vm::kJump)) {
      EXPECT_LT(in.arg, co->code.size());
    }
  }
  for (int64_t i = 0; i < tuple_size(co->consts.get()); ++i) {
    Object* c = tuple_item(co->consts.get(), i);
    if (is_type(c, &CodeType)) check_sane(static_cast<Code*>(c));
  }
}

TEST(Compiler, SimpleAssignment) {
  Ref<> r = comp("x = 1\n");
  Code* co = as_code(r);
  EXPECT_EQ(ops(co), "RESUME LOAD_CONST STORE_NAME RETURN_CONST");
  EXPECT_EQ(str_view(co->name.get()), "<module>");
  check_sane(co);
}

TEST(Compiler, FunctionLocals) {
  Ref<> r = comp("def f(a):\n    b = a\n    return b\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(ops(f), "RESUME LOAD_FAST STORE_FAST LOAD_FAST RETURN_VALUE");
  EXPECT_EQ(f->argcount, 1);
  EXPECT_EQ(f->nlocals, 2);
  EXPECT_TRUE(f->flags & kCoOptimized);
  EXPECT_TRUE(f->flags & kCoNewLocals);
  EXPECT_EQ(ops(as_code(r)), "RESUME LOAD_CONST MAKE_FUNCTION STORE_NAME RETURN_CONST");
}

TEST(Compiler, GlobalCallUsesPushNullBit) {
  Ref<> r = comp("def f():\n    return g(1)\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(ops(f), "RESUME LOAD_GLOBAL LOAD_CONST CALL RETURN_VALUE");
  EXPECT_EQ(f->code[1].arg & 1, 1u);
  EXPECT_EQ(f->code[3].arg, 1u);
}

TEST(Compiler, MethodCallAndKeywords) {
  Ref<> r = comp("o.m(1, k=2)\n");
  Code* co = as_code(r);
  EXPECT_EQ(ops(co),
            "RESUME LOAD_NAME LOAD_ATTR LOAD_CONST LOAD_CONST LOAD_CONST CALL_KW POP_TOP "
            "RETURN_CONST");
  EXPECT_EQ(co->code[2].arg & 1, 1u);
  EXPECT_EQ(co->code[6].arg, 2u);
}

TEST(Compiler, StarCall) {
  Ref<> r = comp("f(*a, **k)\n");
  EXPECT_EQ(ops(as_code(r)),
            "RESUME LOAD_NAME PUSH_NULL LOAD_NAME BUILD_MAP LOAD_NAME DICT_MERGE "
            "CALL_FUNCTION_EX POP_TOP RETURN_CONST");
}

TEST(Compiler, ConstantFolding) {
  Ref<> r = comp("a = -1\nb = 2 ** 10\nc = (1, 2)\nd = 0\ne = False\nf = 0.0\ng = -0.0\n");
  Code* co = as_code(r);
  EXPECT_EQ(ops(co),
            "RESUME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST "
            "STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME "
            "RETURN_CONST");
  Object* consts = co->consts.get();
  // -1, 1024, (1, 2), 0, False, 0.0, -0.0, None: all distinct.
  EXPECT_EQ(tuple_size(consts), 8);
  EXPECT_EQ(repr_utf8(tuple_item(consts, 0)), "-1");
  EXPECT_EQ(repr_utf8(tuple_item(consts, 1)), "1024");
  EXPECT_EQ(repr_utf8(tuple_item(consts, 2)), "(1, 2)");
  EXPECT_EQ(repr_utf8(tuple_item(consts, 6)), "-0.0");
}

TEST(Compiler, IsNoneJump) {
  Ref<> r = comp("if x is None:\n    y = 1\n");
  EXPECT_TRUE(has_op(as_code(r), Opcode::POP_JUMP_IF_NOT_NONE));
  EXPECT_FALSE(has_op(as_code(r), Opcode::IS_OP));
}

TEST(Compiler, ChainedCompare) {
  Ref<> r = comp("x = a < b < c\n");
  EXPECT_EQ(ops(as_code(r)),
            "RESUME LOAD_NAME LOAD_NAME SWAP COPY COMPARE_OP COPY POP_JUMP_IF_FALSE POP_TOP "
            "LOAD_NAME COMPARE_OP JUMP_FORWARD SWAP POP_TOP STORE_NAME RETURN_CONST");
}

TEST(Compiler, LoadFastCheckWhenMaybeUnbound) {
  Ref<> r = comp("def f(c):\n    if c:\n        x = 1\n    return x\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(has_op(f, Opcode::LOAD_FAST_CHECK));
  Ref<> r2 = comp("def f(c):\n    x = c\n    return x\n");
  EXPECT_FALSE(has_op(nested(as_code(r2), "f"), Opcode::LOAD_FAST_CHECK));
}

TEST(Compiler, Superinstructions) {
  Ref<> r = comp("def f(a, b):\n    return a + b\n");
  Code* f = nested(as_code(r), "f");
  EXPECT_EQ(ops(f), "RESUME LOAD_FAST_LOAD_FAST BINARY_OP RETURN_VALUE");
  EXPECT_EQ(f->code[1].arg, 0x01u);
}

TEST(Compiler, InlinedListComprehension) {
  Ref<> r = comp("def f(a):\n    return [x for x in a]\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(has_op(f, Opcode::LOAD_FAST_AND_CLEAR));
  EXPECT_TRUE(has_op(f, Opcode::LIST_APPEND));
  EXPECT_EQ(f->exception_table.size(), 1u);
  EXPECT_EQ(nested(f, "<listcomp>"), nullptr);
  check_sane(f);
}

TEST(Compiler, GeneratorPrologueAndHandler) {
  Ref<> r = comp("def g():\n    yield 1\n");
  Code* g = nested(as_code(r), "g");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(g->flags & kCoGenerator);
  EXPECT_EQ(g->code[0].op, Opcode::RETURN_GENERATOR);
  EXPECT_EQ(g->code[1].op, Opcode::POP_TOP);
  EXPECT_EQ(g->code[2].op, Opcode::RESUME);
  ASSERT_EQ(g->exception_table.size(), 1u);
  EXPECT_EQ(g->exception_table[0].start, 2u);
  EXPECT_TRUE(g->exception_table[0].push_lasti);
  EXPECT_EQ(g->code[g->exception_table[0].target].op, Opcode::CALL_INTRINSIC_1);
}

TEST(Compiler, ClosureCells) {
  Ref<> r = comp("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->code[0].op, Opcode::MAKE_CELL);
  EXPECT_EQ(f->ncellvars, 1);
  Code* g = nested(f, "g");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->code[0].op, Opcode::COPY_FREE_VARS);
  EXPECT_EQ(g->nfreevars, 1);
  EXPECT_EQ(str_view(g->qualname.get()), "f.<locals>.g");
  EXPECT_TRUE(has_op(g, Opcode::LOAD_DEREF));
}

TEST(Compiler, ClassBody) {
  Ref<> r = comp("class C:\n    'doc'\n    def m(self):\n        self.a = super().m()\n");
  Code* c = nested(as_code(r), "C");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code[0].op, Opcode::MAKE_CELL);
  Code* m = nested(c, "m");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(str_view(m->qualname.get()), "C.m");
  EXPECT_EQ(m->nfreevars, 1);
  // __static_attributes__ == ('a',)
  bool found = false;
  for (int64_t i = 0; i < tuple_size(c->consts.get()); ++i)
    if (repr_utf8(tuple_item(c->consts.get(), i)) == "('a',)") found = true;
  EXPECT_TRUE(found);
}

TEST(Compiler, Docstring) {
  Ref<> r = comp("def f():\n    '''  Doc.\n\n       More.\n    '''\n    return 1\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->flags & kCoHasDocstring);
  EXPECT_EQ(str_view(tuple_item(f->consts.get(), 0)), "Doc.\n\nMore.\n");
  Ref<> r2 = comp("def f():\n    return 1\n");
  Code* f2 = nested(as_code(r2), "f");
  EXPECT_FALSE(f2->flags & kCoHasDocstring);
  EXPECT_EQ(tuple_item(f2->consts.get(), 0), kNone);
}

TEST(Compiler, TryExceptTable) {
  Ref<> r = comp(
      "def f():\n"
      "    try:\n"
      "        a()\n"
      "    except E as e:\n"
      "        b()\n"
      "    finally:\n"
      "        c()\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_GE(f->exception_table.size(), 4u);
  EXPECT_TRUE(has_op(f, Opcode::PUSH_EXC_INFO));
  EXPECT_TRUE(has_op(f, Opcode::CHECK_EXC_MATCH));
  EXPECT_TRUE(has_op(f, Opcode::POP_EXCEPT));
  EXPECT_GE(f->stacksize, 3);
  check_sane(f);
}

TEST(Compiler, WithAndYieldFrom) {
  Ref<> r = comp(
      "def f():\n"
      "    with a as b:\n"
      "        return b\n"
      "def g():\n"
      "    yield from h()\n");
  Code* f = nested(as_code(r), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(has_op(f, Opcode::BEFORE_WITH));
  EXPECT_TRUE(has_op(f, Opcode::WITH_EXCEPT_START));
  ASSERT_FALSE(f->exception_table.empty());
  EXPECT_EQ(f->exception_table[0].depth, 1);
  EXPECT_TRUE(f->exception_table[0].push_lasti);
  check_sane(f);
  Code* g = nested(as_code(r), "g");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(has_op(g, Opcode::SEND));
  EXPECT_TRUE(has_op(g, Opcode::CLEANUP_THROW));
  EXPECT_TRUE(has_op(g, Opcode::END_SEND));
  bool send_entry = false;
  for (const ExceptionTableEntry& e : g->exception_table)
    if (g->code[e.target].op == Opcode::CLEANUP_THROW) {
      send_entry = true;
      EXPECT_FALSE(e.push_lasti);
      EXPECT_EQ(e.depth, 2);
    }
  EXPECT_TRUE(send_entry);
  check_sane(g);
}

TEST(Compiler, Disassemble) {
  Ref<> r = comp("def f(a):\n    return a\n");
  std::string d = disassemble(r.get());
  EXPECT_NE(d.find("RESUME"), std::string::npos);
  EXPECT_NE(d.find("Disassembly of <code object f at 0x"), std::string::npos);
  EXPECT_NE(d.find("LOAD_FAST"), std::string::npos);
  EXPECT_NE(d.find("(a)"), std::string::npos);
}

TEST(Compiler, StackEffects) {
  EXPECT_EQ(stack_effect(Opcode::CALL, 2, false), -3);
  EXPECT_EQ(stack_effect(Opcode::LOAD_GLOBAL, 3, false), 2);
  EXPECT_EQ(stack_effect(Opcode::BUILD_MAP, 2, false), -3);
  EXPECT_EQ(stack_effect(Opcode::UNPACK_EX, 1 | (2 << 8), false), 3);
  EXPECT_EQ(stack_effect(Opcode::FOR_ITER, 0, true), 1);
}

struct ErrCase {
  const char* src;
  const char* type;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
};

void check_error(const ErrCase& c) {
  ensure_runtime();
  try {
    compile(c.src, "<test>", ParseMode::File);
    ADD_FAILURE() << "no SyntaxError for: " << c.src;
  } catch (PyException& e) {
    EXPECT_STREQ(type_name_of(e.value.get()), c.type) << c.src;
    auto* ex = static_cast<BaseExceptionObject*>(e.value.get());
    ASSERT_TRUE(is_tuple(ex->args.get()));
    ASSERT_EQ(tuple_size(ex->args.get()), 2);
    EXPECT_EQ(str_view(tuple_item(ex->args.get(), 0)), c.msg) << c.src;
    Object* d = tuple_item(ex->args.get(), 1);
    ASSERT_EQ(tuple_size(d), 6);
    EXPECT_EQ(int_small_value(tuple_item(d, 1)), c.lineno) << c.src;
    EXPECT_EQ(int_small_value(tuple_item(d, 2)), c.offset) << c.src;
    EXPECT_EQ(int_small_value(tuple_item(d, 4)), c.end_lineno) << c.src;
    EXPECT_EQ(int_small_value(tuple_item(d, 5)), c.end_offset) << c.src;
  }
}

TEST(Compiler, SyntaxErrors) {
  const ErrCase cases[] = {
      {"return 1\n", "SyntaxError", "'return' outside function", 1, 1, 1, 9},
      {"x = 1\nyield x\n", "SyntaxError", "'yield' outside function", 2, 1, 2, 8},
      {"yield from x\n", "SyntaxError", "'yield from' outside function", 1, 1, 1, 13},
      {"break\n", "SyntaxError", "'break' outside loop", 1, 1, 1, 6},
      {"while 1:\n  def g(): continue\n", "SyntaxError", "'continue' not properly in loop", 2,
       12, 2, 20},
      {"def f():\n  x = 1\n  global x\n", "SyntaxError",
       "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
      {"def f(a, b, a): pass\n", "SyntaxError",
       "duplicate argument 'a' in function definition", 1, 13, 1, 14},
      {"nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1,
       1, 11},
      {"a, *b, *c = d\n", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1,
       10},
      {"def f():\n    if x:\n  y\n", "IndentationError",
       "unindent does not match any outer indentation level", 3, 4, 3, -1},
  };
  for (const ErrCase& c : cases) check_error(c);
}

}  // namespace
}  // namespace ftpy::compiler
