// frame.cpp — the per-thread data stack and frame set-up / tear-down.
//
// The data stack is a linked list of chunks (256 KiB by default, larger for
// a frame that does not fit). Pushing a frame bumps `datastack_top`; popping
// resets it. When a frame does not fit, a new chunk is linked in front; when
// the first frame of a chunk is popped the chunk is kept as a spare (one
// spare at most, so a call that crosses a chunk boundary in a loop does not
// malloc/free every iteration) and the previous chunk becomes current again.
//
// Invariant: frames are popped in reverse order of pushing (calls nest), so
// the stack discipline holds; generator frames never live here.
//
// Concurrency: a thread's data stack is touched only by that thread.
#include "runtime/vm/frame.h"

#include <cstdlib>
#include <new>

#include "runtime/threads/thread_state.h"

namespace ftpy::vm {

namespace {

struct Chunk {
  Chunk* previous;        // the chunk in use before this one
  Object** saved_top;     // previous chunk's top when this one was linked in
  size_t nwords;          // capacity of `data` in pointer-sized words
  Chunk* spare;           // only meaningful in the current chunk: a cached free chunk
  Object* data[1];
};

constexpr size_t kChunkBytes = 256 * 1024;

Chunk* chunk_alloc(size_t min_words) {
  size_t words = (kChunkBytes - offsetof(Chunk, data)) / sizeof(Object*);
  if (words < min_words) words = min_words;
  void* mem = std::malloc(offsetof(Chunk, data) + words * sizeof(Object*));
  if (!mem) throw std::bad_alloc();
  Chunk* c = static_cast<Chunk*>(mem);
  c->previous = nullptr;
  c->saved_top = nullptr;
  c->nwords = words;
  c->spare = nullptr;
  return c;
}

}  // namespace

void frame_init(Frame* f, Code* code, Function* func, Object* globals, Object* builtins,
                Object* locals, FrameOwner owner) {
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->previous = nullptr;
  f->ip = code->code.data();
  f->owner = owner;
  f->state = FrameState::kCreated;
  int32_t n = code->nlocalsplus;
  for (int32_t i = 0; i < n; ++i) f->localsplus[i] = nullptr;
  f->sp = f->localsplus + n;
}

Frame* datastack_push_slow(ThreadState* ts, size_t words) {
  Object** top = ts->datastack_top;
  Chunk* cur = static_cast<Chunk*>(ts->datastack_chunk);
  Chunk* next = nullptr;
  if (cur && cur->spare && cur->spare->nwords >= words) {
    next = cur->spare;
    cur->spare = nullptr;
  } else {
    next = chunk_alloc(words);
  }
  next->previous = cur;
  next->saved_top = top;
  next->spare = nullptr;
  ts->datastack_chunk = next;
  ts->datastack_base = next->data;
  ts->datastack_top = next->data + words;
  ts->datastack_limit = next->data + next->nwords;
  return reinterpret_cast<Frame*>(next->data);
}

void datastack_pop_slow(ThreadState* ts, Frame* f) {
  Object** base = reinterpret_cast<Object**>(f);
  Chunk* cur = static_cast<Chunk*>(ts->datastack_chunk);
  if (cur && base == cur->data && cur->previous) {
    Chunk* prev = cur->previous;
    // Keep `cur` as the previous chunk's spare; free an older spare.
    if (prev->spare) std::free(prev->spare);
    prev->spare = cur;
    if (cur->spare) {
      std::free(cur->spare);
      cur->spare = nullptr;
    }
    ts->datastack_chunk = prev;
    ts->datastack_base = prev->data;
    ts->datastack_top = cur->saved_top;
    ts->datastack_limit = prev->data + prev->nwords;
    return;
  }
  ts->datastack_top = base;
}

void datastack_release(ThreadState* ts) {
  Chunk* c = static_cast<Chunk*>(ts->datastack_chunk);
  while (c) {
    Chunk* prev = c->previous;
    if (c->spare) std::free(c->spare);
    std::free(c);
    c = prev;
  }
  ts->datastack_chunk = nullptr;
  ts->datastack_base = nullptr;
  ts->datastack_top = nullptr;
  ts->datastack_limit = nullptr;
}


}  // namespace ftpy::vm
