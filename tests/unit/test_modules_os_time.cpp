// test_modules_os_time.cpp — runtime/modules/os_module.cpp and
// time_module.cpp: path string rules, environment, struct_time and
// strftime, compared with CPython 3.13.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "runtime/compiler/compiler.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"
#include "runtime/vm/interp.h"

namespace ftpy {
namespace {

// Brings the runtime up once per process (whichever test file runs first).
void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
}

// Runs `src` as a module body and returns repr(result), where `result` is a
// global the snippet assigns; a Python exception becomes "Type: message".
std::string run(const std::string& src) {
  ensure_runtime();
  try {
    Ref<Dict> globals = dict_new();
    dict_set_str(globals.get(), "__builtins__", builtins_module());
    Ref<> name = str_new("__main__");
    dict_set_str(globals.get(), "__name__", name.get());
    Ref<> code = compiler::compile(src, "<test>", compiler::ParseMode::File);
    vm::eval_code(code.get(), globals.get(), globals.get());
    Ref<> result = dict_get_str(globals.get(), "result");
    if (!result) return "<no result>";
    return repr_utf8(result.get());
  } catch (PyException& e) {
    return std::string(type_name_of(e.value.get())) + ": " + str_utf8(e.value.get());
  }
}


TEST(ModulesOs, PathRules) {
  EXPECT_EQ(run("import os.path as p\nresult = (p.join('a', 'b', '/c', 'd'), p.split('/a/b/'), "
                "p.splitext('x.tar.gz'), p.splitext('.bashrc'), p.dirname('//x'), p.normpath('/a/./b/../c//'))"),
            "('/c/d', ('/a/b', ''), ('x.tar', '.gz'), ('.bashrc', ''), '//', '/a/c')");
  EXPECT_EQ(run("import os\nresult = (os.name, os.sep, os.path.basename('/x/y.py'), os.getenv('FTPY_NOPE', 3))"),
            "('posix', '/', 'y.py', 3)");
  EXPECT_EQ(run("import os\nos.listdir('/nonexistent_ftpy_dir')"),
            "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent_ftpy_dir'");
}

TEST(ModulesTime, StructTimeAndStrftime) {
  EXPECT_EQ(run("import time\nresult = time.gmtime(0)"),
            "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, "
            "tm_wday=3, tm_yday=1, tm_isdst=0)");
  EXPECT_EQ(run("import time\nresult = time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1234567890))"),
            "'2009-02-13 23:31:30'");
  EXPECT_EQ(run("import time\ntime.sleep(-1)"), "ValueError: sleep length must be non-negative");
  EXPECT_EQ(run("import time\nt = time.perf_counter()\ntime.sleep(0.001)\nresult = time.perf_counter() > t"),
            "True");
}

}  // namespace
}  // namespace ftpy
