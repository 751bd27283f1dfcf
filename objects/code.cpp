// code.cpp — code objects: finishing (validation + inline-cache storage),
// line lookup, and the Python-visible `code` type (co_* attributes, repr).
//
// A code object is built by the compiler (runtime/compiler/assemble.cpp),
// which fills the fields and calls code_finish() once; afterwards only the
// inline caches change (see runtime/vm/caches.h for their protocol).
//
// Concurrency: immutable after code_finish except the caches, which are
// atomics read and written by any thread running the code.
#include "objects/code.h"

#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/constant_table.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "gc/deferred_rc.h"

namespace ftpy {

Type CodeType;

namespace {

// Constants are read by every thread that runs the code: immortal in the
// free-threaded build (gc/refcount.h share_constant), so that loading one
// writes no count, and shared through the table of canonical constants
// (constant_table.h), so that immortal copies do not pile up as code
// objects come and go. Code objects among them are deferred instead.
// A string constant made of name characters is interned, as CPython does
// (dict keys like '__name__' written as literals then compare by pointer).
bool looks_like_a_name(Str* s) {
  std::string_view v = s->view();
  if (v.empty() || v.size() > 64) return false;
  for (char ch : v)
    if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
      return false;
  return true;
}

void share_constants(Object* tuple) {
  int64_t n = tuple_size(tuple);
  for (int64_t i = 0; i < n; ++i) {
    Object* c = tuple_item(tuple, i);
    if (type_of(c) == &StrType && !static_cast<Str*>(c)->interned &&
        looks_like_a_name(static_cast<Str*>(c))) {
      // The tuple is still private to the compiler: swap in the interned copy.
      Str* interned = intern(static_cast<Str*>(c));
      static_cast<Tuple*>(tuple)->items[i] = interned;
      decref(c);
      c = interned;
    }
    Type* t = type_of(c);
    if (t == &CodeType) continue;
    if (t == &TupleType) share_constants(c);  // items first: the table compares them by identity
    if (t == &TupleType || t == &StrType || t == &IntType || t == &FloatType ||
        t == &BytesType || t == &FrozenSetType || t == &BoolType) {
      Object* canon = canonical_constant(c);
      if (canon != c) {
        static_cast<Tuple*>(tuple)->items[i] = canon;  // immortal: no count to take
        decref(c);
      }
    }
  }
}

// The same for one str field of a code object (name, qualname, filename).
void share_name(Ref<>& field) {
  Object* s = field.get();
  if (!s || type_of(s) != &StrType) return;
  Object* canon = canonical_constant(s);
  if (canon != s) field = Ref<>::borrow(canon);
}

}  // namespace

void code_finish(Code* co) {
  // Positions: one per instruction (pad with "unknown" if the producer gave fewer).
  if (co->positions.size() < co->code.size()) co->positions.resize(co->code.size());
  // Every instruction that owns a cache entry must index inside the array.
  uint32_t needed = co->ncaches;
  for (const vm::Instr& in : co->code) {
    if (vm::opcode_has(in.op, vm::kHasCache) && static_cast<uint32_t>(in.cache) + 1 > needed) {
      needed = static_cast<uint32_t>(in.cache) + 1;
    }
  }
  co->ncaches = needed;
  co->caches.reset(needed ? new InlineCache[needed] : nullptr);
  if (!co->localsplusnames) co->localsplusnames = Ref<>::borrow(empty_tuple());
  if (!co->names) co->names = Ref<>::borrow(empty_tuple());
  if (!co->consts) co->consts = Ref<>::borrow(empty_tuple());
  co->nlocalsplus = static_cast<int32_t>(tuple_size(co->localsplusnames.get()));
  if (co->localspluskinds.size() < static_cast<size_t>(co->nlocalsplus)) {
    co->localspluskinds.resize(co->nlocalsplus, kFastLocal);
  }
  share_constants(co->consts.get());
  // Every function made from this code takes references to its names.
  share_name(co->name);
  share_name(co->qualname);
  share_name(co->filename);
  mark_deferred(co);  // every thread running it holds references (gc/deferred_rc.h)
}

int code_line_of(const Code* co, int64_t i) {
  if (i < 0 || static_cast<size_t>(i) >= co->positions.size()) return -1;
  return co->positions[i].lineno;
}

namespace {

Code* as_code(Object* o) { return static_cast<Code*>(o); }

Ref<> code_repr(Object* self) {
  Code* co = as_code(self);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self));
  std::string name = co->name ? std::string(str_view(co->name.get())) : "?";
  std::string file = co->filename ? std::string(str_view(co->filename.get())) : "?";
  return str_new("<code object " + name + " at " + buf + ", file \"" + file + "\", line " +
                 std::to_string(co->firstlineno) + ">");
}

