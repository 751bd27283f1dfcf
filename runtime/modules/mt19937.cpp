// mt19937.cpp -- CPython-compatible Mersenne Twister and random.py algorithms.
//
// Design:
//  * MT19937 is the reference generator of Matsumoto & Nishimura (state of
//    624 words, tempering, init_genrand/init_by_array seeding).  CPython adds
//    only conventions on top: how an int seed becomes the key array, the
//    53-bit random() formula, the word order of getrandbits(k > 32) and the
//    625-word getstate() layout.  All are reproduced here.
//  * The free functions follow Lib/random.py 3.13 step by step so that every
//    call draws exactly the same generator outputs.
//  * Invariants: 0 <= index_ <= kN; index_ == kN means "twist before next
//    draw".
//  * Thread-safety: no global state; functions are reentrant.  A single
//    MT19937 instance is mutable and needs external locking when shared
//    between threads (as CPython's Random relies on its object lock).
#include "runtime/modules/mt19937.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_set>

namespace ftpy::num {
namespace {

constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;

std::uint64_t bit_length64(std::uint64_t n) {
  std::uint64_t k = 0;
  for (; n; n >>= 1) ++k;
  return k;
}

}  // namespace

MT19937::MT19937() { seed_from_int(mpz_class(0)); }

void MT19937::init_genrand(std::uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < kN; ++i) {
    std::uint32_t prev = mt_[i - 1];
    mt_[i] = 1812433253U * (prev ^ (prev >> 30)) + static_cast<std::uint32_t>(i);
  }
  index_ = kN;
}

