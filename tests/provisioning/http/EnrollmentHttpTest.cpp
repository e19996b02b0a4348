// Server halves of must-shows 1-3 over real HTTP: enrollment (a code works once, an expired code
// is refused), heartbeat shows the room online in `vc-provision fleet`, silence raises an offline
// alert that clears when the room comes back (shortened clock), the schedule gives the next
// meeting with a join token signed with the shared key.
#include <chrono>
#include <cstdlib>
#include <thread>

#include "provisioning/core/JoinTokenSigner.hpp"
#include "provisioning/core/Text.hpp"
#include "tests/provisioning/http/ServerFixture.hpp"

namespace vc::provision::test {
namespace {

using nlohmann::json;

class EnrollmentHttpTest : public ServerFixture {};

json EnrollBody(const std::string& code) {
  return {{"code", code}, {"serial", "VCR-0001"}, {"software_version", "0.1.0"}};
}

TEST_F(EnrollmentHttpTest, CodeWorksOnceExpiredAndUnknownCodesAreRefused) {
  const std::string room = AddRoom("Phòng GD&ĐT Huyện Mỹ Đức", "my-duc");
  Start();
  const std::string code = Cli({"enroll-code", room});
  // Lower case and without the dash is the same code.
  std::string typed;
  for (char c : code) {
    if (c != '-') typed += char(std::tolower(static_cast<unsigned char>(c)));
  }
  const auto first = Api(port(), "POST", "/api/v1/enroll", "", EnrollBody(typed).dump());
  ASSERT_EQ(first.status, 200) << first.body;
  const auto body = first.Json();
  EXPECT_EQ(body["room_id"], room);
  EXPECT_GE(body["credential"].get<std::string>().size(), 32u);
  EXPECT_EQ(body["config"]["name"], "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_EQ(body["config"]["mcu"]["room"], "my-duc");
  EXPECT_EQ(body["config"]["provisioning"]["server"], "http://127.0.0.1:" + std::to_string(port()));
  EXPECT_EQ(body["config"]["provisioning"]["heartbeat_seconds"], 30);
  EXPECT_EQ(body["config_version"], 1);

  const auto second = Api(port(), "POST", "/api/v1/enroll", "", EnrollBody(code).dump());
  EXPECT_EQ(second.status, 409);
  EXPECT_EQ(second.Json()["error"], "code_used");
  EXPECT_FALSE(second.Json()["reason"].get<std::string>().empty());

  const std::string expired = Cli({"enroll-code", room, "--ttl-minutes", "0"});
  const auto late = Api(port(), "POST", "/api/v1/enroll", "", EnrollBody(expired).dump());
  EXPECT_EQ(late.status, 410);
  EXPECT_EQ(late.Json()["error"], "code_expired");

  EXPECT_EQ(Api(port(), "POST", "/api/v1/enroll", "", EnrollBody("2345-6789").dump()).Json()["error"], "code_unknown");
  EXPECT_EQ(Api(port(), "POST", "/api/v1/enroll", "", EnrollBody("nope").dump()).status, 400);
}

TEST_F(EnrollmentHttpTest, HeartbeatShowsTheRoomOnlineInTheFleetTable) {
  const std::string room = AddRoom("Phòng GD&ĐT Huyện Ba Vì", "ba-vi");
  Start();
  const std::string credential = EnrollRoom(room, "VCR-0002");
  const auto beat = Api(port(), "POST", "/api/v1/appliance/heartbeat", credential,
                        R"({"call_state":"idle","faults":[],"software_version":"0.1.0","config_version":1})");
  ASSERT_EQ(beat.status, 200) << beat.body;
  EXPECT_EQ(beat.Json()["config_version"], 1);
  EXPECT_FALSE(beat.Json().contains("config"));  // up to date
  EXPECT_TRUE(beat.Json()["next_meeting"].is_null());

  const std::string table = Cli({"fleet"});
  EXPECT_NE(table.find("Phòng GD&ĐT Huyện Ba Vì"), std::string::npos) << table;
  EXPECT_NE(table.find("idle / Sẵn sàng"), std::string::npos) << table;
  const auto fleet = json::parse(Cli({"fleet", "--json"}));
  EXPECT_EQ(fleet["rooms"][0]["state"], "idle");
  EXPECT_EQ(fleet["rooms"][0]["serial"], "VCR-0002");
  EXPECT_TRUE(fleet["rooms"][0]["last_seen"].is_string());

  // A configuration change on the server reaches the room with its next heartbeat.
  const auto patch = Api(port(), "PATCH", "/api/v1/rooms/" + room, technician_, R"({"type":"training"})");
  ASSERT_EQ(patch.status, 200) << patch.body;
  const auto after = Api(port(), "POST", "/api/v1/appliance/heartbeat", credential, R"({"call_state":"idle","config_version":1})");
  EXPECT_EQ(after.Json()["config_version"], 2);
  EXPECT_EQ(after.Json()["config"]["mode"], "training");
  const auto config = Api(port(), "GET", "/api/v1/appliance/config", credential);
  EXPECT_EQ(config.Json()["config"]["mode"], "training");
}

TEST_F(EnrollmentHttpTest, SilenceRaisesAnOfflineAlertThatClearsWhenTheRoomIsBack) {
  const std::string room = AddRoom("Phòng GD&ĐT Huyện Mê Linh", "me-linh");
  Start({"--offline-after-seconds", "2"});
  const std::string credential = EnrollRoom(room, "VCR-0003");
  ASSERT_EQ(Api(port(), "POST", "/api/v1/appliance/heartbeat", credential, R"({"call_state":"idle"})").status, 200);
  const auto silent_from = std::chrono::steady_clock::now();
  bool raised = false;
  // The server's own timer raises it (nobody asks in between); bounded wait with generous slack.
  while (!raised && std::chrono::steady_clock::now() - silent_from < std::chrono::seconds(15)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    raised = server_->Log().find("alert raised: " + room + " offline") != std::string::npos;
  }
  ASSERT_TRUE(raised) << server_->Log();
  const auto raised_after = std::chrono::duration<double>(std::chrono::steady_clock::now() - silent_from).count();
  std::printf("offline alert raised %.1f s after the last heartbeat (threshold 2 s)\n", raised_after);
  EXPECT_GE(raised_after, 2.0);  // never early
  auto alerts = Api(port(), "GET", "/api/v1/alerts", viewer_).Json()["alerts"];
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0]["kind"], "offline");
  EXPECT_EQ(alerts[0]["room"], room);
  EXPECT_NE(Cli({"fleet", "--offline-after-seconds", "2"}).find("offline / Mất kết nối"), std::string::npos);

