// iterators.h — the built-in iterator types: enumerate, zip, map, filter,
// reversed, the sequence iterator (iter() on a class with only __getitem__)
// and the callable iterator (iter(f, sentinel)). Container iterators
// (list_iterator, dict_keyiterator, ...) live next to their containers and
// are declared in those headers.
//
// Concurrency: an iterator object is not safe to advance from two threads at
// once in CPython's GIL-less build either (it only guarantees no crash); here
// each next() reads the underlying container through its thread-safe API.
#pragma once

#include "objects/object.h"

namespace ftpy {

extern Type EnumerateType;    // enumerate
extern Type ZipType;          // zip
extern Type MapType;          // map
extern Type FilterType;       // filter
extern Type ReversedType;     // reversed (generic: __len__ + __getitem__)
extern Type SeqIterType;      // "iterator"
extern Type CallableIterType; // "callable_iterator"

// tp_iter of every iterator type: returns `o` itself.
Ref<> iter_self(Object* o);
// iter(seq) for an object that has __getitem__ but no __iter__.
Ref<> seq_iter_new(Object* seq);
// iter(callable, sentinel).
Ref<> callable_iter_new(Object* callable, Object* sentinel);
// reversed(seq): seq.__reversed__() if defined, else the sequence protocol;
// TypeError "'int' object is not reversible".
Ref<> reversed_of(Object* seq);
void init_iterator_types();

}  // namespace ftpy
