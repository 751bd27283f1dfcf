// random_module.cpp — the `random` module: the Random type and the
// module-level functions, which are methods bound to one hidden Random
// instance (as Lib/random.py's `_inst`).
//
// Every draw reproduces CPython 3.13 bit for bit: the generator and the
// random.py algorithms live in mt19937.{h,cpp}; this file binds arguments,
// converts objects and reproduces the seeding rules (int → abs(n); float →
// (size_t)hash(x); str/bytes → int.from_bytes(b + sha512(b).digest()), for
// which a small SHA-512 is included below; None → 624 words of /dev/urandom).
//
// Concurrency: the module-level functions share one generator, so every
// RandomObject carries a std::mutex guarding `gen` and `gauss_next`. It is
// held only around pure C++ generator code — never while Python code runs
// (len(), __getitem__, comparisons, float conversions happen outside it) —
// so it cannot deadlock with the GIL, per-object locks or re-entrant calls,
// and it is never held across a blocking call (no DetachScope needed).
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "gc/deferred_rc.h"
#include "objects/list.h"
#include "objects/list_impl.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/mt19937.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

Type RandomType;  // random.Random

// ------------------------------------------------------------------ SHA-512
// FIPS 180-4. The round constants are the first 64 bits of the fractional
// parts of the cube roots of the first 80 primes (square roots of the first
// 8 for the initial hash); they are computed once with GMP rather than
// typed in. Function-local static: initialised thread-safely.
struct Sha512Constants {
  uint64_t k[80];
  uint64_t h0[8];
  Sha512Constants() {
    int primes[80];
    int count = 0;
    for (int p = 2; count < 80; ++p) {
      bool prime = true;
      for (int d = 2; d * d <= p; ++d)
        if (p % d == 0) { prime = false; break; }
      if (prime) primes[count++] = p;
    }
    auto low64 = [](const mpz_class& v) {
      mpz_class m = v & ((mpz_class(1) << 64) - 1);
      uint64_t hi = mpz_class(m >> 32).get_ui(), lo = mpz_class(m & 0xffffffffUL).get_ui();
      return (hi << 32) | lo;
    };
    for (int i = 0; i < 80; ++i) {
      mpz_class n = mpz_class(primes[i]) << 192, r;
      mpz_root(r.get_mpz_t(), n.get_mpz_t(), 3);
      k[i] = low64(r);
    }
    for (int i = 0; i < 8; ++i) {
      mpz_class n = mpz_class(primes[i]) << 128, r;
      mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
      h0[i] = low64(r);
    }
  }
};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

std::string sha512(std::string_view msg) {
  static const Sha512Constants c;
  uint64_t h[8];
  std::memcpy(h, c.h0, sizeof h);
  std::string data(msg);
  uint64_t bit_len = static_cast<uint64_t>(msg.size()) * 8;
  data.push_back(static_cast<char>(0x80));
  while (data.size() % 128 != 112) data.push_back('\0');
  for (int i = 0; i < 8; ++i) data.push_back('\0');  // high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; --i) data.push_back(static_cast<char>((bit_len >> (8 * i)) & 0xff));
  for (size_t off = 0; off < data.size(); off += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; ++t) {
      uint64_t v = 0;
      for (int b = 0; b < 8; ++b) v = (v << 8) | static_cast<uint8_t>(data[off + 8 * t + b]);
      w[t] = v;
    }
    for (int t = 16; t < 80; ++t) {
      uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], cc = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; ++t) {
      uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + c.k[t] + w[t];
      uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & cc) ^ (b & cc));
      hh = g; g = f; f = e; e = d + t1; d = cc; cc = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += cc; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  std::string out;
  for (uint64_t v : h)
    for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  return out;
}

// ------------------------------------------------------------------ object

struct RandomObject : Object {
  num::MT19937 gen;                   // guarded by mu
  std::optional<double> gauss_next;   // guarded by mu
  std::mutex mu;
};

RandomObject* as_random(Object* self) {
  if (!self || !is_instance_of(self, &RandomType))
    raise(&exc::TypeError, "descriptor requires a 'random.Random' object");
  return static_cast<RandomObject*>(self);
}

using Lock = std::lock_guard<std::mutex>;