  ASSERT_EQ(Api(port(), "POST", "/api/v1/appliance/heartbeat", credential, R"({"call_state":"in_call"})").status, 200);
  alerts = Api(port(), "GET", "/api/v1/alerts", viewer_).Json()["alerts"];
  EXPECT_TRUE(alerts.empty()) << alerts;
  EXPECT_EQ(Api(port(), "GET", "/api/v1/fleet", viewer_).Json()["rooms"][0]["state"], "in_call");
}

TEST_F(EnrollmentHttpTest, DeviceFaultAlertRaisesAndClears) {
  const std::string room = AddRoom("Phòng GD&ĐT Huyện Sóc Sơn", "soc-son");
  Start();
  const std::string credential = EnrollRoom(room, "VCR-0004");
  Api(port(), "POST", "/api/v1/appliance/heartbeat", credential,
      R"({"call_state":"idle","faults":[{"device":"projector","message":"lamp failure"}]})");
  auto fleet = Api(port(), "GET", "/api/v1/fleet", viewer_).Json()["rooms"][0];
  EXPECT_EQ(fleet["state"], "fault");
  ASSERT_EQ(fleet["alerts"].size(), 1u);
  EXPECT_EQ(fleet["alerts"][0]["device"], "projector");
  Api(port(), "POST", "/api/v1/appliance/heartbeat", credential, R"({"call_state":"idle","faults":[]})");
  fleet = Api(port(), "GET", "/api/v1/fleet", viewer_).Json()["rooms"][0];
  EXPECT_EQ(fleet["state"], "idle");
  EXPECT_TRUE(fleet["alerts"].empty());
}

TEST_F(EnrollmentHttpTest, ScheduleGivesTheNextMeetingAndASignedJoinToken) {
  const std::string room = AddRoom("Phòng GD&ĐT Huyện Mỹ Đức", "my-duc");
  const std::string other = AddRoom("Phòng GD&ĐT Huyện Ba Vì", "ba-vi");
  Start();
  const std::string credential = EnrollRoom(room, "VCR-0005");
  const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count();
  const json soon = {{"title", "Giao ban tháng 12"}, {"start", text::FormatUtc(now + 120)},
                     {"duration_minutes", 90}, {"mcu_room", "giao-ban-thang-12"}, {"pin", "1234"},
                     {"rooms", {room, other}}};
  const auto added = Api(port(), "POST", "/api/v1/meetings", technician_, soon.dump());
  ASSERT_EQ(added.status, 201) << added.body;
  const json later = {{"title", "Tập huấn"}, {"start", text::FormatUtc(now + 86400)}, {"mcu_room", "tap-huan"},
                      {"mode", "training"}, {"rooms", {room}}};
  ASSERT_EQ(Api(port(), "POST", "/api/v1/meetings", technician_, later.dump()).status, 201);

  const auto beat = Api(port(), "POST", "/api/v1/appliance/heartbeat", credential, R"({"call_state":"idle","config_version":1})");
  const auto next = beat.Json()["next_meeting"];
  ASSERT_TRUE(next.is_object()) << beat.body;
  EXPECT_EQ(next["title"], "Giao ban tháng 12");
  EXPECT_EQ(next["mcu_room"], "giao-ban-thang-12");
  EXPECT_EQ(next["pin"], "1234");
  EXPECT_EQ(next["join_opens_at"], text::FormatUtc(now + 120 - 300));
  ASSERT_TRUE(next.contains("join_token"));  // opens 5 minutes before start: already open
  const auto claims = JoinTokenSigner::FromFile(key_file_).Verify(next["join_token"].get<std::string>());
  ASSERT_TRUE(claims);
  EXPECT_EQ(claims->room, "giao-ban-thang-12");
  EXPECT_EQ(claims->sub, room);
  EXPECT_EQ(claims->name, "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_EQ(claims->exp, now + 120 + 90 * 60 + 30 * 60);

  const auto schedule = Api(port(), "GET", "/api/v1/appliance/schedule", credential).Json()["meetings"];
  ASSERT_EQ(schedule.size(), 2u);
  EXPECT_FALSE(schedule[1].contains("join_token"));  // tomorrow's is not open yet

  // A guest's token from the CLI, for a browser participant.
  const std::string meeting = added.Json()["id"];
  const std::string guest = Cli({"meetings", "token", meeting, "--guest", "Cô Hạnh", "--join-key-file", key_file_});
  const auto guest_claims = JoinTokenSigner::FromFile(key_file_).Verify(guest);
  ASSERT_TRUE(guest_claims);
  EXPECT_EQ(guest_claims->name, "Cô Hạnh");
  EXPECT_EQ(guest_claims->role, "participant");
}

}  // namespace
}  // namespace vc::provision::test

