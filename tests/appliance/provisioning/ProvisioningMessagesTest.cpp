#include "appliance/provisioning/ProvisioningMessages.hpp"

#include <gtest/gtest.h>

#include "appliance/provisioning/ServerUrl.hpp"

namespace vc::appliance::provisioning {
namespace {

// The heartbeat answer exactly as the provisioning contract shows it.
constexpr const char* kHeartbeatAnswer = R"({"config_version":4,"config":{"name":"x"},
 "next_meeting":{"id":"m5","title":"Giao ban tháng 12","start":"2026-12-01T08:00:00Z",
   "duration_minutes":90,"mcu_room":"giao-ban-thang-12","mode":"conference","pin":"1234",
   "join_opens_at":"2026-12-01T07:55:00Z","join_token":"vc1.xxx.yyy"}})";

std::string ErrorOf(const std::function<void()>& parse) {
  try {
    parse();
  } catch (const ProtocolError& e) {
    return e.what();
  }
  return "accepted";
}

TEST(ProvisioningMessagesTest, ParsesTheContractsHeartbeatAnswer) {
  const HeartbeatReply reply = ParseHeartbeatReply(kHeartbeatAnswer);
  EXPECT_EQ(reply.config_version, 4);
  ASSERT_TRUE(reply.config);
  EXPECT_EQ((*reply.config)["name"], "x");
  ASSERT_TRUE(reply.next_meeting);
  const Meeting& m = *reply.next_meeting;
  EXPECT_EQ(m.id, "m5");
  EXPECT_EQ(m.title, "Giao ban tháng 12");
  EXPECT_EQ(m.start_epoch, 1796112000);  // 2026-12-01T08:00:00Z
  EXPECT_EQ(m.join_opens_epoch, 1796112000 - 300);
  EXPECT_EQ(m.duration_minutes, 90);
  EXPECT_EQ(m.mcu_room, "giao-ban-thang-12");
  EXPECT_EQ(m.pin, "1234");
  EXPECT_EQ(m.join_token, "vc1.xxx.yyy");
  EXPECT_TRUE(m.Available(m.start_epoch));
  EXPECT_FALSE(m.Available(m.EndEpoch()));  // over
}

TEST(ProvisioningMessagesTest, NoMeetingAndNoConfig) {
  const HeartbeatReply reply = ParseHeartbeatReply(R"({"config_version":3,"next_meeting":null})");
  EXPECT_FALSE(reply.config);
  EXPECT_FALSE(reply.next_meeting);
  // Before join opens the server sends no token: not available.
  const auto early = ParseHeartbeatReply(
      R"({"config_version":3,"next_meeting":{"id":"m1","title":"T","start":"2026-12-01T08:00:00Z",
          "duration_minutes":30,"mcu_room":"r","mode":"training","join_opens_at":"2026-12-01T07:55:00Z"}})");
  ASSERT_TRUE(early.next_meeting);
  EXPECT_FALSE(early.next_meeting->Available(early.next_meeting->start_epoch - 1000));
  EXPECT_FALSE(early.next_meeting->pin);
}

TEST(ProvisioningMessagesTest, RefusesMalformedAnswersNamingTheField) {
  EXPECT_NE(ErrorOf([] { ParseHeartbeatReply("<html>"); }).find("not a JSON object"), std::string::npos);
  EXPECT_NE(ErrorOf([] { ParseHeartbeatReply(R"({"config_version":"4"})"); }).find("config_version"),
            std::string::npos);
  EXPECT_NE(ErrorOf([] { ParseHeartbeatReply(R"({"config_version":4,"config":[]})"); }).find("config"),
            std::string::npos);
  EXPECT_NE(ErrorOf([] {
              ParseHeartbeatReply(R"({"config_version":4,"next_meeting":{"id":"m1","title":"T",
                "start":"tomorrow","duration_minutes":30,"mcu_room":"r","mode":"conference",
                "join_opens_at":"2026-12-01T07:55:00Z"}})");
            }).find("2026-12-01T08:00:00Z"),
            std::string::npos);
  EXPECT_NE(ErrorOf([] {
              ParseHeartbeatReply(R"({"config_version":4,"next_meeting":{"id":"m1","title":"T",
                "start":"2026-12-01T08:00:00Z","duration_minutes":30,"mcu_room":"r","mode":"party",
                "join_opens_at":"2026-12-01T07:55:00Z"}})");
            }).find("mode"),
            std::string::npos);
}

