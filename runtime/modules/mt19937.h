// Mersenne Twister MT19937 reproducing CPython's _random.Random bit for
// bit, plus the Lib/random.py (3.13) algorithms built on it, so that seeded
// programs produce the same sequences as CPython.
#pragma once

#include <gmpxx.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "objects/numeric/float_format.h"  // NumStatus

namespace ftpy::num {

class MT19937 {
 public:
  static constexpr int kN = 624;           // state words
  static constexpr int kStateWords = 625;  // getstate(): kN words + index

  MT19937();  // deterministic default: seed_from_int(0)

  // random.seed(n) for an int n: init_by_array over the 32-bit words of
  // abs(n), least significant first (one zero word for n == 0).
  void seed_from_int(const mpz_class& n);
  // init_by_array(key) (an empty key acts like {0}).
  void seed_from_words(const std::vector<std::uint32_t>& key);
  // The reference init_genrand(s).
  void init_genrand(std::uint32_t s);

  std::uint32_t genrand_uint32();
  // random(): 53-bit float in [0, 1).
  double random();
  // getrandbits(k): k random bits; words drawn least significant first,
  // the top word keeping the high bits of its draw.
  mpz_class getrandbits(std::uint64_t k);
  std::uint64_t getrandbits64(unsigned k);  // same stream, k <= 64
  // _randbelow_with_getrandbits(n): k = n.bit_length(), retry getrandbits(k)
  // until < n.  Returns 0 for n <= 0 (CPython would loop forever).
  mpz_class randbelow(const mpz_class& n);
  std::uint64_t randbelow(std::uint64_t n);  // same stream as the mpz form

  // getstate()/setstate() payload: mt[0..623] then the index (0..624).
  std::vector<std::uint32_t> get_state() const;
  // False (ValueError) unless 625 words with index <= 624:
  // "state vector is the wrong size" / "invalid state".
  bool set_state(const std::vector<std::uint32_t>& state);

 private:
  void twist();
  std::array<std::uint32_t, kN> mt_{};
  int index_ = kN;
};

// ---- Lib/random.py algorithms.  Each call consumes exactly the same
// ---- generator outputs as CPython's method of the same name.

// randrange(start, stop, step).  ValueError: "empty range in randrange(a, b)"
// or "empty range in randrange(a, b, step)" or "zero step for randrange()"
// (the caller formats the message with the argument reprs).
NumStatus randrange(MT19937& g, const mpz_class& start, const mpz_class& stop,
                    const mpz_class& step, mpz_class* out);
// randrange(stop).  ValueError "empty range for randrange()" when stop <= 0.
NumStatus randrange(MT19937& g, const mpz_class& stop, mpz_class* out);
// randint(a, b) == randrange(a, b + 1).
NumStatus randint(MT19937& g, const mpz_class& a, const mpz_class& b, mpz_class* out);

// choice(seq) picks seq[choice_index(g, len(seq))]; n must be > 0
// (IndexError "Cannot choose from an empty sequence" is the caller's).
std::size_t choice_index(MT19937& g, std::size_t n);
// shuffle(x) for len(x) == n, as a permutation: afterwards x[i] == old[perm[i]].
std::vector<std::size_t> shuffle_permutation(MT19937& g, std::size_t n);
// uniform(a, b) = a + (b - a) * random().
double uniform(MT19937& g, double a, double b);
// sample(population, k) for len(population) == n: the chosen indices, in
// selection order.  ValueError "Sample larger than population or is negative"
// when k > n.  (sample with counts= is sample_indices over sum(counts)
// followed by bisect_right over the cumulative counts.)
NumStatus sample_indices(MT19937& g, std::size_t n, std::size_t k, std::vector<std::size_t>* out);
// One pick of choices(population, k=...) without weights: floor(random() * n).
std::size_t choices_index(MT19937& g, std::size_t n);
// randbytes(n) == getrandbits(n * 8).to_bytes(n, 'little').
std::string randbytes(MT19937& g, std::size_t n);
// normalvariate(mu, sigma) (Kinderman-Monahan ratio method).
double normalvariate(MT19937& g, double mu, double sigma);
// gauss(mu, sigma); *gauss_next is Random.gauss_next (part of getstate()).
double gauss(MT19937& g, std::optional<double>* gauss_next, double mu, double sigma);

}  // namespace ftpy::num
