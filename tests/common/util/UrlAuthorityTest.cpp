#include "common/util/UrlAuthority.hpp"

#include <gtest/gtest.h>

namespace vc::common::util {
namespace {

TEST(UrlAuthorityTest, HostPortAndDefaults) {
  std::string why;
  auto plain = UrlAuthority::Parse("mcu.so-gd.vn", "443", &why);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->host, "mcu.so-gd.vn");
  EXPECT_EQ(plain->port, "443");
  auto v6 = UrlAuthority::Parse("[::1]:8443", "80", &why);
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->HostHeader(), "[::1]:8443");
  EXPECT_EQ((UrlAuthority{"127.0.0.1", "7310"}.HostHeader()), "127.0.0.1:7310");
}

TEST(UrlAuthorityTest, RefusesWithAReason) {
  std::string why;
  EXPECT_FALSE(UrlAuthority::Parse("", "80", &why));
  EXPECT_EQ(why, "no host");
  EXPECT_FALSE(UrlAuthority::Parse("[::1", "80", &why));
  EXPECT_EQ(why, "unterminated IPv6 address");
  EXPECT_FALSE(UrlAuthority::Parse("[::1]x", "80", &why));
  EXPECT_EQ(why, "junk after the IPv6 address");
  for (const char* bad : {"h:0", "h:65536", "h:", "h:12a", "h:123456"}) {
    EXPECT_FALSE(UrlAuthority::Parse(bad, "80", &why)) << bad;
    EXPECT_EQ(why.rfind("bad port", 0), 0u) << bad;
  }
}

}  // namespace
}  // namespace vc::common::util
