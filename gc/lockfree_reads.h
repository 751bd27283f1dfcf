// lockfree_reads.h — whether container reads take the object's lock.
//
//   kConcurrentReaders  another thread may read a container while its
//                       owner mutates it (the free-threaded build)
//   kLockFreeReads      reads run without the per-object lock: load, then
//                       try_incref, then re-check the slot (FTPY_LOCKFREE_READS;
//                       always under a GIL, where nothing races)
//
// objects/ tests these constants instead of the build flags (config.h rule).
#pragma once

#include "gc/config.h"

namespace ftpy {

inline constexpr bool kConcurrentReaders = !FTPY_GIL;
inline constexpr bool kLockFreeReads = FTPY_GIL || FTPY_LOCKFREE_READS;

}  // namespace ftpy
