// Unit tests for runtime/modules/mt19937.{h,cpp}.  Expected sequences were
// produced by CPython 3.13's random module with the same seeds and calls.
#include "runtime/modules/mt19937.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace ftpy::num;

namespace {

// clang-format off
const double kSeed42Random[] = {
    0.6394267984578837, 0.025010755222666936, 0.27502931836911926,
    0.22321073814882275, 0.7364712141640124, 0.6766994874229113,
    0.8921795677048454, 0.08693883262941615, 0.4219218196852704,
    0.029797219438070344, 0.21863797480360336, 0.5053552881033624,
};
const double kBigSeedRandom[] = {
    0.5120180983871961, 0.9318805526703359, 0.6423121128048344,
    0.8522436047096272, 0.35402963702233636, 0.2294959990039922,
};
const std::uint32_t kSeed0Bits32[] = {
    3626764237u, 1654615998u, 3255389356u, 3823568514u,
    1806341205u, 173879092u, 1112038970u, 4146640122u,
};
const double kSeedMinus5Random[] = {
    0.6229016948897019, 0.7417869892607294, 0.7951935655656966,
};
const char kBigSeed[] = "2037035976334486086268445688409378161051468393665936250636140449354381299763336706183409721";
const double kHugeSeedRandom[] = {
    0.7496448134712989, 0.011072822951677552, 0.8675282331721353,
};
const int kRandint[] = {
    82, 15, 4, 95, 36, 32, 29, 18, 95, 14,
    87, 95, 70, 12, 76, 55, 5, 4, 12, 28,
    30, 65, 78, 4, 72, 26, 92, 84, 90, 70,
};
const std::size_t kShuffle10[] = {
    7, 3, 2, 8, 5, 6, 9, 4, 0, 1,
};
const std::size_t kShuffle1000Head[] = {878, 857, 349, 313, 382, 850, 927, 194, 261, 946};
const std::size_t kSample100x5[] = {
    81, 14, 3, 94, 35,
};
const std::size_t kSample10x8[] = {
    3, 9, 2, 5, 0, 4, 6, 7,
};
const std::size_t kSample1000x20[] = {
    432, 32, 30, 95, 223, 238, 517, 616, 27, 574,
    203, 733, 665, 718, 558, 429, 225, 459, 603, 284,
};
const std::size_t kSample90x6[] = {
    0, 20, 89, 54, 43, 35,
};
const std::size_t kSample80x6[] = {
    19, 27, 43, 13, 11, 48,
};
const std::size_t kSample10pow6x3[] = {
    101414, 376417, 888662,
};
const char* const kGetrandbits[] = {
    "873491343714207852616756591005",  // getrandbits(100)
    "1181241943",  // getrandbits(32)
    "0",  // getrandbits(1)
    "2574020394472462046",  // getrandbits(64)
    "20337446297558147241",  // getrandbits(65)
    "7476111027",  // getrandbits(33)
    "0",  // getrandbits(0)
    "144560380107863596215379766867395014599938346225043746137140",  // getrandbits(200)
    "469521477",  // getrandbits(31)
};
const char* const kRandrange[] = {
    "49",  // randrange(0, 100, 7)
    "7",  // randrange(10, -10, -3)
    "261750149550969722879991580508",  // randrange(1000000000000000000000000000000,)
    "1",  // randrange(-5, 5)
    "96000000000000000000",  // randrange(0, 100000000000000000000, 1000000000000000000)
    "5",  // randrange(5, 6)
    "32009571119392971129",  // randrange(18446744073709551616, 36893488147419103232)
    "2",  // randrange(7,)
    "-1",  // randrange(-100, 100, 33)
};
const std::size_t kChoice[] = {
    25, 24, 12, 11, 14, 15, 8, 5, 16, 24,
};
const double kUniform[] = {
    3.798673303121654, 6.131712734000017,
    -2.264750889296222, 5.078895250167925,
};
const std::size_t kChoices[] = {
    2, 9, 7, 10, 10, 10, 11, 2,
};
const double kGauss[] = {
    -0.21952648029363364, 1.3010347564141085,
    0.24009848343869344, 0.6602482812823619,
    0.3747750813032009,
};
const double kNormal[] = {
    -1.0343984095760828, -1.7749067736822595,
    -0.20128239751465996, 0.039908133492048234,
};
const char kRandbytes[] = "\x66\x89\x73\x76\xca\x09\xfa";
const std::uint32_t kState42Head[] = {2147483648u, 3564348608u, 1266698288u, 4212342371u};
const std::uint32_t kState42Index = 624;
const std::uint32_t kState42AfterOneHead[] = {2468570525u, 44967195u, 2667364560u, 2449893699u};
const std::uint32_t kState42AfterOneIndex = 2;
const std::uint32_t kState42AfterOneSum = 407941079u;
// clang-format on

MT19937 seeded(long n) {
  MT19937 g;
  g.seed_from_int(mpz_class(n));
  return g;
}

}  // namespace

