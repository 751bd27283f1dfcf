// fuzz_runtime.h — what both libFuzzer targets share: bringing the runtime
// up once per process, and the fresh module namespace each input runs in.
//
// libFuzzer calls LLVMFuzzerInitialize once, then LLVMFuzzerTestOneInput
// for every input, one at a time, on the main thread: nothing here runs
// concurrently with itself. The runtime is never torn down; what one input
// leaves behind (interned names, type caches) is shared with the next, as
// in any long-running process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "objects/object.h"

namespace ftpy::fuzz {

// runtime_init on the calling thread (idempotent), with stdout sent to
// /dev/null so that programs that print do not flood the fuzzer's log.
void init_runtime();

// A new `__main__`-like globals dict: __name__ and __builtins__ only.
Ref<> fresh_globals();

// The input as source text (bytes as they are; the lexer decodes UTF-8).
inline std::string_view as_source(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace ftpy::fuzz
