// test_symtable.cpp — symbol classification for tricky scoping: closures,
// class bodies, comprehensions (PEP 709 inlining), nonlocal/global, walrus,
// __class__ for super(). Uses only the parser and the symbol table (no
// runtime objects), so it needs no runtime initialisation.
#include <gtest/gtest.h>

#include <string>

#include "runtime/compiler/parser.h"
#include "runtime/compiler/symtable.h"

namespace ftpy::compiler {
namespace {

struct Built {
  ast::AstArena arena;
  std::unique_ptr<SymbolTable> st;
};

std::unique_ptr<Built> build(const std::string& src) {
  auto b = std::make_unique<Built>();
  ParseResult r = parse(src, ParseMode::File, b->arena);
  EXPECT_TRUE(r.ok) << r.error.msg;
  if (!r.ok) return b;
  b->st = build_symtable(r.module, nullptr);
  return b;
}

// Finds a scope by a path of names below the module ("f", "f/g", "C/m").
Scope* find(Scope* s, const std::string& path) {
  if (path.empty()) return s;
  size_t slash = path.find('/');
  std::string head = path.substr(0, slash);
  std::string rest = slash == std::string::npos ? "" : path.substr(slash + 1);
  for (auto& c : s->children)
    if (c->name == head) return find(c.get(), rest);
  return nullptr;
}

SymScope scope_of(Built& b, const std::string& path, const std::string& name) {
  Scope* s = find(b.st->top.get(), path);
  EXPECT_NE(s, nullptr) << path;
  return s ? s->scope_of(name) : SymScope::Unknown;
}

TEST(Symtable, LocalsGlobalsAndClosures) {
  auto b = build(
      "x = 1\n"
      "def f(a):\n"
      "    b = a + x\n"
      "    def g():\n"
      "        return b\n"
      "    return g\n");
  EXPECT_EQ(scope_of(*b, "", "x"), SymScope::Local);
  EXPECT_EQ(scope_of(*b, "f", "a"), SymScope::Local);
  EXPECT_EQ(scope_of(*b, "f", "x"), SymScope::GlobalImplicit);
  EXPECT_EQ(scope_of(*b, "f", "b"), SymScope::Cell);
  EXPECT_EQ(scope_of(*b, "f/g", "b"), SymScope::Free);
}

TEST(Symtable, ClassBodyNotVisibleToMethods) {
  auto b = build(
      "def outer():\n"
      "    y = 1\n"
      "    class C:\n"
      "        y = 2\n"
      "        z = y\n"
      "        def m(self):\n"
      "            return y\n"
      "    return C\n");
  EXPECT_EQ(scope_of(*b, "outer", "y"), SymScope::Cell);
  EXPECT_EQ(scope_of(*b, "outer/C", "y"), SymScope::Local);
  Scope* c = find(b->st->top.get(), "outer/C");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->flags_of("y") & kDefFreeClass);
  EXPECT_EQ(scope_of(*b, "outer/C/m", "y"), SymScope::Free);
}

TEST(Symtable, SuperMakesClassCell) {
  auto b = build(
      "class C:\n"
      "    def m(self):\n"
      "        return super().m()\n"
      "    def n(self):\n"
      "        return 1\n");
  Scope* c = find(b->st->top.get(), "C");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->needs_class_closure);
  EXPECT_EQ(scope_of(*b, "C/m", "__class__"), SymScope::Free);
  EXPECT_EQ(scope_of(*b, "C/n", "__class__"), SymScope::Unknown);
}

TEST(Symtable, NonlocalAndGlobal) {
  auto b = build(
      "def f():\n"
      "    n = 0\n"
      "    def inc():\n"
      "        nonlocal n\n"
      "        global g\n"
      "        n += 1\n"
      "        g = n\n"
      "    return inc\n");
  EXPECT_EQ(scope_of(*b, "f", "n"), SymScope::Cell);
  EXPECT_EQ(scope_of(*b, "f/inc", "n"), SymScope::Free);
  EXPECT_EQ(scope_of(*b, "f/inc", "g"), SymScope::GlobalExplicit);
}