// 624 words from the OS (falls back to the clock if /dev/urandom fails).
std::vector<uint32_t> os_seed_words() {
  std::vector<uint32_t> words(num::MT19937::kN);
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  size_t want = words.size() * sizeof(uint32_t), got = 0;
  if (fd >= 0) {
    char* p = reinterpret_cast<char*>(words.data());
    while (got < want) {
      ssize_t n = ::read(fd, p + got, want - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    ::close(fd);
  }
  if (got < want) {
    uint64_t t = static_cast<uint64_t>(std::chrono::high_resolution_clock::now().time_since_epoch().count());
    words.assign({static_cast<uint32_t>(t), static_cast<uint32_t>(t >> 32),
                  static_cast<uint32_t>(::getpid())});
  }
  return words;
}

void seed_object(RandomObject* r, Object* a) {
  if (!a || a == kNone) {
    std::vector<uint32_t> words = os_seed_words();
    Lock lock(r->mu);
    r->gen.seed_from_words(words);
    r->gauss_next.reset();
    return;
  }
  mpz_class n;
  if (is_int(a)) {
    n = abs(int_to_mpz(a));
  } else if (is_str(a) || is_bytes(a)) {
    std::string_view text = is_str(a) ? str_view(a) : bytes_view(a);
    std::string all(text);
    all += sha512(text);
    mpz_import(n.get_mpz_t(), all.size(), 1, 1, 1, 0, all.data());
  } else if (is_instance_of(a, &FloatType)) {
    uint64_t h = static_cast<uint64_t>(hash(a));  // CPython: (size_t)hash
    n = static_cast<unsigned long>(h >> 32);
    n <<= 32;
    n += static_cast<unsigned long>(h & 0xffffffffu);
  } else {
    raise(&exc::TypeError,
          "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.");
  }
  Lock lock(r->mu);
  r->gen.seed_from_int(n);
  r->gauss_next.reset();
}

double draw_random(RandomObject* r) {
  Lock lock(r->mu);
  return r->gen.random();
}

[[noreturn]] void raise_status(num::NumStatus st, const std::string& msg) {
  raise(st == num::NumStatus::ValueError ? &exc::ValueError : &exc::OverflowError, msg);
}

mpz_class mpz_index(Object* o) {
  Ref<> i = index(o);
  return int_to_mpz(i.get());
}

// ---------------------------------------------------------------- methods

Ref<> r_seed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("seed", args, nargs, kwnames, {"a", "version"}, 0, a);
  seed_object(as_random(self), a[0]);
  return none();
}

Ref<> r_random(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("random", kwnames);
  check_nargs("random", nargs, 0, 0);
  return float_from(draw_random(as_random(self)));
}

Ref<> r_getrandbits(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("getrandbits", kwnames);
  check_nargs("getrandbits", nargs, 1, 1);
  int64_t k = index_as_int64(args[0]);
  if (k < 0) raise(&exc::ValueError, "number of bits must be non-negative");
  RandomObject* r = as_random(self);
  mpz_class v;
  {
    Lock lock(r->mu);
    v = r->gen.getrandbits(static_cast<uint64_t>(k));
  }
  return int_from_mpz(v);
}

Ref<> r_randbytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("randbytes", args, nargs, kwnames, {"n"}, 1, a);
  int64_t n = index_as_int64(a[0]);
  if (n < 0) raise(&exc::ValueError, "number of bits must be non-negative");
  RandomObject* r = as_random(self);
  std::string b;
  {
    Lock lock(r->mu);
    b = num::randbytes(r->gen, static_cast<size_t>(n));
  }
  return bytes_new(b);
}

Ref<> r_randrange(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("randrange", args, nargs, kwnames, {"start", "stop", "step"}, 1, a);
  RandomObject* r = as_random(self);
  mpz_class start = mpz_index(a[0]), out;
  num::NumStatus st;
  if (!a[1] || a[1] == kNone) {
    if (a[2]) {
      bool step_is_one = is_int(a[2]) && int_to_mpz(a[2]) == 1;
      if (!step_is_one) raise(&exc::TypeError, "Missing a non-None stop argument");
    }
    {
      Lock lock(r->mu);
      st = num::randrange(r->gen, start, &out);
    }
    if (st != num::NumStatus::Ok) raise_status(st, "empty range for randrange()");
    return int_from_mpz(out);
  }
  mpz_class stop = mpz_index(a[1]);
  mpz_class step = a[2] ? mpz_index(a[2]) : mpz_class(1);
  if (step == 0) raise(&exc::ValueError, "zero step for randrange()");
  {
    Lock lock(r->mu);
    st = num::randrange(r->gen, start, stop, step, &out);
  }
  if (st != num::NumStatus::Ok) {
    std::string msg = "empty range in randrange(" + str_utf8(a[0]) + ", " + str_utf8(a[1]);
    if (step != 1) msg += ", " + str_utf8(a[2]);
    raise_status(st, msg + ")");
  }
  return int_from_mpz(out);
}

