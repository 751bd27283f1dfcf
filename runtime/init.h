// init.h — bringing the runtime up and down.
//
// runtime_init() runs once on the main thread before any Python code:
// types in dependency order, identifiers, builtins, sys. runtime_finalize()
// flushes the standard streams. Neither may run concurrently with anything.
#pragma once

#include <string>
#include <vector>

namespace ftpy {

struct RuntimeOptions {
  std::vector<std::string> argv;       // sys.argv
  std::vector<std::string> path;       // sys.path (script dir, PYTHONPATH entries)
};

void runtime_init(const RuntimeOptions& options);
void runtime_finalize();

}  // namespace ftpy
