// mro.cpp — C3 linearisation of a class's bases (the method resolution order).
//
// mro(C) = C + merge(mro(B1), ..., mro(Bn), [B1..Bn]); merge repeatedly takes
// the first head that appears in no list's tail. A single base needs no merge.
// On failure: TypeError "Cannot create a consistent method resolution order
// (MRO) for bases A, B", listing the remaining heads in order (as CPython).
//
// Concurrency: runs while a class is being created, on objects no other
// thread can see yet.
#include <string>
#include <vector>

#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

namespace {

using Seq = std::vector<Type*>;

std::vector<Type*> mro_of(Type* b) {
  std::vector<Type*> out;
  if (b->mro) {
    for (int64_t i = 0; i < tuple_size(b->mro.get()); ++i)
      out.push_back(static_cast<Type*>(tuple_item(b->mro.get(), i)));
  } else {
    for (Type* k = b; k; k = k->base) out.push_back(k);
  }
  return out;
}

bool in_tail(const Seq& s, size_t start, Type* t) {
  for (size_t i = start + 1; i < s.size(); ++i)
    if (s[i] == t) return true;
  return false;
}

Ref<> to_tuple(const std::vector<Type*>& v) {
  Ref<Tuple> t = tuple_new(static_cast<int64_t>(v.size()));
  for (size_t i = 0; i < v.size(); ++i) {
    incref(v[i]);
    tuple_set_steal(t.get(), static_cast<int64_t>(i), v[i]);
  }
  return t;
}

}  // namespace

Ref<> compute_mro(Type* t) {
  Object* bases = t->bases.get();
  int64_t nb = bases ? tuple_size(bases) : 0;
  std::vector<Type*> result{t};
  if (nb == 0) return to_tuple(result);
  if (nb == 1) {
    for (Type* k : mro_of(static_cast<Type*>(tuple_item(bases, 0)))) result.push_back(k);
    return to_tuple(result);
  }
  std::vector<Seq> seqs;
  Seq base_list;
  for (int64_t i = 0; i < nb; ++i) {
    Type* b = static_cast<Type*>(tuple_item(bases, i));
    seqs.push_back(mro_of(b));
    base_list.push_back(b);
  }
  seqs.push_back(base_list);
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool all_done = true;
    Type* pick = nullptr;
    for (size_t i = 0; i < seqs.size() && !pick; ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      all_done = false;
      Type* cand = seqs[i][pos[i]];
      bool ok = true;
      for (size_t j = 0; j < seqs.size() && ok; ++j)
        if (pos[j] < seqs[j].size() && in_tail(seqs[j], pos[j], cand)) ok = false;
      if (ok) pick = cand;
    }
    if (all_done) break;
    if (!pick) {
      std::vector<Type*> heads;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (pos[i] >= seqs[i].size()) continue;
        Type* h = seqs[i][pos[i]];
        bool seen = false;
        for (Type* x : heads) seen |= x == h;
        if (!seen) heads.push_back(h);
      }
      std::string msg = "Cannot create a consistent method resolution order (MRO) for bases ";
      for (size_t i = 0; i < heads.size(); ++i) {
        if (i) msg += ", ";
        msg += type_name(heads[i]);
      }
      raise(&exc::TypeError, msg);
    }
    result.push_back(pick);
    for (size_t i = 0; i < seqs.size(); ++i)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == pick) ++pos[i];
  }
  return to_tuple(result);
}

}  // namespace ftpy
