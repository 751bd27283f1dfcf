// thread_module.h — what the CLI needs from the `_thread`/`threading` layer.
#pragma once

namespace ftpy {

// Interpreter shutdown, as CPython's: if `threading` was imported, call
// threading._shutdown(), which joins every non-daemon thread. An exception
// raised meanwhile (e.g. Ctrl-C) is printed as "Exception ignored on
// threading shutdown:" with its traceback. Call attached, on the main
// thread, after the main program finished (normally or not).
void threading_shutdown();

}  // namespace ftpy
