// Must-show 5: a viewer cannot change anything; a room credential reaches only its own
// appliance endpoints; every refusal is 401/403 with a reason; every change is in the audit log.
#include "provisioning/core/Text.hpp"
#include "tests/provisioning/http/ServerFixture.hpp"

namespace vc::provision::test {
namespace {

using nlohmann::json;

struct Call {
  std::string method;
  std::string target;
  std::string body;
};

class AuthorizationHttpTest : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    room_ = AddRoom("Phòng GD&ĐT Huyện Mỹ Đức", "my-duc");
    other_ = AddRoom("Phòng GD&ĐT Huyện Ba Vì", "ba-vi");
    Start();
    credential_ = EnrollRoom(room_, "VCR-0001");
    const auto meeting = Api(port(), "POST", "/api/v1/meetings", technician_,
                             json({{"title", "Giao ban"}, {"start", "2030-01-01T08:00:00+07:00"},
                                   {"mcu_room", "giao-ban"}, {"rooms", {room_}}}).dump());
    meeting_ = meeting.Json().value("id", "m0");
  }

  // Every call that changes something.
  std::vector<Call> Changes() const {
    return {
        {"POST", "/api/v1/rooms", R"({"name":"X","site":"Y","mcu_url":"ws://m/ws","mcu_room":"x"})"},
        {"PATCH", "/api/v1/rooms/" + other_, R"({"type":"training"})"},
        {"POST", "/api/v1/rooms/" + other_ + "/enroll-code", "{}"},
        {"DELETE", "/api/v1/rooms/" + other_, ""},
        {"POST", "/api/v1/rooms/import", "name,site,type,mcu_url,mcu_room\nA,B,conference,ws://m/ws,a\n"},
        {"POST", "/api/v1/meetings", R"({"title":"T","start":"2030-01-01T08:00:00Z","mcu_room":"t","rooms":["r1"]})"},
        {"POST", "/api/v1/meetings/" + meeting_ + "/token", R"({"guest":"Khách"})"},
        {"DELETE", "/api/v1/meetings/" + meeting_, ""},
        {"POST", "/api/v1/users", R"({"username":"new","password":"long enough","role":"admin"})"},
    };
  }
  HttpResult As(const std::string& token, const Call& call) {
    std::map<std::string, std::string> headers = {
        {"Content-Type", call.target.ends_with("import") ? "text/csv" : "application/json"}};
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    return Http(port(), call.method, call.target, call.body, headers);
  }

  std::string room_, other_, credential_, meeting_;
};

TEST_F(AuthorizationHttpTest, ViewerCannotChangeAnythingButCanRead) {
  const std::string before = Snapshot();
  for (const auto& call : Changes()) {
    const auto reply = As(viewer_, call);
    EXPECT_EQ(reply.status, 403) << call.method << " " << call.target << ": " << reply.body;
    EXPECT_EQ(reply.Json()["error"], "forbidden");
    EXPECT_NE(reply.Json()["reason"].get<std::string>().find("viewer"), std::string::npos) << reply.body;
  }
  EXPECT_EQ(Snapshot(), before);
  for (const char* target : {"/api/v1/rooms", "/api/v1/sites", "/api/v1/fleet", "/api/v1/meetings", "/api/v1/alerts"}) {
    EXPECT_EQ(Api(port(), "GET", target, viewer_).status, 200) << target;
  }
  EXPECT_EQ(Api(port(), "GET", "/api/v1/audit", viewer_).status, 403);
}

TEST_F(AuthorizationHttpTest, RoomCredentialReachesOnlyItsOwnAppliancePaths) {
  const std::string before = Snapshot();
  std::vector<Call> reads = {{"GET", "/api/v1/rooms", ""},          {"GET", "/api/v1/rooms/" + other_, ""},
                             {"GET", "/api/v1/rooms/" + room_, ""}, {"GET", "/api/v1/sites", ""},
                             {"GET", "/api/v1/fleet", ""},          {"GET", "/api/v1/meetings", ""},
                             {"GET", "/api/v1/rooms/export", ""},   {"GET", "/api/v1/audit", ""},
                             {"GET", "/api/v1/users", ""},          {"GET", "/fleet", ""}};
  for (const auto& call : Changes()) reads.push_back(call);
  for (const auto& call : reads) {
    const auto reply = As(credential_, call);
    EXPECT_EQ(reply.status, 403) << call.method << " " << call.target << ": " << reply.body;
    EXPECT_EQ(reply.Json()["error"], "forbidden") << call.target;
    EXPECT_FALSE(reply.Json()["reason"].get<std::string>().empty());
  }
  EXPECT_EQ(Snapshot(), before);
  // Its own paths work; a technician's session is not a room credential.
  EXPECT_EQ(Api(port(), "GET", "/api/v1/appliance/config", credential_).Json()["config"]["name"], "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_EQ(Api(port(), "GET", "/api/v1/appliance/schedule", admin_).status, 403);
}

TEST_F(AuthorizationHttpTest, MissingOrUnknownCredentialsAre401WithAReason) {
  for (const std::string& token : {std::string(), std::string("made-up-token"), std::string(300, 'x')}) {
    for (const char* target : {"/api/v1/rooms", "/api/v1/appliance/config"}) {
      const auto reply = Api(port(), "GET", target, token);
      EXPECT_EQ(reply.status, 401) << target;
      EXPECT_EQ(reply.Json()["error"], "unauthorized");
      EXPECT_FALSE(reply.Json()["reason"].get<std::string>().empty());
      EXPECT_EQ(reply.Header("www-authenticate"), "Bearer");
    }
  }
  const auto bad = Api(port(), "POST", "/api/v1/login", "", R"({"username":"admin","password":"wrong"})");
  EXPECT_EQ(bad.status, 401);
  EXPECT_EQ(bad.Json()["reason"], "wrong username or password");
  // After logout the session no longer works.
  const std::string session = Login(port(), "lan", "viewer-password");
  EXPECT_EQ(Api(port(), "POST", "/api/v1/logout", session).status, 200);
  EXPECT_EQ(Api(port(), "GET", "/api/v1/rooms", session).status, 401);
  // A technician is not an admin.
  EXPECT_EQ(Api(port(), "POST", "/api/v1/users", technician_, R"({"username":"x","password":"long enough","role":"admin"})").status, 403);
}

TEST_F(AuthorizationHttpTest, EveryChangeIsInTheAuditLog) {
  const auto count_before = Api(port(), "GET", "/api/v1/audit", admin_).Json()["entries"].size();
  int changes = 0;
  for (const auto& call : Changes()) {
    if (call.target.find("/users") != std::string::npos) continue;  // admin only, below
    const auto reply = As(technician_, call);
    EXPECT_LT(reply.status, 300) << call.method << " " << call.target << ": " << reply.body;
    ++changes;
  }
  ASSERT_LT(As(admin_, Changes().back()).status, 300);
  ++changes;
  const auto entries = Api(port(), "GET", "/api/v1/audit", admin_).Json()["entries"];
  ASSERT_EQ(entries.size(), count_before + size_t(changes)) << entries.dump(1);
  std::set<std::string> actions;
  for (size_t i = 0; i < size_t(changes); ++i) {
    actions.insert(entries[i]["action"].get<std::string>());
    EXPECT_TRUE(text::ParseIso8601(entries[i]["at"].get<std::string>()));
    EXPECT_TRUE(entries[i]["actor"] == "minh" || entries[i]["actor"] == "admin") << entries[i];
  }
  for (const char* action : {"room.add", "room.update", "room.delete", "enroll_code.create", "rooms.import",
                             "meeting.add", "meeting.delete", "meeting.guest_token", "user.add"}) {
    EXPECT_TRUE(actions.contains(action)) << action;
  }
  // Enrollment and CLI changes are there too, with who did them.
  bool enrolled = false, cli = false;
  for (const auto& e : entries) {
    enrolled = enrolled || (e["action"] == "appliance.enroll" && e["actor"] == "appliance:VCR-0001");
    cli = cli || e["actor"].get<std::string>().starts_with("cli:");
  }
  EXPECT_TRUE(enrolled);
  EXPECT_TRUE(cli);
}

}  // namespace
}  // namespace vc::provision::test