Ref<> r_randint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("randint", args, nargs, kwnames, {"a", "b"}, 2, a);
  RandomObject* r = as_random(self);
  mpz_class lo = mpz_index(a[0]), hi = mpz_index(a[1]), out;
  num::NumStatus st;
  {
    Lock lock(r->mu);
    st = num::randint(r->gen, lo, hi, &out);
  }
  if (st != num::NumStatus::Ok) {
    Ref<> one = int_from(1);
    Ref<> stop = binary_op(a[1], one.get(), BinaryOp::Add);
    raise_status(st, "empty range in randrange(" + str_utf8(a[0]) + ", " + str_utf8(stop.get()) + ")");
  }
  return int_from_mpz(out);
}

size_t draw_below(RandomObject* r, size_t n) {
  Lock lock(r->mu);
  return num::choice_index(r->gen, n);
}

Ref<> r_choice(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("choice", args, nargs, kwnames, {"seq"}, 1, a);
  int64_t n = length(a[0]);
  if (n <= 0) raise(&exc::IndexError, "Cannot choose from an empty sequence");
  size_t i = draw_below(as_random(self), static_cast<size_t>(n));
  Ref<> key = int_from(static_cast<int64_t>(i));
  return getitem(a[0], key.get());
}

// bisect.bisect_right(a, x, 0, hi) with Python comparisons.
int64_t bisect_right(const std::vector<Ref<>>& a, Object* x, int64_t hi) {
  int64_t lo = 0;
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (richcompare_bool(x, a[static_cast<size_t>(mid)].get(), CompareOp::Lt)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

std::vector<Ref<>> accumulate_list(Object* iterable) {
  std::vector<Ref<>> out;
  for_each(iterable, [&](Object* item) {
    if (out.empty()) out.push_back(Ref<>::borrow(item));
    else out.push_back(binary_op(out.back().get(), item, BinaryOp::Add));
  });
  return out;
}

Ref<> r_choices(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[4] = {};
  parse_args("choices", args, nargs, kwnames, {"population", "weights", "cum_weights", "k"}, 1, a);
  if (nargs > 2) raisef(&exc::TypeError, "Random.choices() takes from 2 to 3 positional arguments but %zu were given", nargs + 1);
  RandomObject* r = as_random(self);
  Object* pop = a[0];
  int64_t n = length(pop);
  int64_t k = a[3] ? index_as_int64(a[3]) : 1;
  Ref<List> result = list_new(k > 0 ? k : 0);
  bool has_w = a[1] && a[1] != kNone, has_cw = a[2] && a[2] != kNone;
  if (!has_cw) {
    if (!has_w) {
      for (int64_t i = 0; i < k; ++i) {
        size_t idx;
        {
          Lock lock(r->mu);
          idx = num::choices_index(r->gen, static_cast<size_t>(n));
        }
        Ref<> key = int_from(static_cast<int64_t>(idx));
        Ref<> item = getitem(pop, key.get());
        list_append(result.get(), item.get());
      }
      return result;
    }
  } else if (has_w) {
    raise(&exc::TypeError, "Cannot specify both weights and cumulative weights");
  }
  std::vector<Ref<>> cum;
  if (has_cw) {
    for_each(a[2], [&](Object* item) { cum.push_back(Ref<>::borrow(item)); });
  } else {
    if (is_int(a[1])) {
      raisef(&exc::TypeError, "The number of choices must be a keyword argument: k=%s",
             str_utf8(a[1]).c_str());
    }
    cum = accumulate_list(a[1]);
  }
  if (static_cast<int64_t>(cum.size()) != n)
    raise(&exc::ValueError, "The number of weights does not match the population");
  Ref<> zero = float_from(0.0);
  Ref<> total_obj = binary_op(cum.back().get(), zero.get(), BinaryOp::Add);
  double total = as_double(total_obj.get());
  if (total <= 0.0) raise(&exc::ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) raise(&exc::ValueError, "Total of weights must be finite");
  for (int64_t i = 0; i < k; ++i) {
    Ref<> x = float_from(draw_random(r) * total);
    int64_t idx = bisect_right(cum, x.get(), n - 1);
    Ref<> key = int_from(idx);
    Ref<> item = getitem(pop, key.get());
    list_append(result.get(), item.get());
  }
  return result;
}

Ref<> r_shuffle(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("shuffle", args, nargs, kwnames, {"x"}, 1, a);
  RandomObject* r = as_random(self);
  Object* x = a[0];
  int64_t n = length(x);
  if (n <= 1) return none();
  std::vector<size_t> perm;
  {
    Lock lock(r->mu);
    perm = num::shuffle_permutation(r->gen, static_cast<size_t>(n));
  }
  if (is_exact_list(x)) {
    List* l = static_cast<List*>(x);
    CriticalSection cs(l);
    if (l->size == n) {
      std::vector<Object*> old(l->items, l->items + n);
      for (int64_t i = 0; i < n; ++i) list_store_slot(&l->items[i], old[perm[static_cast<size_t>(i)]]);
      return none();
    }
  }
  std::vector<Ref<>> items;
  items.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    Ref<> key = int_from(i);
    items.push_back(getitem(x, key.get()));
  }
  for (int64_t i = 0; i < n; ++i) {
    Ref<> key = int_from(i);
    setitem(x, key.get(), items[perm[static_cast<size_t>(i)]].get());
  }
  return none();
}

Ref<> r_sample(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("sample", args, nargs, kwnames, {"population", "k", "counts"}, 2, a);
  RandomObject* r = as_random(self);
  Object* pop = a[0];
  if (is_dict(pop) || is_instance_of(pop, &SetType) || is_instance_of(pop, &FrozenSetType) ||
      !type_of(pop)->mp_subscript)
    raise(&exc::TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(pop);
  int64_t k = index_as_int64(a[1]);
  std::vector<Ref<>> cum;
  int64_t draw_n = n;
  bool counted = a[2] && a[2] != kNone;
  if (counted) {
    cum = accumulate_list(a[2]);
    if (static_cast<int64_t>(cum.size()) != n)
      raise(&exc::ValueError, "The number of counts does not match the population");
    Ref<> total = n ? cum.back() : int_from(0);
    if (n) cum.pop_back();
    if (!is_int(total.get())) raise(&exc::TypeError, "Counts must be integers");
    draw_n = index_as_int64(total.get());
    if (draw_n < 0) raise(&exc::ValueError, "Counts must be non-negative");
  }
  if (k < 0 || k > draw_n) raise(&exc::ValueError, "Sample larger than population or is negative");
  std::vector<size_t> picks;
  {
    Lock lock(r->mu);
    num::sample_indices(r->gen, static_cast<size_t>(draw_n), static_cast<size_t>(k), &picks);
  }
  Ref<List> result = list_new(k);
  for (size_t p : picks) {
    int64_t idx = static_cast<int64_t>(p);
    if (counted) {
      Ref<> s = int_from(idx);
      idx = bisect_right(cum, s.get(), static_cast<int64_t>(cum.size()));
    }
    Ref<> key = int_from(idx);
    Ref<> item = getitem(pop, key.get());
    list_append(result.get(), item.get());
  }
  return result;
}

Ref<> r_uniform(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("uniform", args, nargs, kwnames, {"a", "b"}, 2, a);
  double lo = as_double(a[0]), hi = as_double(a[1]);
  return float_from(lo + (hi - lo) * draw_random(as_random(self)));
}

Ref<> r_triangular(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("triangular", args, nargs, kwnames, {"low", "high", "mode"}, 0, a);
  double low = a[0] ? as_double(a[0]) : 0.0, high = a[1] ? as_double(a[1]) : 1.0;
  double u = draw_random(as_random(self));
  double c = 0.5;
  if (a[2] && a[2] != kNone) {
    if (high - low == 0) return float_from(low);
    c = (as_double(a[2]) - low) / (high - low);
  } else if (high == low) {
    c = 0.5;
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return float_from(low + (high - low) * std::sqrt(u * c));
}

void mu_sigma(const char* name, Object* const* args, size_t nargs, Object* kwnames, double* mu,
              double* sigma) {
  Object* a[2] = {};
  parse_args(name, args, nargs, kwnames, {"mu", "sigma"}, 0, a);
  *mu = a[0] ? as_double(a[0]) : 0.0;
  *sigma = a[1] ? as_double(a[1]) : 1.0;
}

Ref<> r_normalvariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  double mu, sigma;
  mu_sigma("normalvariate", args, nargs, kwnames, &mu, &sigma);
  RandomObject* r = as_random(self);
  Lock lock(r->mu);
  return float_from(num::normalvariate(r->gen, mu, sigma));
}

Ref<> r_lognormvariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  double mu, sigma;
  mu_sigma("lognormvariate", args, nargs, kwnames, &mu, &sigma);
  RandomObject* r = as_random(self);
  double v;
  {
    Lock lock(r->mu);
    v = num::normalvariate(r->gen, mu, sigma);
  }
  return float_from(std::exp(v));
}

Ref<> r_gauss(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  double mu, sigma;
  mu_sigma("gauss", args, nargs, kwnames, &mu, &sigma);
  RandomObject* r = as_random(self);
  Lock lock(r->mu);
  return float_from(num::gauss(r->gen, &r->gauss_next, mu, sigma));
}

Ref<> r_expovariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("expovariate", args, nargs, kwnames, {"lambd"}, 0, a);
  double lambd = a[0] ? as_double(a[0]) : 1.0;
  double u = draw_random(as_random(self));
  if (lambd == 0) raise(&exc::ZeroDivisionError, "float division by zero");
  return float_from(-std::log(1.0 - u) / lambd);
}

