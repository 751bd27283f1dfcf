// itertools_internal.h — shared helpers of the itertools files:
// itertools_basic.cpp (count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, starmap, islice, pairwise, batched),
// itertools_group.cpp (groupby, tee, zip_longest) and
// itertools_combinatorics.cpp (product, permutations, combinations,
// combinations_with_replacement). itertools_module.cpp builds the module.
//
// Every itertools type is a static Type readied once (under the import
// lock) with tp_iter = iter_self and a tp_iternext that returns an empty
// Ref when exhausted. Each next() runs inside the iterator's critical
// section, so two threads advancing one iterator cannot corrupt it (they
// get some interleaving of its items, as in CPython's free-threaded build).
#pragma once

#include "objects/iterators.h"
#include "objects/object.h"
#include "objects/type.h"

namespace ftpy {

// Adds the types of each file to the module.
void itertools_add_basic(Object* module);
void itertools_add_group(Object* module);
void itertools_add_combinatorics(Object* module);

namespace itertools_detail {

inline void visit_ref(const Ref<>& r, VisitFn visit, void* arg) {
  if (r) visit(r.get(), arg);
}

// tp_traverse for a struct with `void traverse(VisitFn, void*)`.
template <class T>
void traverse_of(Object* o, VisitFn visit, void* arg) {
  static_cast<T*>(o)->traverse(visit, arg);
}

// Fills and readies an itertools type whose instances are T.
template <class T>
void init_iter_type(Type* t, const char* name, NewFn new_fn, IterNextFn next,
                    const char* doc, UnaryFn repr_fn = nullptr,
                    const MethodDef* methods = nullptr) {
  if (type_has_flag(t, kTypeReady)) return;
  t->name = name;
  t->basicsize = sizeof(T);
  t->flags |= kTypeBaseType | kTypeHasGc;
  t->tp_new = new_fn;
  t->tp_dealloc = destroy_object<T>;
  t->tp_traverse = traverse_of<T>;
  t->tp_iter = iter_self;
  t->tp_iternext = next;
  t->tp_repr = repr_fn;
  t->methods = methods;
  t->doc = doc;
  type_ready(t);
}

}  // namespace itertools_detail
}  // namespace ftpy