void MT19937::seed_from_words(const std::vector<std::uint32_t>& key_in) {
  const std::vector<std::uint32_t> zero{0};
  const std::vector<std::uint32_t>& key = key_in.empty() ? zero : key_in;
  const std::size_t len = key.size();
  init_genrand(19650218U);
  std::size_t i = 1, j = 0;
  for (std::size_t k = std::max<std::size_t>(kN, len); k > 0; --k) {
    std::uint32_t prev = mt_[i - 1];
    mt_[i] = (mt_[i] ^ ((prev ^ (prev >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (int k = kN - 1; k > 0; --k) {
    std::uint32_t prev = mt_[i - 1];
    mt_[i] = (mt_[i] ^ ((prev ^ (prev >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000U;  // guarantees a non-zero initial state
  index_ = kN;
}

void MT19937::seed_from_int(const mpz_class& n) {
  mpz_class a = abs(n);
  std::size_t words = (mpz_sizeinbase(a.get_mpz_t(), 2) + 31) / 32;
  std::vector<std::uint32_t> key(std::max<std::size_t>(words, 1), 0);
  std::size_t written = 0;
  if (sgn(a) != 0) mpz_export(key.data(), &written, -1, sizeof(std::uint32_t), 0, 0, a.get_mpz_t());
  seed_from_words(key);
}

void MT19937::twist() {
  for (int i = 0; i < kN; ++i) {
    std::uint32_t y = (mt_[i] & kUpperMask) | (mt_[(i + 1) % kN] & kLowerMask);
    mt_[i] = mt_[(i + kM) % kN] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
  }
  index_ = 0;
}

std::uint32_t MT19937::genrand_uint32() {
  if (index_ >= kN) twist();
  std::uint32_t y = mt_[index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

double MT19937::random() {
  std::uint32_t a = genrand_uint32() >> 5;  // 27 bits
  std::uint32_t b = genrand_uint32() >> 6;  // 26 bits
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

mpz_class MT19937::getrandbits(std::uint64_t k) {
  mpz_class r;
  if (k == 0) return r;
  if (k <= 32) return mpz_class(static_cast<unsigned long>(genrand_uint32() >> (32 - k)));
  std::vector<std::uint32_t> words(static_cast<std::size_t>((k - 1) / 32 + 1));
  for (auto& w : words) {  // least significant word first
    std::uint32_t v = genrand_uint32();
    if (k < 32) v >>= 32 - k;
    w = v;
    k -= k < 32 ? k : 32;
  }
  mpz_import(r.get_mpz_t(), words.size(), -1, sizeof(std::uint32_t), 0, 0, words.data());
  return r;
}

std::uint64_t MT19937::getrandbits64(unsigned k) {
  if (k == 0) return 0;
  if (k <= 32) return genrand_uint32() >> (32 - k);
  std::uint64_t low = genrand_uint32();
  std::uint64_t high = genrand_uint32() >> (64 - k);
  return (high << 32) | low;
}

mpz_class MT19937::randbelow(const mpz_class& n) {
  if (sgn(n) <= 0) return mpz_class(0);
  if (mpz_fits_ulong_p(n.get_mpz_t()))  // same draws, machine integers
    return mpz_class(static_cast<unsigned long>(randbelow(std::uint64_t{n.get_ui()})));
  std::uint64_t k = mpz_sizeinbase(n.get_mpz_t(), 2);
  mpz_class r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

std::uint64_t MT19937::randbelow(std::uint64_t n) {
  if (n == 0) return 0;
  unsigned k = static_cast<unsigned>(bit_length64(n));
  std::uint64_t r = getrandbits64(k);
  while (r >= n) r = getrandbits64(k);
  return r;
}

std::vector<std::uint32_t> MT19937::get_state() const {
  std::vector<std::uint32_t> s(mt_.begin(), mt_.end());
  s.push_back(static_cast<std::uint32_t>(index_));
  return s;
}

bool MT19937::set_state(const std::vector<std::uint32_t>& state) {
  if (state.size() != static_cast<std::size_t>(kStateWords) || state[kN] > kN) return false;
  std::copy(state.begin(), state.begin() + kN, mt_.begin());
  index_ = static_cast<int>(state[kN]);
  return true;
}

// ------------------------------------------------------------ random.py --

NumStatus randrange(MT19937& g, const mpz_class& start, const mpz_class& stop,
                    const mpz_class& step, mpz_class* out) {
  mpz_class width = stop - start;
  if (step == 1) {
    if (sgn(width) <= 0) return NumStatus::ValueError;
    *out = start + g.randbelow(width);
    return NumStatus::Ok;
  }
  if (sgn(step) == 0) return NumStatus::ValueError;
  mpz_class n = sgn(step) > 0 ? mpz_class(width + step - 1) : mpz_class(width + step + 1);
  mpz_fdiv_q(n.get_mpz_t(), n.get_mpz_t(), step.get_mpz_t());
  if (sgn(n) <= 0) return NumStatus::ValueError;
  *out = start + step * g.randbelow(n);
  return NumStatus::Ok;
}

NumStatus randrange(MT19937& g, const mpz_class& stop, mpz_class* out) {
  if (sgn(stop) <= 0) return NumStatus::ValueError;
  *out = g.randbelow(stop);
  return NumStatus::Ok;
}

NumStatus randint(MT19937& g, const mpz_class& a, const mpz_class& b, mpz_class* out) {
  return randrange(g, a, mpz_class(b + 1), mpz_class(1), out);
}

std::size_t choice_index(MT19937& g, std::size_t n) {
  return static_cast<std::size_t>(g.randbelow(std::uint64_t{n}));
}

std::vector<std::size_t> shuffle_permutation(MT19937& g, std::size_t n) {
  std::vector<std::size_t> perm(n);
  for (std::size_t i = 0; i < n; ++i) perm[i] = i;
  for (std::size_t i = n > 0 ? n - 1 : 0; i >= 1; --i) {
    std::size_t j = static_cast<std::size_t>(g.randbelow(std::uint64_t{i + 1}));
    std::swap(perm[i], perm[j]);
  }
  return perm;
}

double uniform(MT19937& g, double a, double b) { return a + (b - a) * g.random(); }

NumStatus sample_indices(MT19937& g, std::size_t n, std::size_t k, std::vector<std::size_t>* out) {
  if (k > n) return NumStatus::ValueError;
  out->assign(k, 0);
  // random.py picks the pool method when a set would cost more memory.
  std::size_t setsize = 21;
  if (k > 5) {
    double e = std::ceil(std::log(static_cast<double>(k) * 3) / std::log(4.0));
    setsize = e >= 31 ? SIZE_MAX : setsize + (std::size_t{1} << (2 * static_cast<int>(e)));
  }
  if (n <= setsize) {
    std::vector<std::size_t> pool(n);
    for (std::size_t i = 0; i < n; ++i) pool[i] = i;
    for (std::size_t i = 0; i < k; ++i) {
      std::size_t j = static_cast<std::size_t>(g.randbelow(std::uint64_t{n - i}));
      (*out)[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::unordered_set<std::size_t> selected;
    for (std::size_t i = 0; i < k; ++i) {
      std::size_t j = static_cast<std::size_t>(g.randbelow(std::uint64_t{n}));
      while (selected.count(j)) j = static_cast<std::size_t>(g.randbelow(std::uint64_t{n}));
      selected.insert(j);
      (*out)[i] = j;
    }
  }
  return NumStatus::Ok;
}

std::size_t choices_index(MT19937& g, std::size_t n) {
  return static_cast<std::size_t>(std::floor(g.random() * static_cast<double>(n)));
}

std::string randbytes(MT19937& g, std::size_t n) {
  std::string out;
  out.reserve(n + 3);
  for (std::size_t i = 0; i < n; i += 4) {
    std::uint32_t w = g.genrand_uint32();
    std::size_t left = n - i;
    if (left < 4) w >>= 32 - 8 * left;  // the top word keeps its high bits
    for (std::size_t b = 0; b < 4 && b < left; ++b) out.push_back(static_cast<char>(w >> (8 * b)));
  }
  return out;
}

double normalvariate(MT19937& g, double mu, double sigma) {
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = g.random();
    double u2 = 1.0 - g.random();
    z = magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

double gauss(MT19937& g, std::optional<double>* gauss_next, double mu, double sigma) {
  std::optional<double> z = *gauss_next;
  gauss_next->reset();
  if (!z) {
    const double two_pi = 2.0 * std::numbers::pi;
    double x2pi = g.random() * two_pi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - g.random()));
    z = std::cos(x2pi) * g2rad;
    *gauss_next = std::sin(x2pi) * g2rad;
  }
  return mu + *z * sigma;
}

}  // namespace ftpy::num