Ref<> r_paretovariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("paretovariate", args, nargs, kwnames, {"alpha"}, 1, a);
  double alpha = as_double(a[0]);
  double u = 1.0 - draw_random(as_random(self));
  if (alpha == 0) raise(&exc::ZeroDivisionError, "float division by zero");
  return float_from(std::pow(u, -1.0 / alpha));
}

Ref<> r_weibullvariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("weibullvariate", args, nargs, kwnames, {"alpha", "beta"}, 2, a);
  double alpha = as_double(a[0]), beta = as_double(a[1]);
  double u = 1.0 - draw_random(as_random(self));
  if (beta == 0) raise(&exc::ZeroDivisionError, "float division by zero");
  return float_from(alpha * std::pow(-std::log(u), 1.0 / beta));
}

Ref<> r_getstate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("getstate", kwnames);
  check_nargs("getstate", nargs, 0, 0);
  RandomObject* r = as_random(self);
  std::vector<uint32_t> words;
  std::optional<double> gn;
  {
    Lock lock(r->mu);
    words = r->gen.get_state();
    gn = r->gauss_next;
  }
  Ref<Tuple> inner = tuple_new(static_cast<int64_t>(words.size()));
  for (size_t i = 0; i < words.size(); ++i)
    tuple_set_steal(inner.get(), static_cast<int64_t>(i), int_from(words[i]).release());
  Ref<> version = int_from(3);
  Ref<> g = gn ? float_from(*gn) : none();
  return tuple_pack({version.get(), inner.get(), g.get()});
}

