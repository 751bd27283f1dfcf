// fuzz_runtime.cpp — fuzz_runtime.h: one-time start-up for the fuzz
// targets, and their per-input namespace. Main thread only.
#include "fuzz/fuzz_runtime.h"

#include <fcntl.h>
#include <unistd.h>

#include "objects/dict.h"
#include "objects/identifiers.h"
#include "objects/str.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"

namespace ftpy::fuzz {

void init_runtime() {
  if (builtins_module()) return;
  int devnull = open("/dev/null", O_WRONLY);
  if (devnull >= 0) {
    dup2(devnull, STDOUT_FILENO);
    close(devnull);
  }
  RuntimeOptions options;
  options.argv = {"<fuzz>"};
  options.path = {""};
  runtime_init(options);
}

Ref<> fresh_globals() {
  Ref<Dict> g = dict_new();
  dict_set(g.get(), id::builtins, builtins_module());
  Ref<> name = str_new("__main__");
  dict_set(g.get(), id::name, name.get());
  return g;
}

}  // namespace ftpy::fuzz
