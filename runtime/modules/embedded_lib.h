// embedded_lib.h — the Python modules shipped inside the ftpy binary
// (lib/*.py: threading, queue, ...). The build generates their table
// (<build>/generated/embedded_lib.cpp, by cmake/embed_lib.cmake) with each
// source as a raw string literal; import.cpp looks them up after the
// built-in C++ modules and before sys.path. Immutable; any thread may read.
#pragma once

namespace ftpy {

struct EmbeddedModule {
  const char* name;    // "threading"
  const char* source;  // the module's Python source (UTF-8)
};

// Null-terminated table (name == nullptr ends it).
const EmbeddedModule* embedded_lib_modules();

}  // namespace ftpy
