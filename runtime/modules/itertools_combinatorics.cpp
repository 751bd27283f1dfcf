// itertools_combinatorics.cpp — product, permutations, combinations and
// combinations_with_replacement. The inputs are read into tuples up front
// (as CPython does) and each step advances an index vector, following the
// equivalent Python code in the itertools documentation, so the output
// order is CPython's (lexicographic in input positions).
//
// Concurrency: each next() holds the iterator's critical section; no
// Python code runs inside a step (items are only increfed).
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/itertools_internal.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

using itertools_detail::init_iter_type;
using itertools_detail::visit_ref;

Type ProductType, PermutationsType, CombinationsType, CwrType;

struct Combinatoric : Object {
  std::vector<Ref<>> pools;      // product: one tuple per pool; others: pools[0]
  std::vector<int64_t> indices;
  std::vector<int64_t> cycles;   // permutations only
  int64_t r = 0;
  bool started = false;
  bool done = false;
  void traverse(VisitFn v, void* a) {
    for (auto& p : pools) visit_ref(p, v, a);
  }
};

Combinatoric* make(Type* type, Ref<>* holder) {
  Combinatoric* c = new_object<Combinatoric>(type);
  *holder = Ref<>::steal(c);
  return c;
}

int64_t pool_size(const Combinatoric* c, size_t i = 0) { return tuple_size(c->pools[i].get()); }

// A tuple of pool[indices[k]] for k < r (one pool) or pools[k][indices[k]].
Ref<> emit(Combinatoric* c, bool per_pool) {
  int64_t r = per_pool ? static_cast<int64_t>(c->indices.size()) : c->r;
  Ref<Tuple> t = tuple_new(r);
  for (int64_t k = 0; k < r; ++k) {
    Object* pool = c->pools[per_pool ? static_cast<size_t>(k) : 0].get();
    Object* item = tuple_item(pool, c->indices[static_cast<size_t>(k)]);
    incref(item);
    tuple_set_steal(t.get(), k, item);
  }
  return t;
}

// ----------------------------------------------------------------- product

Ref<> product_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  int64_t repeat = 1;
  size_t nk = kwnames_count(kwnames);
  for (size_t k = 0; k < nk; ++k) {
    Object* name = tuple_item(kwnames, static_cast<int64_t>(k));
    if (str_view(name) != "repeat")
      raisef(&exc::TypeError, "product() got an unexpected keyword argument '%s'",
             std::string(str_view(name)).c_str());
    repeat = index_as_int64(args[nargs + k]);
  }
  if (repeat < 0) raise(&exc::ValueError, "repeat argument cannot be negative");
  std::vector<Ref<>> base;
  for (size_t i = 0; i < nargs; ++i) base.push_back(sequence_to_tuple(args[i]));
  Ref<> holder;
  Combinatoric* c = make(type, &holder);
  for (int64_t k = 0; k < repeat; ++k)
    for (auto& p : base) c->pools.push_back(p);
  c->indices.assign(c->pools.size(), 0);
  return holder;
}

Ref<> product_next(Object* self) {
  Combinatoric* c = static_cast<Combinatoric*>(self);
  CriticalSection cs(self);
  if (c->done) return nullptr;
  if (!c->started) {
    c->started = true;
    for (size_t i = 0; i < c->pools.size(); ++i) {
      if (pool_size(c, i) == 0) {
        c->done = true;
        return nullptr;
      }
    }
    return emit(c, true);
  }
  // Odometer: bump the rightmost index that can move, reset those after it.
  for (size_t i = c->pools.size(); i-- > 0;) {
    if (++c->indices[i] < pool_size(c, i)) return emit(c, true);
    c->indices[i] = 0;
  }
  c->done = true;
  return nullptr;
}

// -------------------------------------------------------------- combinations

Ref<> pool_r_new(const char* name, Type* type, Object* const* args, size_t nargs, Object* kwnames,
                 bool r_required) {
  Object* a[2] = {};
  parse_args(name, args, nargs, kwnames, {"iterable", "r"}, r_required ? 2 : 1, a);
  Ref<> pool = sequence_to_tuple(a[0]);
  int64_t r = (a[1] && a[1] != kNone) ? index_as_int64(a[1]) : tuple_size(pool.get());
  if (r < 0) raise(&exc::ValueError, "r must be non-negative");
  Ref<> holder;
  Combinatoric* c = make(type, &holder);
  c->pools.push_back(std::move(pool));
  c->r = r;
  return holder;
}

