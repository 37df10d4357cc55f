#include "loopscope/random.hpp"

namespace loopscope::random {

// Modules/_randommodule.c: genrand_uint32, init_genrand, init_by_array, random_seed.

void MersenneTwister::seed_(std::uint64_t seed) {
    // random_seed(): the key is the 32-bit words of abs(seed), least significant first; zero
    // gives the one-word key [0].
    std::vector<std::uint32_t> key;
    std::uint64_t n = seed;
    do {
        key.push_back(static_cast<std::uint32_t>(n & 0xffffffffu));
        n >>= 32;
    } while (n);
    // init_genrand(19650218)
    m_mt[0] = 19650218u;
    for (int i = 1; i < 624; ++i)
        m_mt[i] = 1812433253u * (m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    // init_by_array
    int i = 1;
    std::size_t j = 0;
    const std::size_t keyLen = key.size();
    for (std::size_t k = 624 > keyLen ? 624 : keyLen; k; --k) {
        m_mt[i] = (m_mt[i] ^ ((m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                  static_cast<std::uint32_t>(j);
        ++i;
        ++j;
        if (i >= 624) {
            m_mt[0] = m_mt[623];
            i = 1;
        }
        if (j >= keyLen)
            j = 0;
    }
    for (int k = 623; k; --k) {
        m_mt[i] = (m_mt[i] ^ ((m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) * 1566083941u)) -
                  static_cast<std::uint32_t>(i);
        ++i;
        if (i >= 624) {
            m_mt[0] = m_mt[623];
            i = 1;
        }
    }
    m_mt[0] = 0x80000000u;
    m_index = 624;
}

std::uint32_t MersenneTwister::genrand() {
    static const std::uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
    constexpr std::uint32_t upper = 0x80000000u, lower = 0x7fffffffu;
    std::uint32_t y;
    if (m_index >= 624) {
        int kk;
        for (kk = 0; kk < 624 - 397; ++kk) {
            y = (m_mt[kk] & upper) | (m_mt[kk + 1] & lower);
            m_mt[kk] = m_mt[kk + 397] ^ (y >> 1) ^ mag01[y & 0x1u];
        }
        for (; kk < 623; ++kk) {
            y = (m_mt[kk] & upper) | (m_mt[kk + 1] & lower);
            m_mt[kk] = m_mt[kk + (397 - 624)] ^ (y >> 1) ^ mag01[y & 0x1u];
        }
        y = (m_mt[623] & upper) | (m_mt[0] & lower);
        m_mt[623] = m_mt[396] ^ (y >> 1) ^ mag01[y & 0x1u];
        m_index = 0;
    }
    y = m_mt[m_index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

double MersenneTwister::random() {
    // random_random: a = genrand >> 5, b = genrand >> 6; (a * 2**26 + b) / 2**53
    std::uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

std::uint64_t MersenneTwister::getrandbits(int k) {
    // random_getrandbits: k <= 32 is one word shifted; wider values fill 32-bit words from the
    // least significant end, the last one shifted.
    if (k <= 0)
        return 0;
    if (k <= 32)
        return genrand() >> (32 - k);
    std::uint64_t lo = genrand();
    std::uint64_t hi = genrand() >> (64 - k);
    return lo | (hi << 32);
}

std::uint64_t MersenneTwister::randbelow(std::uint64_t n) {
    // Random._randbelow_with_getrandbits
    if (n == 0)
        return 0;
    int k = 0;
    for (std::uint64_t m = n; m; m >>= 1)
        ++k; // n.bit_length()
    std::uint64_t r = getrandbits(k);
    while (r >= n)
        r = getrandbits(k);
    return r;
}

std::int64_t MersenneTwister::randrange(std::int64_t start, std::int64_t stop) {
    // Random.randrange(start, stop): start + _randbelow(stop - start)
    return start + static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(stop - start)));
}

MersenneTwister &generator() {
    static thread_local MersenneTwister g(0);
    return g;
}

} // namespace loopscope::random
