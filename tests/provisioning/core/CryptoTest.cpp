#include "provisioning/core/Crypto.hpp"

#include <gtest/gtest.h>

namespace vc::provision::crypto {
namespace {

TEST(CryptoTest, Base64UrlRoundTripsEveryLength) {
  std::string bytes;
  for (int n = 0; n < 40; ++n) {
    const auto encoded = Base64UrlEncode(bytes);
    EXPECT_EQ(encoded.find_first_of("+/="), std::string::npos);
    EXPECT_EQ(Base64UrlDecode(encoded), bytes) << n;
    bytes += char(n * 37 + 200);
  }
}

TEST(CryptoTest, Base64UrlKnownVectorsAndRefusals) {
  EXPECT_EQ(Base64UrlEncode("\xfb\xff"), "-_8");
  EXPECT_EQ(Base64UrlEncode("foobar"), "Zm9vYmFy");
  EXPECT_FALSE(Base64UrlDecode("Zm9v+A"));
  EXPECT_FALSE(Base64UrlDecode("Zm9vY"));   // impossible length
  EXPECT_FALSE(Base64UrlDecode("Zm9=")); 
  EXPECT_FALSE(Base64UrlDecode("Zh"));      // non-zero leftover bits
}

TEST(CryptoTest, HmacSha256MatchesRfc4231Case2) {
  const auto mac = HmacSha256("Jefe", "what do ya want for nothing?");
  std::string hex;
  for (unsigned char c : mac) {
    static constexpr char kHex[] = "0123456789abcdef";
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  EXPECT_EQ(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(CryptoTest, RandomTokensAreLongAndDistinct) {
  const auto a = RandomToken(), b = RandomToken();
  EXPECT_EQ(a.size(), 43u);
  EXPECT_NE(a, b);
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_TRUE(ConstantTimeEqual("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEqual("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEqual("abc", "ab"));
}

}  // namespace
}  // namespace vc::provision::crypto