Ref<> combinations_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return pool_r_new("combinations", type, args, nargs, kwnames, true);
}

Ref<> combinations_next(Object* self) {
  Combinatoric* c = static_cast<Combinatoric*>(self);
  CriticalSection cs(self);
  if (c->done) return nullptr;
  int64_t n = pool_size(c), r = c->r;
  if (!c->started) {
    c->started = true;
    if (r > n) {
      c->done = true;
      return nullptr;
    }
    for (int64_t i = 0; i < r; ++i) c->indices.push_back(i);
    return emit(c, false);
  }
  int64_t i = r - 1;
  while (i >= 0 && c->indices[static_cast<size_t>(i)] == i + n - r) --i;
  if (i < 0) {
    c->done = true;
    return nullptr;
  }
  ++c->indices[static_cast<size_t>(i)];
  for (int64_t j = i + 1; j < r; ++j)
    c->indices[static_cast<size_t>(j)] = c->indices[static_cast<size_t>(j - 1)] + 1;
  return emit(c, false);
}

Ref<> cwr_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return pool_r_new("combinations_with_replacement", type, args, nargs, kwnames, true);
}

Ref<> cwr_next(Object* self) {
  Combinatoric* c = static_cast<Combinatoric*>(self);
  CriticalSection cs(self);
  if (c->done) return nullptr;
  int64_t n = pool_size(c), r = c->r;
  if (!c->started) {
    c->started = true;
    if (n == 0 && r > 0) {
      c->done = true;
      return nullptr;
    }
    c->indices.assign(static_cast<size_t>(r), 0);
    return emit(c, false);
  }
  int64_t i = r - 1;
  while (i >= 0 && c->indices[static_cast<size_t>(i)] == n - 1) --i;
  if (i < 0) {
    c->done = true;
    return nullptr;
  }
  int64_t v = c->indices[static_cast<size_t>(i)] + 1;
  for (int64_t j = i; j < r; ++j) c->indices[static_cast<size_t>(j)] = v;
  return emit(c, false);
}

// ------------------------------------------------------------- permutations

Ref<> permutations_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return pool_r_new("permutations", type, args, nargs, kwnames, false);
}

Ref<> permutations_next(Object* self) {
  Combinatoric* c = static_cast<Combinatoric*>(self);
  CriticalSection cs(self);
  if (c->done) return nullptr;
  int64_t n = pool_size(c), r = c->r;
  if (!c->started) {
    c->started = true;
    if (r > n) {
      c->done = true;
      return nullptr;
    }
    for (int64_t i = 0; i < n; ++i) c->indices.push_back(i);
    for (int64_t i = 0; i < r; ++i) c->cycles.push_back(n - i);
    return emit(c, false);
  }
  auto& idx = c->indices;
  auto& cyc = c->cycles;
  for (int64_t i = r - 1; i >= 0; --i) {
    size_t ui = static_cast<size_t>(i);
    if (--cyc[ui] == 0) {
      // Rotate indices[i:] left by one.
      int64_t first = idx[ui];
      for (int64_t j = i; j < n - 1; ++j) idx[static_cast<size_t>(j)] = idx[static_cast<size_t>(j + 1)];
      idx[static_cast<size_t>(n - 1)] = first;
      cyc[ui] = n - i;
    } else {
      int64_t j = cyc[ui];
      std::swap(idx[ui], idx[static_cast<size_t>(n - j)]);
      return emit(c, false);
    }
  }
  c->done = true;
  return nullptr;
}

}  // namespace

void itertools_add_combinatorics(Object* module) {
  init_iter_type<Combinatoric>(&ProductType, "itertools.product", product_new, product_next,
                               "Cartesian product of input iterables.  Equivalent to nested for-loops.");
  init_iter_type<Combinatoric>(&PermutationsType, "itertools.permutations", permutations_new,
                               permutations_next,
                               "Return successive r-length permutations of elements in the iterable.");
  init_iter_type<Combinatoric>(&CombinationsType, "itertools.combinations", combinations_new,
                               combinations_next,
                               "Return successive r-length combinations of elements in the iterable.");
  init_iter_type<Combinatoric>(&CwrType, "itertools.combinations_with_replacement", cwr_new, cwr_next,
                               "Return successive r-length combinations of elements in the iterable "
                               "allowing individual elements to have successive repeats.");
  module_add(module, "product", &ProductType);
  module_add(module, "permutations", &PermutationsType);
  module_add(module, "combinations", &CombinationsType);
  module_add(module, "combinations_with_replacement", &CwrType);
}

}  // namespace ftpy
