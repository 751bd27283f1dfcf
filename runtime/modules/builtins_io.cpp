// builtins_io.cpp — print() and input().
//
// print assembles its whole output (items, separators, end) into one buffer
// and writes it with one stream_write, so concurrent prints from several
// threads never interleave within a line.
//
// Concurrency: stateless; the stream serialises writes.
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/builtins_parts.h"
#include "runtime/modules/stdio.h"
#include "runtime/modules/sys_module.h"

namespace ftpy {

namespace {

Ref<> builtin_print(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* sep = nullptr;
  Object* end = nullptr;
  Object* file = nullptr;
  Object* flush = nullptr;
  size_t nkw = kwnames_count(kwnames);
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view kw = str_view(tuple_item(kwnames, static_cast<int64_t>(i)));
    Object* v = args[nargs + i];
    if (kw == "sep") sep = v;
    else if (kw == "end") end = v;
    else if (kw == "file") file = v;
    else if (kw == "flush") flush = v;
    else raisef(&exc::TypeError, "print() got an unexpected keyword argument '%.*s'",
                static_cast<int>(kw.size()), kw.data());
  }
  if (sep == kNone) sep = nullptr;
  if (end == kNone) end = nullptr;
  if (sep && !is_str(sep))
    raisef(&exc::TypeError, "sep must be None or a string, not %s", type_name_of(sep));
  if (end && !is_str(end))
    raisef(&exc::TypeError, "end must be None or a string, not %s", type_name_of(end));
  Ref<> stream = (file && file != kNone) ? Ref<>::borrow(file) : sys_stdout();
  if (!stream || stream.get() == kNone) return none();
  std::string out;
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0) out += sep ? str_view(sep) : std::string_view(" ");
    Object* item = args[i];
    if (is_exact_str(item)) {
      out += str_view(item);
    } else {
      Ref<> s = str(item);
      out += str_view(s.get());
    }
  }
  out += end ? str_view(end) : std::string_view("\n");
  stream_write(stream.get(), out);
  if (flush && truthy(flush)) stream_flush(stream.get());
  return none();
}

Ref<> builtin_input(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("input", kwnames);
  check_nargs("input", nargs, 0, 1);
  if (nargs == 1) {
    Ref<> prompt = str(args[0]);
    Ref<> out = sys_stdout();
    stream_write(out.get(), str_view(prompt.get()));
    stream_flush(out.get());
  }
  std::string line;
  if (!stdin_read_line(&line)) raise(&exc::EOFError, "EOF when reading a line");
  return str_new(line);
}

}  // namespace

extern const MethodDef kBuiltinIoFunctions[] = {
    {"print", builtin_print, kMethodPlain, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", builtin_input, kMethodPlain, "Read a string from standard input."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace ftpy
