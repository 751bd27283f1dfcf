// init.cpp — start-up order of the runtime (init.h).
//
// The order matters: str and dict must work (allocation + slots) before any
// type can be readied, because type_ready builds each type's __dict__ with
// interned names; identifiers need str; builtins need every type.
#include "runtime/init.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/iterators.h"
#include "objects/generator.h"
#include "objects/type.h"
#include "runtime/modules/import.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/stdio.h"
#include "runtime/modules/sys_module.h"
#include "runtime/teardown.h"
#include "runtime/threads/stop_the_world.h"
#include "runtime/threads/thread_mode.h"
#include "objects/weakref.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/interp.h"

namespace ftpy {

void init_singletons();
void init_exception_types();

void runtime_init(const RuntimeOptions& options) {
  // FTPY_MULTITHREADED=1: run as if a second thread existed from the start,
  // taking every lock a single thread skips (thread_mode.h).
  if (const char* mt = std::getenv("FTPY_MULTITHREADED"); mt && std::strcmp(mt, "1") == 0)
    become_multithreaded();
  thread_state_create();
  // Core types whose slots the rest of start-up needs.
  init_type_system();
  init_str_type();
  init_identifiers();
  init_dict_type();
  init_tuple_type();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_list_type();
  init_set_types();
  init_bytes_type();
  init_range_type();
  init_slice_type();
  init_iterator_types();
  init_function_types();
  init_code_type();
  init_weakref_type();
  vm::init_vm_types();  // tracebacks and generators
  init_module_type();
  init_singletons();
  init_exception_types();
  init_stdio();
  sys_modules();
  init_builtins();
  init_sys(options.argv, options.path);
}

void runtime_finalize(const FinalizeOptions& options) {
  bool torn_down = teardown_objects();
  flush_std_streams();
  if (options.show_live_objects) {
    if (torn_down)
      report_live_objects();
    else
      std::fprintf(stderr, "[ftpy: teardown skipped: %zu threads still running]\n",
                   thread_state_count() - 1);
  }
  // Daemon threads may still run: pause them for good (free-threaded build;
  // under a GIL the caller's hold on it does the same), so that nothing runs
  // Python code while the process exits.
  stop_the_world_forever();
  flush_std_streams();
}

}  // namespace ftpy
