// alloc.cpp — see alloc.h. The only file that names the allocator library.
#include "gc/alloc.h"

#include <cstdlib>
#include <new>

#include "gc/config.h"

#if FTPY_ALLOC_MIMALLOC
#include <mimalloc.h>
#endif

namespace ftpy {

void* alloc_object(size_t size) {
#if FTPY_ALLOC_MIMALLOC
  void* p = mi_malloc(size);
#else
  void* p = std::malloc(size);
#endif
  if (!p) throw std::bad_alloc();
  return p;
}

void free_object(void* p) {
#if FTPY_ALLOC_MIMALLOC
  mi_free(p);
#else
  std::free(p);
#endif
}

const char* allocator_name() { return FTPY_ALLOC_MIMALLOC ? "mimalloc" : "system"; }

}  // namespace ftpy
