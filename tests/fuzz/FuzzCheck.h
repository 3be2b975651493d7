#pragma once

#include <cstdio>
#include <cstdlib>

// A property every input must keep; a violation aborts, which libFuzzer reports as a crash
// and saves the input. Active in every build type (unlike assert).
#define FUZZ_CHECK(condition)                                                                     \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            std::fprintf(stderr, "%s:%d: property broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                         \
        }                                                                                         \
    } while (false)
