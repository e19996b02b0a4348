#include "common/util/SchemeUrl.hpp"

#include <gtest/gtest.h>

namespace vc::common::util {
namespace {

TEST(SchemeUrlTest, PlainAndSecureSchemesWithTheirDefaultPorts) {
  std::string why;
  auto plain = SchemeUrl::Parse("ws://127.0.0.1/ws", "ws", "wss", &why);
  ASSERT_TRUE(plain) << why;
  EXPECT_FALSE(plain->tls);
  EXPECT_EQ(plain->authority.port, "80");
  EXPECT_EQ(plain->path, "/ws");
  auto secure = SchemeUrl::Parse("https://[::1]:8444", "http", "https", &why);
  ASSERT_TRUE(secure) << why;
  EXPECT_TRUE(secure->tls);
  EXPECT_EQ(secure->authority.host, "::1");
  EXPECT_EQ(secure->authority.port, "8444");
  EXPECT_EQ(secure->path, "");
}

TEST(SchemeUrlTest, RefusesAnotherSchemeAndABadAuthority) {
  std::string why;
  EXPECT_FALSE(SchemeUrl::Parse("http://mcu/ws", "ws", "wss", &why));
  EXPECT_EQ(why, "must start with ws:// or wss://");
  EXPECT_FALSE(SchemeUrl::Parse("wss:/mcu", "ws", "wss", &why));
  EXPECT_FALSE(SchemeUrl::Parse("ws", "ws", "wss", &why));
  EXPECT_FALSE(SchemeUrl::Parse("ws://:99999/x", "ws", "wss", &why));
  EXPECT_FALSE(why.empty());
}

}  // namespace
}  // namespace vc::common::util
