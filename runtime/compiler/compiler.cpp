// compiler.cpp — compile(): source text -> Code object. Parses (parser.h),
// builds the symbol table (symtable.h), generates and assembles bytecode
// (codegen.h). Every syntax error, from the parser or found later, leaves as a
// Python SyntaxError / IndentationError / TabError instance whose args are
// CPython's `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
//
// Offsets: parser errors arrive in CPython's form already; errors found after
// parsing carry AST byte columns, reported as col + 1 exactly as CPython's
// compiler does. Their `text` is the source line when the filename names a
// real file and None for pseudo-files such as "<string>" (CPython re-reads the
// file to get it).
// Concurrency: no shared mutable state (interning is thread-safe).
#include "runtime/compiler/compiler.h"

#include <string>

#include "objects/api.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/codegen.h"
#include "runtime/compiler/symtable.h"

namespace ftpy::compiler {

namespace {

Ref<> str_or_none(const std::string& s, bool none_if_empty) {
  if (none_if_empty && s.empty()) return none();
  return Ref<>(str_new(s));
}

[[noreturn]] void throw_syntax_error(const std::string& type, const std::string& msg,
                                     std::string_view filename, int lineno, int offset,
                                     Ref<> text, int end_lineno, int end_offset) {
  Type* t = &exc::SyntaxError;
  if (type == "IndentationError") t = &exc::IndentationError;
  if (type == "TabError") t = &exc::TabError;
  Ref<> fname = Ref<>(str_new(filename));
  Ref<> ln = int_from(lineno), off = int_from(offset);
  Ref<> eln = int_from(end_lineno), eoff = int_from(end_offset);
  Ref<Tuple> details =
      tuple_pack({fname.get(), ln.get(), off.get(), text.get(), eln.get(), eoff.get()});
  Ref<> m = Ref<>(str_new(msg));
  Object* args[2] = {m.get(), details.get()};
  Ref<> inst = call(t, args, 2);
  throw PyException(std::move(inst));
}

std::string source_line(std::string_view source, int lineno) {
  if (lineno < 1) return {};
  size_t pos = 0;
  for (int l = 1; l < lineno; ++l) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t nl = source.find('\n', pos);
  if (nl == std::string_view::npos) return std::string(source.substr(pos));
  return std::string(source.substr(pos, nl - pos + 1));
}

std::string substitute_filename(std::string msg, std::string_view filename) {
  const std::string key = "{filename}";
  size_t p;
  while ((p = msg.find(key)) != std::string::npos) msg.replace(p, key.size(), filename);
  return msg;
}

}  // namespace

Ref<> compile(std::string_view source, std::string_view filename, ParseMode mode) {
  ast::AstArena arena;
  ParseResult r = parse(source, mode, arena);
  if (!r.ok) {
    const SyntaxErrorInfo& e = r.error;
    if (e.msg.find("{filename}") != std::string::npos) {
      // Undecodable source: CPython reports only the message, no location.
      Ref<> m = Ref<>(str_new(substitute_filename(e.msg, filename)));
      Object* args[1] = {m.get()};
      throw PyException(call(&exc::SyntaxError, args, 1));
    }
    throw_syntax_error(e.type, substitute_filename(e.msg, filename), filename, e.lineno,
                       e.offset, str_or_none(e.text, e.lineno == 0), e.end_lineno,
                       e.end_offset);
  }
  bool eval = mode == ParseMode::Eval;
  try {
    if (eval && !r.expr) compile_error(ast::Pos{}, "internal compiler error: no expression");
    if (!eval && !r.module) compile_error(ast::Pos{}, "internal compiler error: no module");
    std::unique_ptr<SymbolTable> st = build_symtable(eval ? nullptr : r.module,
                                                     eval ? r.expr : nullptr);
    Codegen cg(*st, std::string(filename));
    if (eval) return cg.compile_expression(r.expr);
    return cg.compile_module(r.module, mode == ParseMode::Single);
  } catch (CompileError& e) {
    bool real_file = !filename.empty() && filename.front() != '<';
    Ref<> text = none();
    if (real_file && e.pos.lineno > 0) {
      std::string line = source_line(source, e.pos.lineno);
      if (!line.empty()) text = Ref<>(str_new(line));
    }
    throw_syntax_error("SyntaxError", e.msg, filename, e.pos.lineno, e.pos.col + 1, text,
                       e.pos.end_lineno, e.pos.end_col + 1);
  }
}

}  // namespace ftpy::compiler
