// CPython's `random` module: the Mersenne Twister seeded as random.seed(int) seeds it
// (init_by_array over the 32-bit words of abs(seed)), and random(), getrandbits, randbelow,
// randint, randrange, uniform, choice, shuffle computed exactly as CPython 3.11 does.
#pragma once

#include <cstdint>
#include <vector>

namespace loopscope::random {

class MersenneTwister {
public:
    explicit MersenneTwister(std::uint64_t seed = 0) { seed_(seed); }
    void seed_(std::uint64_t seed);
    std::uint32_t genrand();
    /// random.random(): 53-bit float in [0, 1) (_randommodule.c random_random).
    double random();
    /// random.getrandbits(k), k <= 64.
    std::uint64_t getrandbits(int k);
    /// Random._randbelow_with_getrandbits(n).
    std::uint64_t randbelow(std::uint64_t n);
    std::int64_t randrange(std::int64_t start, std::int64_t stop);
    std::int64_t randint(std::int64_t a, std::int64_t b) { return randrange(a, b + 1); }
    double uniform(double a, double b) { return a + (b - a) * random(); }

private:
    std::uint32_t m_mt[624];
    int m_index = 625;
};

/// The module-level generator (random.seed / random.random ...), seeded by run().
MersenneTwister &generator();
inline void seed(std::uint64_t s) {
    generator().seed_(s);
}
inline double random() {
    return generator().random();
}
inline std::int64_t randint(std::int64_t a, std::int64_t b) {
    return generator().randint(a, b);
}
inline double uniform(double a, double b) {
    return generator().uniform(a, b);
}
inline std::int64_t randrange(std::int64_t a, std::int64_t b) {
    return generator().randrange(a, b);
}
/// random.choice(seq).
template<class T>
const T &choice(const std::vector<T> &seq) {
    return seq[generator().randbelow(seq.size())];
}
/// random.shuffle(x).
template<class T>
void shuffle(std::vector<T> &x) {
    for (std::size_t i = x.size(); i-- > 1;) {
        std::size_t j = generator().randbelow(i + 1);
        std::swap(x[i], x[j]);
    }
}

} // namespace loopscope::random
