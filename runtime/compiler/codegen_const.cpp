// codegen_const.cpp — constant objects for the code being generated, their
// de-duplication keys, and CPython's compile-time constant folding (unary and
// binary operators on numbers, str concatenation/repetition, tuples of
// constants, `__debug__`), with CPython's size limits so folding never builds
// huge objects.
//
// Keys: equal value AND same type give the same key ("i5", "f<bits>", "s..."),
// so 0, False, 0.0 and -0.0 stay distinct constants as in CPython.
// Concurrency: one compiling thread (interning is thread-safe).
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "objects/api.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/codegen.h"
#include "objects/bytes.h"

namespace ftpy::compiler {

namespace {

std::string float_key(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  char buf[32];
  std::snprintf(buf, sizeof buf, "f%016" PRIx64, bits);
  return buf;
}

bool all_name_chars(std::string_view s) {
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_';
    if (!ok) return false;
  }
  return true;
}

// Key of a folded value (only types folding produces).
bool key_of(Object* o, std::string* key) {
  if (o == kNone) { *key = "N"; return true; }
  if (o == kTrue) { *key = "T"; return true; }
  if (o == kFalse) { *key = "F"; return true; }
  if (is_exact_int(o)) { *key = "i" + int_to_decimal(o); return true; }
  if (is_float(o)) { *key = float_key(float_value(o)); return true; }
  if (is_exact_str(o)) { *key = "s" + std::string(str_view(o)); return true; }
  if (is_exact_tuple(o)) {
    std::string k = "t(";
    for (int64_t i = 0; i < tuple_size(o); ++i) {
      std::string item;
      if (!key_of(tuple_item(o, i), &item)) return false;
      k += std::to_string(item.size()) + ":" + item;
    }
    *key = k + ")";
    return true;
  }
  return false;
}

bool is_number(Object* o) { return is_int(o) || is_float(o); }

// Bit length of an int (|v|), or a large number for non-ints.
size_t int_bits(Object* o) {
  int64_t v;
  if (int_to_int64(o, &v)) {
    uint64_t u = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
    size_t n = 0;
    while (u) { ++n; u >>= 1; }
    return n;
  }
  mpz_class z = int_to_mpz(o);
  return mpz_sizeinbase(z.get_mpz_t(), 2);
}

constexpr size_t kMaxIntBits = 128;
constexpr int64_t kMaxStrSize = 4096;

// CPython's safe_multiply / safe_power / safe_lshift / safe_mod checks.
bool fold_allowed(Object* a, Object* b, ast::Operator op) {
  using ast::Operator;
  bool ints = is_int(a) && is_int(b);
  switch (op) {
    case Operator::Add:
      return (is_number(a) && is_number(b)) || (is_exact_str(a) && is_exact_str(b));
    case Operator::Sub: case Operator::Div: case Operator::FloorDiv: case Operator::BitOr:
    case Operator::BitXor: case Operator::BitAnd: case Operator::RShift: case Operator::Mod:
      return is_number(a) && is_number(b);
    case Operator::Mult: {
      if (ints) {
        int64_t x, y;
        bool zero = (int_to_int64(a, &x) && x == 0) || (int_to_int64(b, &y) && y == 0);
        return zero || int_bits(a) + int_bits(b) <= kMaxIntBits;
      }
      if (is_number(a) && is_number(b)) return true;
      Object* s = is_exact_str(a) ? a : is_exact_str(b) ? b : nullptr;
      Object* n = s == a ? b : a;
      if (!s || !is_int(n)) return false;
      int64_t count;
      if (!int_to_int64(n, &count)) return false;
      int64_t len = static_cast<Str*>(s)->length;
      return count <= 0 || len == 0 || len <= kMaxStrSize / count;
    }
    case Operator::Pow: {
      if (ints) {
        int64_t e;
        if (!int_to_int64(b, &e)) return false;
        if (e < 0) return true;
        size_t bits = int_bits(a);
        return bits == 0 || static_cast<uint64_t>(e) <= kMaxIntBits / bits;
      }
      return is_number(a) && is_number(b);
    }
    case Operator::LShift: {
      if (!ints) return false;
      int64_t sh;
      if (!int_to_int64(b, &sh) || sh < 0) return false;
      size_t bits = int_bits(a);
      return bits == 0 || (static_cast<uint64_t>(sh) <= kMaxIntBits &&
                           bits + static_cast<size_t>(sh) <= kMaxIntBits);
    }
    case Operator::MatMult:
      return false;
  }
  return false;
}

}  // namespace

