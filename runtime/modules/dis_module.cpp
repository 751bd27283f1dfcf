// dis_module.cpp — `dis.dis(x)`: prints the bytecode of a function, method,
// class (each of its functions), code object or source string, using the
// compiler's disassembler (runtime/compiler/dis.cpp).
#include "objects/api.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/function.h"
#include "objects/str.h"
#include "runtime/compiler/compiler.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/stdio.h"
#include "runtime/modules/sys_module.h"

namespace ftpy {

namespace {

Ref<> code_of(Object* x) {
  if (is_type(x, &CodeType)) return Ref<>::borrow(x);
  if (is_type(x, &MethodType)) x = static_cast<Method*>(x)->func.get();
  if (is_type(x, &FunctionType)) return static_cast<Function*>(x)->code;
  if (is_str(x)) return compiler::compile(str_view(x), "<dis>", compiler::ParseMode::File);
  raisef(&exc::TypeError, "don't know how to disassemble %s objects", type_name_of(x));
}

Ref<> dis_dis(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("dis", kwnames);
  check_nargs("dis", nargs, 1, 1);
  Ref<> code = code_of(args[0]);
  Ref<> out = sys_stdout();
  stream_write(out.get(), compiler::disassemble(code.get()));
  return none();
}

Ref<> dis_code_info(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("code_info", kwnames);
  check_nargs("code_info", nargs, 1, 1);
  Ref<> code = code_of(args[0]);
  return str_new(compiler::disassemble(code.get()));
}

const MethodDef kDisFunctions[] = {
    {"dis", dis_dis, kMethodPlain, "Disassemble classes, methods, functions, or code."},
    {"code_info", dis_code_info, kMethodPlain, "Formatted disassembly as a string (ftpy extension)."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> make_dis_module() { return make_module("dis", kDisFunctions, "Disassembler of ftpy bytecode."); }

}  // namespace ftpy