TEST(MT19937, RandomAfterIntSeeds) {
  MT19937 g = seeded(42);
  for (double want : kSeed42Random) EXPECT_EQ(g.random(), want);
  g.seed_from_int(mpz_class("12345678901234567890"));
  for (double want : kBigSeedRandom) EXPECT_EQ(g.random(), want);
  g.seed_from_int(mpz_class(-5));  // abs() of the seed is used
  for (double want : kSeedMinus5Random) EXPECT_EQ(g.random(), want);
  g.seed_from_int(mpz_class(kBigSeed));
  for (double want : kHugeSeedRandom) EXPECT_EQ(g.random(), want);
  g = seeded(0);
  for (std::uint32_t want : kSeed0Bits32) EXPECT_EQ(g.genrand_uint32(), want);
  MT19937 fresh;  // default construction == seed(0)
  EXPECT_EQ(fresh.genrand_uint32(), kSeed0Bits32[0]);
}

TEST(MT19937, SeedFromWordsMatchesIntSeed) {
  MT19937 a = seeded(42), b;
  b.seed_from_words({42});
  EXPECT_EQ(a.get_state(), b.get_state());
  // 12345678901234567890 == 0xab54a98ceb1f0ad2: low word first.
  a.seed_from_int(mpz_class("12345678901234567890"));
  b.seed_from_words({0xeb1f0ad2u, 0xab54a98cu});
  EXPECT_EQ(a.get_state(), b.get_state());
}

TEST(MT19937, Getrandbits) {
  MT19937 g = seeded(42);
  const unsigned ks[] = {100, 32, 1, 64, 65, 33, 0, 200, 31};
  for (std::size_t i = 0; i < std::size(ks); ++i)
    EXPECT_EQ(g.getrandbits(ks[i]).get_str(), kGetrandbits[i]) << "k=" << ks[i];
  MT19937 a = seeded(42), b = seeded(42);
  for (unsigned k : {1u, 31u, 32u, 33u, 63u, 64u})
    EXPECT_EQ(mpz_class(static_cast<unsigned long>(a.getrandbits64(k))), b.getrandbits(k)) << k;
}

TEST(MT19937, RandintAndRandrange) {
  MT19937 g = seeded(42);
  for (int want : kRandint) {
    mpz_class r;
    ASSERT_EQ(randint(g, mpz_class(1), mpz_class(100), &r), NumStatus::Ok);
    EXPECT_EQ(r, want);
  }
  g = seeded(2024);
  struct Args {
    const char *start, *stop, *step;
  };
  const Args args[] = {{"0", "100", "7"},
                       {"10", "-10", "-3"},
                       {nullptr, "1000000000000000000000000000000", nullptr},
                       {"-5", "5", "1"},
                       {"0", "100000000000000000000", "1000000000000000000"},
                       {"5", "6", "1"},
                       {"18446744073709551616", "36893488147419103232", "1"},
                       {nullptr, "7", nullptr},
                       {"-100", "100", "33"}};
  for (std::size_t i = 0; i < std::size(args); ++i) {
    mpz_class r;
    NumStatus st = args[i].start ? randrange(g, mpz_class(args[i].start), mpz_class(args[i].stop),
                                             mpz_class(args[i].step), &r)
                                 : randrange(g, mpz_class(args[i].stop), &r);
    ASSERT_EQ(st, NumStatus::Ok);
    EXPECT_EQ(r.get_str(), kRandrange[i]) << i;
  }
  mpz_class r;
  EXPECT_EQ(randrange(g, mpz_class(5), mpz_class(5), mpz_class(1), &r), NumStatus::ValueError);
  EXPECT_EQ(randrange(g, mpz_class(0), mpz_class(5), mpz_class(0), &r), NumStatus::ValueError);
  EXPECT_EQ(randrange(g, mpz_class(0), mpz_class(5), mpz_class(-1), &r), NumStatus::ValueError);
  EXPECT_EQ(randrange(g, mpz_class(0), &r), NumStatus::ValueError);
  EXPECT_EQ(randint(g, mpz_class(3), mpz_class(2), &r), NumStatus::ValueError);
}