Const Codegen::const_none() { return Const{none(), "N"}; }
Const Codegen::const_bool(bool b) { return Const{py_bool(b), b ? "T" : "F"}; }
Const Codegen::const_int(int64_t v) { return Const{int_from(v), "i" + std::to_string(v)}; }

Const Codegen::const_str(std::string_view s) {
  Ref<> obj = all_name_chars(s) ? Ref<>::borrow(intern(s)) : Ref<>(str_new(s));
  return Const{std::move(obj), "s" + std::string(s)};
}

Const Codegen::const_tuple(const std::vector<Const>& items) {
  Ref<Tuple> t = tuple_new(static_cast<int64_t>(items.size()));
  std::string key = "t(";
  for (size_t i = 0; i < items.size(); ++i) {
    incref(items[i].obj.get());
    tuple_set_steal(t.get(), static_cast<int64_t>(i), items[i].obj.get());
    key += std::to_string(items[i].key.size()) + ":" + items[i].key;
  }
  return Const{Ref<>(std::move(t)), key + ")"};
}

Const Codegen::const_code(Ref<> code) {
  return Const{std::move(code), "c" + std::to_string(code_counter_++)};
}

Const Codegen::const_of(const ast::Constant* c) {
  using ast::ConstantKind;
  switch (c->ckind) {
    case ConstantKind::None: return const_none();
    case ConstantKind::True: return const_bool(true);
    case ConstantKind::False: return const_bool(false);
    case ConstantKind::Ellipsis: return Const{Ref<>::borrow(kEllipsis), "E"};
    case ConstantKind::Int: {
      Ref<> v = int_from_string(c->text, 0);
      return Const{v, "i" + int_to_decimal(v.get())};
    }
    case ConstantKind::Float: return Const{float_from(c->number), float_key(c->number)};
    case ConstantKind::Imaginary:
      compile_error(*c, "complex numbers are not supported by ftpy");
    case ConstantKind::Str: return const_str(c->text);
    case ConstantKind::Bytes: return Const{bytes_new(c->text), "b" + c->text};
  }
  return const_none();
}

bool Codegen::try_fold(const ast::Expr* e, Const* out) {
  using namespace ast;
  switch (e->kind) {
    case ExprKind::Constant:
      *out = const_of(static_cast<const Constant*>(e));
      return true;
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(e);
      if (n->ctx == ExprContext::Load && n->id == "__debug__") {
        *out = const_bool(true);
        return true;
      }
      return false;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx != ExprContext::Load) return false;
      std::vector<Const> items;
      items.reserve(t->elts.size());
      for (const Expr* elt : t->elts) {
        if (elt->kind == ExprKind::Starred) return false;
        Const c;
        if (!try_fold(elt, &c)) return false;
        items.push_back(std::move(c));
      }
      *out = const_tuple(items);
      return true;
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      Const v;
      if (!try_fold(u->operand, &v)) return false;
      try {
        Ref<> r;
        switch (u->op) {
          case UnaryOpKind::Not: r = py_bool(!truthy(v.obj.get())); break;
          case UnaryOpKind::USub:
            if (!is_number(v.obj.get())) return false;
            r = negative(v.obj.get());
            break;
          case UnaryOpKind::UAdd:
            if (!is_number(v.obj.get())) return false;
            r = positive(v.obj.get());
            break;
          case UnaryOpKind::Invert:
            if (!is_int(v.obj.get())) return false;
            r = invert(v.obj.get());
            break;
        }
        std::string key;
        if (!key_of(r.get(), &key)) return false;
        *out = Const{std::move(r), std::move(key)};
        return true;
      } catch (PyException&) {
        return false;
      }
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      Const l, r;
      if (!try_fold(b->left, &l) || !try_fold(b->right, &r)) return false;
      if (!fold_allowed(l.obj.get(), r.obj.get(), b->op)) return false;
      try {
        Ref<> v = binary_op(l.obj.get(), r.obj.get(), static_cast<BinaryOp>(b->op));
        std::string key;
        if (!key_of(v.get(), &key)) return false;
        if (is_exact_str(v.get()) && static_cast<Str*>(v.get())->length > kMaxStrSize &&
            b->op == Operator::Mult)
          return false;
        if (is_exact_str(v.get()) && all_name_chars(str_view(v.get())))
          v = Ref<>::borrow(intern(str_view(v.get())));
        *out = Const{std::move(v), std::move(key)};
        return true;
      } catch (PyException&) {
        return false;
      }
    }
    default:
      return false;
  }
}

}  // namespace ftpy::compiler