TEST(Symtable, InlinedComprehension) {
  auto b = build(
      "def f(a):\n"
      "    return [x * k for x in a], (y for y in a)\n"
      "k = 2\n");
  Scope* f = find(b->st->top.get(), "f");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->children.size(), 2u);
  Scope* lc = f->children[0].get();
  Scope* ge = f->children[1].get();
  EXPECT_TRUE(lc->comp_inlined);
  EXPECT_FALSE(ge->comp_inlined);
  EXPECT_TRUE(ge->is_generator);
  EXPECT_EQ(lc->scope_of("x"), SymScope::Local);
  EXPECT_EQ(lc->scope_of("k"), SymScope::GlobalImplicit);
  // The inlined comprehension's variable is merged into the function.
  EXPECT_EQ(f->scope_of("x"), SymScope::Local);
  EXPECT_EQ(ge->scope_of("y"), SymScope::Local);
}

TEST(Symtable, ComprehensionCellAndWalrus) {
  auto b = build(
      "def f(a):\n"
      "    fs = [lambda: x for x in a]\n"
      "    ys = [(last := v) for v in a]\n"
      "    return fs, last\n");
  Scope* f = find(b->st->top.get(), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->scope_of("x"), SymScope::Cell);
  EXPECT_EQ(f->scope_of("last"), SymScope::Local);
  Scope* comp2 = f->children[1].get();
  EXPECT_EQ(comp2->scope_of("last"), SymScope::Free);
}

TEST(Symtable, ParamsOrderAndFlags) {
  auto b = build("def f(a, /, b, *c, d, **e):\n    pass\n");
  Scope* f = find(b->st->top.get(), "f");
  ASSERT_NE(f, nullptr);
  std::vector<std::string> expect{"a", "b", "d", "c", "e"};
  EXPECT_EQ(f->params, expect);
  EXPECT_TRUE(f->has_varargs);
  EXPECT_TRUE(f->has_varkw);
}

TEST(Symtable, PrivateNameMangling) {
  EXPECT_EQ(mangle("C", "__x"), "_C__x");
  EXPECT_EQ(mangle("_C", "__x"), "_C__x");
  EXPECT_EQ(mangle("C", "__x__"), "__x__");
  EXPECT_EQ(mangle("___", "__x"), "__x");
  EXPECT_EQ(mangle("", "__x"), "__x");
  auto b = build("class C:\n    __a = 1\n    def __m(self):\n        return self.__a\n");
  Scope* c = find(b->st->top.get(), "C");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->scope_of("_C__a"), SymScope::Local);
  EXPECT_EQ(c->scope_of("_C__m"), SymScope::Local);
}

void expect_error(const std::string& src, const std::string& msg, int lineno, int col) {
  ast::AstArena arena;
  ParseResult r = parse(src, ParseMode::File, arena);
  ASSERT_TRUE(r.ok) << r.error.msg;
  try {
    build_symtable(r.module, nullptr);
    ADD_FAILURE() << "no error for: " << src;
  } catch (const CompileError& e) {
    EXPECT_EQ(e.msg, msg);
    EXPECT_EQ(e.pos.lineno, lineno);
    EXPECT_EQ(e.pos.col, col);
  }
}

TEST(Symtable, Errors) {
  expect_error("def f():\n  x = 1\n  global x\n",
               "name 'x' is assigned to before global declaration", 3, 2);
  expect_error("def f(a):\n  global a\n", "name 'a' is parameter and global", 2, 2);
  expect_error("def f(): print(x); global x\n", "name 'x' is used prior to global declaration",
               1, 19);
  expect_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 0);
  expect_error("def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2, 2);
  expect_error("def f(a, b, a): pass\n", "duplicate argument 'a' in function definition", 1, 12);
  expect_error("[(x:=1) for x in a]\n",
               "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2);
  expect_error("class K:\n  [(y:=1) for x in a]\n",
               "assignment expression within a comprehension cannot be used in a class body", 2,
               4);
  expect_error("[x for x in (y:=a)]\n",
               "assignment expression cannot be used in a comprehension iterable expression", 1,
               13);
  expect_error("def f():\n  from m import *\n", "import * only allowed at module level", 2, 16);
  expect_error("[(yield 1) for x in a]\n", "'yield' inside list comprehension", 1, 2);
}

}  // namespace
}  // namespace ftpy::compiler
