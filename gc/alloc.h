// alloc.h — raw memory for objects: mimalloc or the system allocator.
//
// FTPY_ALLOC_MIMALLOC selects the allocator at build time. Both functions are
// thread-safe (mimalloc: per-thread heaps, remote frees queued to the owning
// page; system: glibc malloc). alloc_object throws std::bad_alloc on failure,
// which the VM turns into MemoryError.
#pragma once

#include <cstddef>

namespace ftpy {

void* alloc_object(size_t size);
void free_object(void* p);
const char* allocator_name();

}  // namespace ftpy
