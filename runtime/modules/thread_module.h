// thread_module.h — what the CLI needs from the `_thread`/`threading` layer.
#pragma once

namespace ftpy {

// Interpreter shutdown, as CPython's: if `threading` was imported, call
// threading._shutdown(), which joins every non-daemon thread. An exception
// raised meanwhile (e.g. Ctrl-C) is printed as "Exception ignored on
// threading shutdown:" with its traceback. Call attached, on the main
// thread, after the main program finished (normally or not).
void threading_shutdown();

// After threading_shutdown: unless a daemon thread is still alive (or,
// without `threading`, a _thread thread has not finished), waits (detached,
// at most about 2 s) until the joined threads have also released their
// thread states, and returns true once the caller is the only thread left;
// false at once when such a thread exists.
bool wait_until_only_thread();

}  // namespace ftpy
