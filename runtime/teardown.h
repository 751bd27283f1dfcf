// teardown.h — freeing what a finished program left behind, and the
// live-object report at exit (-X showrefcount).
//
// teardown_objects() runs on the main thread after the program ended and
// the non-daemon threads were joined, when it is the only thread left (it
// does nothing, and says so, while a daemon thread still runs: that thread
// may hold locks and references on its stack). In CPython's order
// (Python/pylifecycle.c finalize_modules): sys.modules is emptied and what
// only it held is collected; the remaining module namespaces are cleared in
// reverse import order (names with one leading underscore set to None
// first, then the rest), with a collection after each step, so that __del__
// methods run while the objects they use still exist; then classes drop
// their namespaces, and last sys and builtins. Each collection also releases
// deferred-counted objects (functions, code, classes' dicts).
//
// Afterwards no Python code may run. What stays allocated is either
// immortal (interned strs, shared code constants, classes, built-in types'
// contents, the sys and builtins modules themselves) or a leak:
// live_objects_at_exit() counts the latter, and the test suite asserts that
// it is zero for every program that ends normally.
#pragma once

#include <cstdint>

namespace ftpy {

// Whether teardown ran to the end (false: other threads were still alive).
bool teardown_objects();

// Objects allocated and not freed, immortal ones excluded.
int64_t live_objects_at_exit();

// -X showrefcount: prints "[ftpy: N objects alive at exit, M immortal]" to
// stderr (after teardown_objects).
void report_live_objects();

}  // namespace ftpy