// Names of localsplus entries with (kind & mask) != 0 and (kind & exclude) == 0.
Ref<> names_with_kind(Code* co, uint8_t mask, uint8_t exclude) {
  int64_t n = 0;
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    uint8_t k = co->localspluskinds[i];
    if ((k & mask) && !(k & exclude)) ++n;
  }
  Ref<Tuple> t = tuple_new(n);
  int64_t j = 0;
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    uint8_t k = co->localspluskinds[i];
    if ((k & mask) && !(k & exclude)) {
      Object* name = tuple_item(co->localsplusnames.get(), i);
      incref(name);
      tuple_set_steal(t.get(), j++, name);
    }
  }
  return t;
}

Ref<> co_name(Object* s) { return as_code(s)->name; }
Ref<> co_qualname(Object* s) { return as_code(s)->qualname; }
Ref<> co_filename(Object* s) { return as_code(s)->filename; }
Ref<> co_argcount(Object* s) { return int_from(as_code(s)->argcount); }
Ref<> co_posonlyargcount(Object* s) { return int_from(as_code(s)->posonlyargcount); }
Ref<> co_kwonlyargcount(Object* s) { return int_from(as_code(s)->kwonlyargcount); }
Ref<> co_flags(Object* s) { return int_from(as_code(s)->flags); }
Ref<> co_firstlineno(Object* s) { return int_from(as_code(s)->firstlineno); }
Ref<> co_stacksize(Object* s) { return int_from(as_code(s)->stacksize); }
Ref<> co_nlocals(Object* s) { return int_from(as_code(s)->nlocals); }
Ref<> co_consts(Object* s) { return as_code(s)->consts; }
Ref<> co_names(Object* s) { return as_code(s)->names; }
Ref<> co_varnames(Object* s) { return names_with_kind(as_code(s), kFastLocal, kFastHidden); }
Ref<> co_cellvars(Object* s) { return names_with_kind(as_code(s), kFastCell, 0); }
Ref<> co_freevars(Object* s) { return names_with_kind(as_code(s), kFastFree, 0); }

const GetSetDef kCodeGetSets[] = {
    {"co_name", co_name, nullptr, nullptr},
    {"co_qualname", co_qualname, nullptr, nullptr},
    {"co_filename", co_filename, nullptr, nullptr},
    {"co_argcount", co_argcount, nullptr, nullptr},
    {"co_posonlyargcount", co_posonlyargcount, nullptr, nullptr},
    {"co_kwonlyargcount", co_kwonlyargcount, nullptr, nullptr},
    {"co_flags", co_flags, nullptr, nullptr},
    {"co_firstlineno", co_firstlineno, nullptr, nullptr},
    {"co_stacksize", co_stacksize, nullptr, nullptr},
    {"co_nlocals", co_nlocals, nullptr, nullptr},
    {"co_consts", co_consts, nullptr, nullptr},
    {"co_names", co_names, nullptr, nullptr},
    {"co_varnames", co_varnames, nullptr, nullptr},
    {"co_cellvars", co_cellvars, nullptr, nullptr},
    {"co_freevars", co_freevars, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void code_traverse(Object* self, VisitFn visit, void* arg) {
  Code* co = as_code(self);
  if (co->consts) visit(co->consts.get(), arg);
}

// Fill the slots at load time: the compiler may build code objects before
// init_code_type() runs (e.g. in unit tests).
struct EarlySlots {
  EarlySlots() {
    CodeType.name = "code";
    CodeType.basicsize = sizeof(Code);
    CodeType.tp_dealloc = destroy_object<Code>;
    CodeType.tp_traverse = code_traverse;
    CodeType.tp_repr = code_repr;
    CodeType.getsets = kCodeGetSets;
  }
} early_slots;

}  // namespace

void init_code_type() {
  CodeType.name = "code";
  CodeType.basicsize = sizeof(Code);
  CodeType.tp_dealloc = destroy_object<Code>;
  CodeType.tp_traverse = code_traverse;
  CodeType.tp_repr = code_repr;
  CodeType.getsets = kCodeGetSets;
  type_ready(&CodeType);
}

}  // namespace ftpy
