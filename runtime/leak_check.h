// leak_check.h — LeakSanitizer's leak check at process exit, for a process
// that ends with std::_Exit (runtime/main.cpp): _Exit skips the atexit
// handler through which LSan normally checks, so without this call the asan
// builds would never report a leak of the `ftpy` executable.
//
// leak_check_at_exit() reports every heap block that no global, live thread
// stack or register still reaches, and ends the process with LSan's exit
// status (23) when there is one. It compiles to nothing unless the build is
// instrumented with AddressSanitizer (FTPY_SANITIZE=address), and it does
// nothing at run time when ASAN_OPTIONS has detect_leaks=0. Call it once, on
// the interpreter thread after runtime_finalize: that thread's thread-local
// tables are roots only while it is alive. Other threads may still exist
// (daemon threads paused for good): LSan stops them while it scans.
#pragma once

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FTPY_LEAK_CHECK 1
#endif
#endif
#if !defined(FTPY_LEAK_CHECK) && defined(__SANITIZE_ADDRESS__)  // gcc's spelling
#define FTPY_LEAK_CHECK 1
#endif

#if defined(FTPY_LEAK_CHECK)
#include <sanitizer/lsan_interface.h>
#endif

namespace ftpy {

inline void leak_check_at_exit() {
#if defined(FTPY_LEAK_CHECK)
  __lsan_do_leak_check();
#endif
}

}  // namespace ftpy