Ref<> r_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("setstate", kwnames);
  check_nargs("setstate", nargs, 1, 1);
  RandomObject* r = as_random(self);
  Ref<> state = sequence_to_tuple(args[0]);
  if (tuple_size(state.get()) < 1) raise(&exc::ValueError, "not enough values to unpack");
  Object* version = tuple_item(state.get(), 0);
  if (!is_int(version) || int_to_mpz(version) != 3 || tuple_size(state.get()) != 3) {
    raisef(&exc::ValueError, "state with version %s passed to Random.setstate() of version 3",
           str_utf8(version).c_str());
  }
  Object* inner = tuple_item(state.get(), 1);
  Object* gn = tuple_item(state.get(), 2);
  if (!is_tuple(inner)) raise(&exc::TypeError, "state vector must be a tuple");
  if (tuple_size(inner) != num::MT19937::kStateWords)
    raise(&exc::ValueError, "state vector is the wrong size");
  std::vector<uint32_t> words;
  for (int64_t i = 0; i < tuple_size(inner); ++i) {
    Object* w = tuple_item(inner, i);
    if (!is_int(w)) raisef(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(w));
    mpz_class v = int_to_mpz(w);
    if (sgn(v) < 0) raise(&exc::OverflowError, "can't convert negative value to unsigned int");
    if (v > 0xffffffffUL) raise(&exc::OverflowError, "Python int too large to convert to C unsigned long");
    words.push_back(static_cast<uint32_t>(v.get_ui()));
  }
  std::optional<double> g;
  if (gn != kNone) g = as_double(gn);
  Lock lock(r->mu);
  if (!r->gen.set_state(words)) raise(&exc::ValueError, "invalid state");
  r->gauss_next = g;
  return none();
}

