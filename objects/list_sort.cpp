// list_sort.cpp — list.sort(): a stable merge sort (binary insertion sort on
// runs of 32, then bottom-up merges) that stays exception-safe.
//
// Invariants and CPython-compatible behaviour:
//  * While sorting, the list is detached (it looks empty: size 0, no array),
//    as CPython does, so a key function or __lt__ that looks at the list sees
//    []; if anything mutated it meanwhile, the sorted items are put back, the
//    mutation is discarded and ValueError "list modified during sort" raised.
//  * A comparison or key call that raises propagates; the list then holds
//    some permutation of its items (every merge step restores the elements it
//    had moved into its buffer), never lost or duplicated references.
//  * reverse=True reverses, sorts, reverses again, so equal items keep their
//    original order (stability), as CPython.
//
// Concurrency: the critical section is held only to detach and to reattach
// the array; the sort itself works on a private copy, so other threads see an
// empty list in between (CPython's free-threaded build behaves the same).
#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/api.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/list_impl.h"
#include "objects/str.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

struct Entry {
  Object* key;    // the sort key (== value when there is no key function)
  Object* value;  // the list item
};

enum class KeyKind { Generic, SmallInt, Str, Float };

KeyKind classify(const std::vector<Entry>& v) {
  if (v.empty()) return KeyKind::Generic;
  Type* t = v[0].key->ob_type;
  for (const Entry& e : v) {
    if (e.key->ob_type != t) return KeyKind::Generic;
    if (t == &IntType && !int_is_small(e.key)) return KeyKind::Generic;
  }
  if (t == &IntType) return KeyKind::SmallInt;
  if (t == &StrType) return KeyKind::Str;
  if (t == &FloatType) return KeyKind::Float;
  return KeyKind::Generic;
}

class Sorter {
 public:
  Sorter(std::vector<Entry>& a, KeyKind kind) : a_(a), kind_(kind) {}

  void sort() {
    int64_t n = static_cast<int64_t>(a_.size());
    constexpr int64_t kRun = 32;
    for (int64_t lo = 0; lo < n; lo += kRun) insertion_sort(lo, std::min(lo + kRun, n));
    tmp_.resize(static_cast<size_t>(n));  // a left run can be up to n - 1 long
    for (int64_t width = kRun; width < n; width *= 2) {
      for (int64_t lo = 0; lo + width < n; lo += 2 * width) {
        merge(lo, lo + width, std::min(lo + 2 * width, n));
      }
    }
  }

 private:
  bool lt(Object* x, Object* y) {
    switch (kind_) {
      case KeyKind::SmallInt: return int_small_value(x) < int_small_value(y);
      case KeyKind::Str: return str_view(x) < str_view(y);  // UTF-8 order == code point order
      case KeyKind::Float: return float_value(x) < float_value(y);
      case KeyKind::Generic: break;
    }
    return richcompare_bool(x, y, CompareOp::Lt);
  }

  // Stable binary insertion sort of a[lo, hi). A throwing comparison happens
  // before any element moves, so the array stays a permutation.
  void insertion_sort(int64_t lo, int64_t hi) {
    for (int64_t i = lo + 1; i < hi; ++i) {
      Entry pivot = a_[i];
      int64_t l = lo, r = i;
      while (l < r) {
        int64_t mid = l + (r - l) / 2;
        if (lt(pivot.key, a_[mid].key)) r = mid; else l = mid + 1;
      }
      if (l == i) continue;
      std::memmove(&a_[l + 1], &a_[l], static_cast<size_t>(i - l) * sizeof(Entry));
      a_[l] = pivot;
    }
  }

  // Merges the sorted runs a[lo, mid) and a[mid, hi). The left run moves to
  // tmp; the gap a[k, j) always has exactly as many slots as tmp has unmerged
  // entries, so on an exception those are copied back into it.
  void merge(int64_t lo, int64_t mid, int64_t hi) {
    if (!lt(a_[mid].key, a_[mid - 1].key)) return;  // already in order
    int64_t na = mid - lo;
    std::memcpy(tmp_.data(), &a_[lo], static_cast<size_t>(na) * sizeof(Entry));
    int64_t i = 0, j = mid, k = lo;
    try {
      while (i < na && j < hi) {
        if (lt(a_[j].key, tmp_[i].key)) a_[k++] = a_[j++]; else a_[k++] = tmp_[i++];
      }
    } catch (...) {
      std::memcpy(&a_[k], &tmp_[i], static_cast<size_t>(na - i) * sizeof(Entry));
      throw;
    }
    std::memcpy(&a_[k], &tmp_[i], static_cast<size_t>(na - i) * sizeof(Entry));
  }

  std::vector<Entry>& a_;
  std::vector<Entry> tmp_;
  KeyKind kind_;
};

}  // namespace

void list_sort(List* l, Object* key, bool reverse) {
  Object** items;
  int64_t n, cap;
  {
    CriticalSection cs(l);
    items = l->items;
    n = l->size;
    cap = l->capacity;
    // Readers see an empty list while the sort runs (as CPython's).
    std::atomic_ref<Object**>(l->items).store(nullptr, std::memory_order_release);
    list_store_size(l, 0);
    l->capacity = 0;
  }
  std::vector<Entry> entries(static_cast<size_t>(n));
  std::vector<Ref<>> keys;  // owns computed keys until the sort ends
  bool failed = false;
  PyException pending{none()};
  try {
    if (key) {
      keys.reserve(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) keys.push_back(call1(key, items[i]));
    }
    for (int64_t i = 0; i < n; ++i) {
      entries[i] = Entry{key ? keys[i].get() : items[i], items[i]};
    }
    if (reverse) std::reverse(entries.begin(), entries.end());
    Sorter(entries, classify(entries)).sort();
    if (reverse) std::reverse(entries.begin(), entries.end());
    // Atomic: a reader that loaded the array before it was detached may
    // still be looking at it (it then finds the list's pointer changed).
    for (int64_t i = 0; i < n; ++i) list_store_slot(&items[i], entries[i].value);
  } catch (PyException& e) {
    // Entries are a permutation of the items whenever keys were all computed.
    if (static_cast<int64_t>(keys.size()) == n || !key) {
      if (reverse) std::reverse(entries.begin(), entries.end());
      for (int64_t i = 0; i < n; ++i) list_store_slot(&items[i], entries[i].value);
    }
    failed = true;
    pending = std::move(e);
  }
  Object** junk;
  int64_t junk_n;
  bool modified;
  {
    CriticalSection cs(l);
    junk = l->items;
    junk_n = l->size;
    modified = junk != nullptr || junk_n != 0;
    std::atomic_ref<Object**>(l->items).store(items, std::memory_order_release);
    list_store_size(l, n);
    l->capacity = cap;
  }
  for (int64_t i = 0; i < junk_n; ++i) decref(junk[i]);
  list_free_items(junk);
  if (failed) throw std::move(pending);
  if (modified) raise(&exc::ValueError, "list modified during sort");
}

}  // namespace ftpy