namespace vc::provision::test {
namespace {

TEST(ServeTlsTest, ServesHttpsWithACertificateAndRefusesBadTlsFiles) {
  TempDir dir;
  const std::string command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 "
                              "-subj /CN=127.0.0.1 -keyout " + dir.File("key.pem") + " -out " + dir.File("cert.pem") +
                              " >/dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0);
  {
    ServeProcess server(dir.File("p.db"), {"--tls-cert", dir.File("cert.pem"), "--tls-key", dir.File("key.pem")});
    EXPECT_NE(server.Log().find("listening on https://"), std::string::npos);
    const auto reply = HttpsGet(server.port(), "/login");
    EXPECT_EQ(reply.status, 200) << reply.error;
    EXPECT_NE(reply.body.find("Đăng nhập"), std::string::npos);
    EXPECT_EQ(Http(server.port(), "GET", "/login").status, 0);  // plain HTTP is not served
  }
  const auto missing = RunCli({"serve", "--db", dir.File("p.db"), "--tls-cert", dir.File("cert.pem")});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("both --tls-cert and --tls-key"), std::string::npos) << missing.err;
  const auto unreadable = RunCli({"serve", "--db", dir.File("p.db"), "--tls-cert", dir.File("nope.pem"),
                                  "--tls-key", dir.File("key.pem")});
  EXPECT_EQ(unreadable.exit_code, 1);
  EXPECT_NE(unreadable.err.find("cannot read TLS file"), std::string::npos) << unreadable.err;
  const auto bad_args = RunCli({"serve", "--db", dir.File("p.db"), "--listen", "nowhere"});
  EXPECT_EQ(bad_args.exit_code, 2);
  EXPECT_NE(bad_args.err.find("--listen: expected HOST:PORT"), std::string::npos) << bad_args.err;
  EXPECT_EQ(RunCli({"--help"}).exit_code, 0);
  EXPECT_EQ(RunCli({"rooms", "frobnicate", "--db", dir.File("p.db")}).exit_code, 2);
  EXPECT_EQ(RunCli({"rooms", "list", "--db", dir.File("p.db"), "--colour"}).exit_code, 2);
}

}  // namespace
}  // namespace vc::provision::test
