#include <gtest/gtest.h>

#include "appliance/media/McuUrl.hpp"

namespace vc::appliance::media {
namespace {

TEST(McuUrl, ParsesWsAndWss) {
  std::string error;
  auto plain = McuUrl::Parse("ws://127.0.0.1:8080/ws", &error);
  ASSERT_TRUE(plain) << error;
  EXPECT_FALSE(plain->tls);
  EXPECT_EQ(plain->host, "127.0.0.1");
  EXPECT_EQ(plain->port, "8080");
  EXPECT_EQ(plain->target, "/ws");
  auto secure = McuUrl::Parse("wss://mcu.sogd.edu.vn", &error);
  ASSERT_TRUE(secure) << error;
  EXPECT_TRUE(secure->tls);
  EXPECT_EQ(secure->port, "443");
  EXPECT_EQ(secure->target, "/ws");
  EXPECT_EQ(secure->HostHeader(), "mcu.sogd.edu.vn:443");
  auto v6 = McuUrl::Parse("ws://[::1]:9000/x/ws", &error);
  ASSERT_TRUE(v6) << error;
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->target, "/x/ws");
  EXPECT_EQ(v6->HostHeader(), "[::1]:9000");
}

TEST(McuUrl, RejectsWithAReason) {
  for (const char* bad : {"http://a/ws", "ws://", "ws://:80/ws", "ws://a:0/ws", "ws://a:99999/ws",
                          "ws://a:8x/ws", "ws://[::1/ws", ""}) {
    std::string error;
    EXPECT_FALSE(McuUrl::Parse(bad, &error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

}  // namespace
}  // namespace vc::appliance::media
