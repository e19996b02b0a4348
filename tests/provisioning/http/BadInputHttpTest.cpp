// Must-show 7: bad input to every endpoint (malformed JSON, wrong types, unknown fields, oversize
// bodies and headers) gets a 4xx with a reason, and the database is unchanged.
#include "tests/provisioning/http/ServerFixture.hpp"

namespace vc::provision::test {
namespace {

struct Endpoint {
  std::string method;
  std::string target;
  std::string token_kind;                // "", "room", "tech", "admin"
  std::vector<std::string> wrong_types;  // bodies with a field of the wrong type or value
};

class BadInputHttpTest : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    room_ = AddRoom("Phòng GD&ĐT Huyện Mỹ Đức", "my-duc");
    Start();
    credential_ = EnrollRoom(room_, "VCR-0001");
    meeting_ = Api(port(), "POST", "/api/v1/meetings", technician_,
                   R"({"title":"Giao ban","start":"2030-01-01T08:00:00Z","mcu_room":"giao-ban","rooms":["r1"]})")
                   .Json()
                   .value("id", "m0");
  }
  std::string Token(const std::string& kind) const {
    if (kind == "room") return credential_;
    if (kind == "tech") return technician_;
    if (kind == "admin") return admin_;
    return "";
  }
  std::vector<Endpoint> Endpoints() const {
    return {
        {"POST", "/api/v1/enroll", "",
         {R"({"code":12345678,"serial":"S","software_version":"1"})", R"({"code":"2345-6789","serial":["S"],"software_version":"1"})",
          R"({"code":"2345-6789","serial":"S"})", R"({"code":"2345-6789","serial":"","software_version":"1"})"}},
        {"POST", "/api/v1/appliance/heartbeat", "room",
         {R"({"call_state":5})", R"({"faults":"projector"})", R"({"faults":[1]})", R"({"faults":[{"device":7}]})",
          R"({"faults":[{"message":"no device"}]})", R"({"config_version":"3"})", R"({"config_version":3.5})",
          R"({"config_version":99999999999999999999})", R"({"meeting":{}})", R"({"call_state":"in\u0001call"})"}},
        {"POST", "/api/v1/rooms", "tech",
         {R"({"name":7})", R"({"name":"A","site":"B","mcu_url":"ws://m/ws","mcu_room":"a","projector_port":"4352"})",
          R"({"name":"A","site":"B","mcu_url":"ws://m/ws","mcu_room":"a","projector_port":3.5})",
          R"({"name":"A","site":"B","mcu_url":"ws://m/ws","mcu_room":"a","projector_port":70000})",
          R"({"name":"A","site":"B","mcu_url":"http://m/ws","mcu_room":"a"})",
          R"({"name":"A","site":"B","mcu_url":"ws://m/ws","mcu_room":"a b"})",
          R"({"name":"A","site":"B","mcu_url":"ws://m/ws","mcu_room":"a","config_overrides":[1]})",
          R"({"name":"Phòng GD&ĐT Huyện Mỹ Đức","site":"B","mcu_url":"ws://m/ws","mcu_room":"a"})"}},
        {"PATCH", "/api/v1/rooms/" + room_, "tech",
         {R"({"type":"hoi-nghi"})", R"({"type":1})", R"({"config_overrides":"x"})", R"({"name":""})"}},
        {"POST", "/api/v1/rooms/" + room_ + "/enroll-code", "tech",
         {R"({"ttl_minutes":"60"})", R"({"ttl_minutes":-1})", R"({"ttl_minutes":99999999})"}},
        {"POST", "/api/v1/meetings", "tech",
         {R"({"title":"T","start":"2030-01-01T08:00:00Z","mcu_room":"t","rooms":"r1"})",
          R"({"title":"T","start":"2030-01-01T08:00:00","mcu_room":"t","rooms":["r1"]})",
          R"({"title":"T","start":"2030-01-01T08:00:00Z","mcu_room":"t","rooms":["r1"],"duration_minutes":"90"})",
          R"({"title":"T","start":"2030-01-01T08:00:00Z","mcu_room":"t","rooms":["r999"]})",
          R"({"title":"T","start":"2030-01-01T08:00:00Z","mcu_room":"t","rooms":[]})",
          R"({"title":"T","start":"2030-01-01T08:00:00Z","mcu_room":"t","rooms":["r1"],"mode":"party"})"}},
        {"POST", "/api/v1/meetings/" + meeting_ + "/token", "tech",
         {R"({"room":1})", R"({})", R"({"room":"r1","guest":"x"})", R"({"guest":""})"}},
        {"POST", "/api/v1/login", "", {R"({"username":[],"password":"x"})", R"({"username":"admin"})"}},
        {"POST", "/api/v1/users", "admin",
         {R"({"username":"a","password":"long enough","role":"root"})", R"({"username":"A B","password":"long enough","role":"viewer"})",
          R"({"username":"a","password":"short","role":"viewer"})", R"({"username":"admin","password":"long enough","role":"viewer"})",
          R"({"username":"a","password":12345678,"role":"viewer"})"}},
    };
  }
  void ExpectRefused(const Endpoint& e, const std::string& body, const std::string& what,
                     const std::string& content_type = "application/json") {
    std::map<std::string, std::string> headers = {{"Content-Type", content_type}};
    if (!Token(e.token_kind).empty()) headers["Authorization"] = "Bearer " + Token(e.token_kind);
    const auto reply = Http(port(), e.method, e.target, body, headers);
    EXPECT_GE(reply.status, 400) << e.target << " " << what << ": " << body.substr(0, 100) << " -> " << reply.body;
    EXPECT_LT(reply.status, 500) << e.target << " " << what << ": " << body.substr(0, 100) << " -> " << reply.body;
    const auto json = reply.Json();
    EXPECT_TRUE(json.is_object() && json.contains("reason") && !json["reason"].get<std::string>().empty())
        << e.target << " " << what << ": " << reply.body;
    ++refused_;
  }

  std::string room_, credential_, meeting_;
  int refused_ = 0;
};

TEST_F(BadInputHttpTest, EveryEndpointRefusesBadBodiesAndTheDatabaseIsUnchanged) {
  const std::string before = Snapshot();
  const std::vector<std::string> malformed = {"{", "not json", "[1,2]", "\"text\"", "42", "null",
                                              "{\"a\":1,}", "{\"name\":\"\xff\"}", std::string("\x00\x01", 2)};
  for (const auto& e : Endpoints()) {
    for (const auto& body : malformed) ExpectRefused(e, body, "malformed");
    for (const auto& body : e.wrong_types) ExpectRefused(e, body, "wrong type/value");
    // Appliance endpoints ignore unknown fields (forward compatibility); the others refuse them.
    if (e.target != "/api/v1/appliance/heartbeat") ExpectRefused(e, R"({"unexpected_field":1})", "unknown field");
    ExpectRefused(e, "{\"name\":\"" + std::string(100 * 1024, 'x') + "\"}", "oversize JSON");
    ExpectRefused(e, std::string(2 * 1024 * 1024, ' '), "oversize body");
  }
  // The CSV import: not CSV, bad rows, wrong content type, oversize.
  const Endpoint import{"POST", "/api/v1/rooms/import", "tech", {}};
  ExpectRefused(import, "{\"name\":1}", "not CSV", "text/csv");
  ExpectRefused(import, "name,site\n\"open", "unterminated quote", "text/csv");
  ExpectRefused(import, "name,site,type,mcu_url,mcu_room\nA,B,conference,ws://m/ws,a\n", "JSON content type");
  ExpectRefused(import, std::string(2 * 1024 * 1024, 'a'), "oversize CSV", "text/csv");
  // Ids that are not ids, paths that do not exist, methods that do not apply.
  for (const auto& [method, target] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/rooms/r999"}, {"GET", "/api/v1/rooms/%00"}, {"PATCH", "/api/v1/rooms/x%2F..%2F"},
           {"DELETE", "/api/v1/meetings/r1"}, {"GET", "/api/v1/nothing"}, {"PUT", "/api/v1/rooms"},
           {"DELETE", "/api/v1/meetings/m99999999999999999999"}}) {
    ExpectRefused(Endpoint{method, target, "tech", {}}, "{}", "bad target");
  }
  // Headers over the limit.
  const auto huge = Http(port(), "GET", "/api/v1/rooms", "", {{"X-Filler", std::string(20 * 1024, 'x')}});
  EXPECT_EQ(huge.status, 431) << huge.body << huge.error;
  std::printf("%d bad requests refused with a 4xx and a reason\n", refused_);

  EXPECT_EQ(Snapshot(), before);
  EXPECT_EQ(Http(port(), "GET", "/healthz").status, 200);
  EXPECT_EQ(server_->Log().find("internal error"), std::string::npos) << server_->Log();
}

}  // namespace
}  // namespace vc::provision::test
