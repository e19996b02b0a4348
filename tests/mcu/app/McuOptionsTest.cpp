#include "mcu/app/McuOptions.hpp"

#include <gtest/gtest.h>

namespace vc::mcu::app {
namespace {

TEST(McuOptionsTest, ListenOnLoopbackOffersLoopbackCandidatesOnly) {
  auto options = ParseMcuOptions({"--listen", "127.0.0.1:0"});
  EXPECT_EQ(options.listen_host, "127.0.0.1");
  EXPECT_EQ(options.listen_port, 0);
  ASSERT_EQ(options.ice.local_addresses.size(), 1u);
  EXPECT_EQ(options.ice.local_addresses[0], "127.0.0.1");
  EXPECT_EQ(options.sdp_address, "127.0.0.1");
}

TEST(McuOptionsTest, WildcardListenLeavesInterfacesToLibnice) {
  auto options = ParseMcuOptions({"--listen", "0.0.0.0:8443"});
  EXPECT_TRUE(options.ice.local_addresses.empty());
}

TEST(McuOptionsTest, ParsesIceServersAndTls) {
  auto options = ParseMcuOptions({"--stun", "127.0.0.1:3478", "--turn", "u:p@127.0.0.1:3479",
                                  "--tls-cert", "c.pem", "--tls-key", "k.pem", "--ice-ports",
                                  "40000-40100", "--listen", "[::1]:9000"});
  ASSERT_TRUE(options.ice.stun);
  EXPECT_EQ(options.ice.stun->port, 3478);
  ASSERT_TRUE(options.ice.turn);
  EXPECT_EQ(options.ice.turn->username, "u");
  EXPECT_EQ(options.ice.turn->password, "p");
  EXPECT_EQ(options.ice.port_min, 40000);
  EXPECT_EQ(options.listen_host, "::1");
}

TEST(McuOptionsTest, BadArgumentsGiveOneLineReasons) {
  auto reason = [](std::vector<std::string> args) {
    try {
      ParseMcuOptions(args);
    } catch (const OptionsError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_NE(reason({"--listen"}).find("needs a value"), std::string::npos);
  EXPECT_NE(reason({"--listen", "nohost"}).find("HOST:PORT"), std::string::npos);
  EXPECT_NE(reason({"--listen", "127.0.0.1:99999"}).find("port"), std::string::npos);
  EXPECT_NE(reason({"--tls-cert", "c.pem"}).find("go together"), std::string::npos);
  EXPECT_NE(reason({"--frobnicate"}).find("unknown option"), std::string::npos);
  EXPECT_NE(reason({"--stun", "stun.example:3478"}).find("IP address"), std::string::npos);
  EXPECT_NE(reason({"--ice-ports", "5-1"}).find("MIN"), std::string::npos);
}

}  // namespace
}  // namespace vc::mcu::app

namespace vc::mcu::app {
namespace {

TEST(McuOptionsTest, AdminTokenFileAndMaxTalkers) {
  auto defaults = ParseMcuOptions({});
  EXPECT_FALSE(defaults.admin_token_file.has_value());
  EXPECT_EQ(defaults.max_talkers, 3u);
  auto options = ParseMcuOptions({"--admin-token-file", "/etc/vc/admin.token", "--max-talkers", "5"});
  EXPECT_EQ(options.admin_token_file, "/etc/vc/admin.token");
  EXPECT_EQ(options.max_talkers, 5u);
  EXPECT_THROW(ParseMcuOptions({"--max-talkers", "0"}), OptionsError);
  EXPECT_THROW(ParseMcuOptions({"--max-talkers", "many"}), OptionsError);
  EXPECT_THROW(ParseMcuOptions({"--admin-token-file"}), OptionsError);
  EXPECT_NE(McuUsage().find("--admin-token-file"), std::string::npos);
}

TEST(McuOptionsTest, JoinKeyFile) {
  EXPECT_FALSE(ParseMcuOptions({}).join_key_file.has_value());
  EXPECT_EQ(ParseMcuOptions({"--join-key-file", "/etc/vc/join-key"}).join_key_file, "/etc/vc/join-key");
  EXPECT_THROW(ParseMcuOptions({"--join-key-file"}), OptionsError);
  EXPECT_NE(McuUsage().find("--join-key-file"), std::string::npos);
}

}  // namespace
}  // namespace vc::mcu::app

namespace vc::mcu::app {
namespace {

TEST(McuOptionsTest, VideoFrameRate) {
  EXPECT_EQ(ParseMcuOptions({}).video_fps, 30);
  EXPECT_EQ(ParseMcuOptions({"--video-fps", "15"}).video_fps, 15);
  EXPECT_EQ(ParseMcuOptions({"--video-fps", "0"}).video_fps, 0);  // video composition off
  for (const char* bad : {"61", "-1", "fast", ""}) {
    EXPECT_THROW(ParseMcuOptions({"--video-fps", bad}), OptionsError) << bad;
  }
  EXPECT_NE(McuUsage().find("--video-fps"), std::string::npos);
}

}  // namespace
}  // namespace vc::mcu::app

namespace vc::mcu::app {
namespace {

TEST(McuOptionsTest, RecordingDirectory) {
  EXPECT_FALSE(ParseMcuOptions({}).recording_dir.has_value());  // recording unavailable
  EXPECT_EQ(ParseMcuOptions({"--recording-dir", "/var/lib/vc/recordings"}).recording_dir,
            "/var/lib/vc/recordings");
  EXPECT_THROW(ParseMcuOptions({"--recording-dir"}), OptionsError);
  EXPECT_THROW(ParseMcuOptions({"--recording-dir", ""}), OptionsError);
  EXPECT_NE(McuUsage().find("--recording-dir DIR"), std::string::npos);
}

}  // namespace
}  // namespace vc::mcu::app