const MethodDef kRandomMethods[] = {
    {"seed", r_seed, 0, "Initialize internal state from a seed."},
    {"random", r_random, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", r_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"randbytes", r_randbytes, 0, "Generate n random bytes."},
    {"randrange", r_randrange, 0, "Choose a random item from range(stop) or range(start, stop[, step])."},
    {"randint", r_randint, 0, "Return random integer in range [a, b], including both end points."},
    {"choice", r_choice, 0, "Choose a random element from a non-empty sequence."},
    {"choices", r_choices, 0, "Return a k sized list of population elements chosen with replacement."},
    {"shuffle", r_shuffle, 0, "Shuffle list x in place, and return None."},
    {"sample", r_sample, 0, "Chooses k unique random elements from a population sequence."},
    {"uniform", r_uniform, 0, "Get a random number in the range [a, b) or [a, b]."},
    {"triangular", r_triangular, 0, "Triangular distribution."},
    {"normalvariate", r_normalvariate, 0, "Normal distribution."},
    {"lognormvariate", r_lognormvariate, 0, "Log normal distribution."},
    {"gauss", r_gauss, 0, "Gaussian distribution."},
    {"expovariate", r_expovariate, 0, "Exponential distribution."},
    {"paretovariate", r_paretovariate, 0, "Pareto distribution.  alpha is the shape parameter."},
    {"weibullvariate", r_weibullvariate, 0, "Weibull distribution."},
    {"getstate", r_getstate, 0, "Return internal state; can be passed to setstate() later."},
    {"setstate", r_setstate, 0, "Restore internal state from object returned by getstate()."},
    {nullptr, nullptr, 0, nullptr},
};

Ref<> random_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &RandomType) check_no_kwargs("Random", kwnames);
  if (nargs > 1) raisef(&exc::TypeError, "Random() expected at most 1 argument, got %zu", nargs);
  Ref<> self = Ref<>::steal(new_object<RandomObject>(type));
  seed_object(static_cast<RandomObject*>(self.get()), nargs ? args[0] : nullptr);
  return self;
}

// Random(x).__init__ re-seeds (a subclass's __init__ may call it with a seed).
void random_tp_init(Object* self, Object* const* args, size_t nargs, Object*) {
  if (nargs == 1) seed_object(as_random(self), args[0]);
}

void init_random_type() {
  Type* t = &RandomType;
  if (type_has_flag(t, kTypeReady)) return;
  t->name = "random.Random";
  t->basicsize = sizeof(RandomObject);
  t->flags |= kTypeBaseType;
  t->tp_new = random_tp_new;
  t->tp_init = random_tp_init;
  t->tp_dealloc = destroy_object<RandomObject>;
  t->methods = kRandomMethods;
  t->doc = "Random number generator base class used by bound module functions.";
  type_ready(t);
}

}  // namespace

Ref<> make_random_module() {
  init_random_type();
  Ref<> m = make_module("random", nullptr, "Random variable generators.");
  // The hidden shared instance; the module functions are its bound methods.
  Ref<> inst = random_tp_new(&RandomType, nullptr, 0, nullptr);
  Ref<> modname = str_new("random");
  for (const MethodDef* d = kRandomMethods; d->name; ++d) {
    Ref<> f = builtin_function_new(d, inst.get(), modname.get());
    mark_deferred(f.get());  // module-level: called from every thread
    module_add(m.get(), d->name, f.get());
  }
  module_add(m.get(), "Random", &RandomType);
  module_add(m.get(), "_inst", inst.get());
  const std::pair<const char*, double> constants[] = {
      {"NV_MAGICCONST", 4 * std::exp(-0.5) / std::sqrt(2.0)},
      {"TWOPI", 2 * M_PI},
      {"LOG4", std::log(4.0)},
      {"SG_MAGICCONST", 1.0 + std::log(4.5)},
      {"BPF", 53},
      {"RECIP_BPF", std::ldexp(1.0, -53)},
  };
  for (auto& [name, value] : constants) {
    Ref<> v = std::string_view(name) == "BPF" ? int_from(53) : float_from(value);
    module_add(m.get(), name, v.get());
  }
  return m;
}

// Exposed for unit tests (tests/unit/test_modules_random.cpp).
std::string random_sha512_for_test(std::string_view data) { return sha512(data); }

}  // namespace ftpy
