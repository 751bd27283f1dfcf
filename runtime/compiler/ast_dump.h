// ast_dump.h — text form of an AST in the format of Python 3.13's
// `ast.dump(tree)` (and, with include_attributes, of
// `ast.dump(tree, include_attributes=True)`), so parser tests can compare
// against what CPython prints. Fields ftpy does not keep (type_comment,
// type_params, Constant.kind) are absent, as ast.dump leaves out empty ones.
#pragma once

#include <string>

#include "runtime/compiler/ast.h"

namespace ftpy::compiler {

std::string dump(const ast::Module* module, bool include_attributes = false);
std::string dump(const ast::Expr* expr, bool include_attributes = false);
std::string dump(const ast::Stmt* stmt, bool include_attributes = false);

// Python's repr() of a float (shortest round-trip digits), used by dump and
// handy for tests.
std::string python_float_repr(double value);

}  // namespace ftpy::compiler