TEST(ProvisioningMessagesTest, EnrollAnswerNeedsALongPrintableCredential) {
  const EnrollReply reply = ParseEnrollReply(
      R"({"room_id":"r12","credential":"0123456789abcdef0123456789abcdef","config_version":3,"config":{}})");
  EXPECT_EQ(reply.room_id, "r12");
  EXPECT_EQ(reply.config_version, 3);
  EXPECT_NE(ErrorOf([] {
              ParseEnrollReply(R"({"room_id":"r12","credential":"short","config_version":3,"config":{}})");
            }).find("32"),
            std::string::npos);
  EXPECT_NE(ErrorOf([] { ParseEnrollReply(R"({"room_id":"r12","config_version":3,"config":{}})"); })
                .find("credential"),
            std::string::npos);
}

TEST(ProvisioningMessagesTest, ServerErrorsKeepCodeAndReason) {
  const ServerError used =
      ParseServerError(409, R"({"error":"code_used","reason":"code 7KQ2-M9XD was used at 08:01"})");
  EXPECT_EQ(used.code, "code_used");
  EXPECT_EQ(used.reason, "code 7KQ2-M9XD was used at 08:01");
  const ServerError html = ParseServerError(502, "<html>Bad gateway</html>");
  EXPECT_EQ(html.code, "http_502");
}

TEST(ProvisioningMessagesTest, RequestsHaveTheContractsFields) {
  EXPECT_EQ(nlohmann::json::parse(MakeEnrollRequest("7KQ2-M9XD", "VCR-0001", "0.1.0")),
            nlohmann::json::parse(R"({"code":"7KQ2-M9XD","serial":"VCR-0001","software_version":"0.1.0"})"));
  HeartbeatSummary summary{"in_call", {{"projector", "lamp failure"}}, "0.1.0", 3, "giao-ban-thang-12"};
  EXPECT_EQ(nlohmann::json::parse(MakeHeartbeatRequest(summary)),
            nlohmann::json::parse(R"({"call_state":"in_call","faults":[{"device":"projector",
              "message":"lamp failure"}],"software_version":"0.1.0","config_version":3,
              "meeting":"giao-ban-thang-12"})"));
}

TEST(ProvisioningMessagesTest, UtcTimes) {
  EXPECT_EQ(ParseUtcTime("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(ParseUtcTime("2026-12-01T08:00:00.250Z"), 1796112000);
  EXPECT_EQ(ParseUtcTime("2026-12-01T15:00:00+07:00"), 1796112000);  // Hà Nội
  EXPECT_FALSE(ParseUtcTime("2026-12-01T08:00:00"));  // no zone: ambiguous
  EXPECT_FALSE(ParseUtcTime("2026-13-01T08:00:00Z"));
  EXPECT_FALSE(ParseUtcTime("2026-12-01T08:00:00Zjunk"));
}

TEST(ServerUrlTest, ParsesHttpAndHttpsWithBase) {
  std::string error;
  auto url = ServerUrl::Parse("https://prov.sgd.example.vn/base/", &error);
  ASSERT_TRUE(url) << error;
  EXPECT_TRUE(url->tls);
  EXPECT_EQ(url->port, "443");
  EXPECT_EQ(url->base, "/base");
  url = ServerUrl::Parse("http://[::1]:8080", &error);
  ASSERT_TRUE(url) << error;
  EXPECT_EQ(url->host, "::1");
  EXPECT_EQ(url->Text(), "http://[::1]:8080");
  EXPECT_FALSE(ServerUrl::Parse("ftp://x", &error));
  EXPECT_NE(error.find("http://"), std::string::npos);
  EXPECT_FALSE(ServerUrl::Parse("http://host:99999", &error));
  EXPECT_FALSE(ServerUrl::Parse("http://user@host", &error));
}

}  // namespace
}  // namespace vc::appliance::provisioning
