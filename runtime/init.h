// init.h — bringing the runtime up and down.
//
// runtime_init() runs once on the main thread before any Python code:
// types in dependency order, identifiers, builtins, sys. runtime_finalize()
// tears the object graph down and flushes the standard streams. Neither may
// run concurrently with Python code of another thread.
#pragma once

#include <string>
#include <vector>

namespace ftpy {

struct RuntimeOptions {
  std::vector<std::string> argv;       // sys.argv
  std::vector<std::string> path;       // sys.path (script dir, PYTHONPATH entries)
};

struct FinalizeOptions {
  bool show_live_objects = false;      // -X showrefcount (runtime/teardown.h)
};

void runtime_init(const RuntimeOptions& options);
// Frees what the program left (runtime/teardown.h) when no other thread
// runs, then pauses any daemon thread for good and flushes the streams.
void runtime_finalize(const FinalizeOptions& options);

}  // namespace ftpy