TEST(MT19937, ShuffleAndSample) {
  MT19937 g = seeded(42);
  std::vector<std::size_t> perm = shuffle_permutation(g, 10);
  EXPECT_EQ(perm, std::vector<std::size_t>(std::begin(kShuffle10), std::end(kShuffle10)));
  g = seeded(7);
  perm = shuffle_permutation(g, 1000);
  EXPECT_EQ(std::vector<std::size_t>(perm.begin(), perm.begin() + 10),
            std::vector<std::size_t>(std::begin(kShuffle1000Head), std::end(kShuffle1000Head)));
  EXPECT_TRUE(shuffle_permutation(g, 0).empty());
  EXPECT_EQ(shuffle_permutation(g, 1), std::vector<std::size_t>{0});

  g = seeded(42);
  std::vector<std::size_t> s;
  auto expect_sample = [&](std::size_t n, std::size_t k, const std::size_t* want) {
    ASSERT_EQ(sample_indices(g, n, k, &s), NumStatus::Ok);
    EXPECT_EQ(s, std::vector<std::size_t>(want, want + k))
        << "sample(range(" << n << "), " << k << ")";
  };
  expect_sample(100, 5, kSample100x5);
  expect_sample(10, 8, kSample10x8);
  expect_sample(1000, 20, kSample1000x20);
  expect_sample(90, 6, kSample90x6);  // set-based selection
  expect_sample(80, 6, kSample80x6);  // pool-based selection
  expect_sample(1000000, 3, kSample10pow6x3);
  EXPECT_EQ(sample_indices(g, 3, 4, &s), NumStatus::ValueError);
  ASSERT_EQ(sample_indices(g, 3, 0, &s), NumStatus::Ok);
  EXPECT_TRUE(s.empty());
}

TEST(MT19937, ChoiceUniformGaussBytes) {
  MT19937 g = seeded(99);
  for (std::size_t want : kChoice) EXPECT_EQ(choice_index(g, 37), want);
  for (double want : kUniform) EXPECT_EQ(uniform(g, -3.5, 10.25), want);
  for (std::size_t want : kChoices) EXPECT_EQ(choices_index(g, 13), want);
  std::optional<double> gauss_next;
  for (double want : kGauss) EXPECT_EQ(gauss(g, &gauss_next, 1.0, 2.0), want);
  for (double want : kNormal) EXPECT_EQ(normalvariate(g, 0.0, 1.0), want);
  EXPECT_EQ(randbytes(g, 7), std::string(kRandbytes, sizeof kRandbytes - 1));
}

TEST(MT19937, GetSetState) {
  MT19937 g = seeded(42);
  std::vector<std::uint32_t> st = g.get_state();
  ASSERT_EQ(st.size(), 625u);
  EXPECT_EQ(std::vector<std::uint32_t>(st.begin(), st.begin() + 4),
            std::vector<std::uint32_t>(std::begin(kState42Head), std::end(kState42Head)));
  EXPECT_EQ(st[624], kState42Index);
  double first = g.random();
  std::vector<std::uint32_t> after = g.get_state();
  EXPECT_EQ(
      std::vector<std::uint32_t>(after.begin(), after.begin() + 4),
      std::vector<std::uint32_t>(std::begin(kState42AfterOneHead), std::end(kState42AfterOneHead)));
  EXPECT_EQ(after[624], kState42AfterOneIndex);
  std::uint32_t sum = 0;
  for (int i = 0; i < 624; ++i) sum += after[i];
  EXPECT_EQ(sum, kState42AfterOneSum);

  MT19937 h;
  ASSERT_TRUE(h.set_state(st));
  EXPECT_EQ(h.random(), first);
  EXPECT_EQ(h.get_state(), after);
  std::vector<std::uint32_t> bad = st;
  bad[624] = 625;
  EXPECT_FALSE(h.set_state(bad));
  bad.pop_back();
  EXPECT_FALSE(h.set_state(bad));
  EXPECT_EQ(h.get_state(), after);  // failed set_state leaves the state alone
}
