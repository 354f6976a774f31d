#include <gtest/gtest.h>

#include "util/Utf8.h"

namespace rw {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("leaf-01"));
    EXPECT_TRUE(isValidUtf8("Gr\xC3\xB6\xC3\x9F" "e \xE2\x82\xAC \xF0\x9F\x94\x8C"));  // Größe € 🔌
    EXPECT_TRUE(isValidUtf8("\xF4\x8F\xBF\xBF"));                                     // U+10FFFF
}

TEST(Utf8, RefusesWhatJsonWritersRefuse) {
    EXPECT_FALSE(isValidUtf8("\xC6"));              // cut short (found by fuzz_netbox)
    EXPECT_FALSE(isValidUtf8("\x80"));              // a continuation byte alone
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xE0\x80\xAF"));      // overlong, three bytes
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));      // a UTF-16 surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xE2\x82"));          // cut short, three bytes
}

}  // namespace
}  // namespace rw
