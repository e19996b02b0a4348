#include "mcu/http/AdminApi.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "mcu/http/HttpRouter.hpp"

namespace vc::mcu::http {
namespace {

class FakeBackend : public AdminBackend {
 public:
  std::vector<AdminRoom> AdminListRooms() override {
    return {{"giao-ban", false,
             {{"p1", "Sở GD&ĐT", true, false, true, std::nullopt, 1200},
              {"p2", "Phòng", false, muted_p2, false, cap_p2, std::nullopt, 0, true}},
             recording, "speaker", "p1"}};
  }
  AdminResult AdminSetMuted(const std::string& room, const std::string& id, bool muted) override {
    if (room != "giao-ban") return AdminResult::kNoRoom;
    if (id != "p2") return AdminResult::kNoParticipant;
    muted_p2 = muted;
    return AdminResult::kOk;
  }
  AdminResult AdminMuteAll(const std::string& room, bool muted) override {
    if (room != "giao-ban") return AdminResult::kNoRoom;
    muted_p2 = muted;
    ++mute_all_calls;
    return AdminResult::kOk;
  }
  AdminResult AdminSetLayout(const std::string& room, const std::string& layout_name,
                             const std::optional<std::string>& presenter) override {
    if (room != "giao-ban") return AdminResult::kNoRoom;
    if (presenter && *presenter != "p2") return AdminResult::kNoParticipant;
    layout = layout_name;
    layout_presenter = presenter;
    return AdminResult::kOk;
  }
  AdminResult AdminSetBitrateCap(const std::string& room, const std::string& id,
                                 std::optional<int> max_kbps) override {
    if (room != "giao-ban") return AdminResult::kNoRoom;
    if (id != "p2") return AdminResult::kNoParticipant;
    cap_p2 = max_kbps;
    ++cap_calls;
    return AdminResult::kOk;
  }
  AdminRecording AdminSetRecording(const std::string& room, bool on) override {
    AdminRecording result;
    if (room == "echo-1") {
      result.result = AdminRecording::Result::kUnavailable;
      result.reason = "an echo room is not recorded";
      return result;
    }
    if (room != "giao-ban") {
      result.result = AdminRecording::Result::kNoRoom;
      return result;
    }
    recording = on;
    result.recording = on;
    result.file = "giao-ban-20261201-210000.webm";
    return result;
  }
  bool recording = false;
  bool muted_p2 = false;
  int mute_all_calls = 0;
  std::string layout = "grid";
  std::optional<std::string> layout_presenter;
  std::optional<int> cap_p2;
  int cap_calls = 0;
};

ApiRequest Request(std::string method, std::string path, std::string body = "",
                   std::string auth = "Bearer tok") {
  return {std::move(method), std::move(path), std::move(auth), std::move(body)};
}

std::string ReasonOf(const ApiResponse& response) {
  return nlohmann::json::parse(response.body).value("reason", "");
}

TEST(AdminApiTest, DisabledWithoutTokenFile) {
  FakeBackend backend;
  AdminApi api(std::nullopt, backend);
  auto response = api.Handle(Request("GET", "/api/v1/rooms"));
  EXPECT_EQ(response.status, 401u);
  EXPECT_EQ(ReasonOf(response), "admin API disabled: no --admin-token-file");
}

TEST(AdminApiTest, RefusesMissingAndWrongTokens) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  EXPECT_EQ(api.Handle(Request("GET", "/api/v1/rooms", "", "")).status, 401u);
  EXPECT_EQ(api.Handle(Request("GET", "/api/v1/rooms", "", "Bearer tok2")).status, 401u);
  EXPECT_EQ(api.Handle(Request("GET", "/api/v1/rooms", "", "Basic tok")).status, 401u);
  EXPECT_EQ(api.Handle(Request("GET", "/api/v1/rooms")).status, 200u);
}

TEST(AdminApiTest, EveryRefusalSaysWhy) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  EXPECT_EQ(ReasonOf(api.Handle(Request("GET", "/api/v1/rooms", "", ""))),
            "missing 'Authorization: Bearer TOKEN' header");
  EXPECT_EQ(ReasonOf(api.Handle(Request("GET", "/api/v1/rooms", "", "Bearer tok2"))), "wrong admin token");
  // Authentication comes first: an unknown path tells an unauthenticated caller nothing more.
  const auto unknown = api.Handle(Request("POST", "/api/v1/nope", "", ""));
  EXPECT_EQ(unknown.status, 401u);
  EXPECT_EQ(nlohmann::json::parse(unknown.body).value("error", ""), "unauthorized");
}

TEST(AdminApiTest, ListsRoomsWithMutedAndTalking) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  auto json = nlohmann::json::parse(api.Handle(Request("GET", "/api/v1/rooms")).body);
  ASSERT_EQ(json["rooms"].size(), 1u);
  EXPECT_EQ(json["rooms"][0]["room"], "giao-ban");
  EXPECT_EQ(json["rooms"][0]["participants"][0]["talking"], true);
  EXPECT_EQ(json["rooms"][0]["participants"][0]["role"], "chair");
  EXPECT_EQ(json["rooms"][0]["participants"][1]["muted"], false);
  EXPECT_EQ(json["rooms"][0]["participants"][0]["uplink_kbps"], 1200);
  EXPECT_TRUE(json["rooms"][0]["participants"][1]["max_kbps"].is_null());
  EXPECT_FALSE(json["rooms"][0]["participants"][1].contains("uplink_kbps"));
  EXPECT_EQ(json["rooms"][0]["participants"][1]["content_packets"], 0);
  // What the operator needs before the briefing: the picture, and who waits for the floor.
  EXPECT_EQ(json["rooms"][0]["layout"], "speaker");
  EXPECT_EQ(json["rooms"][0]["presenter"], "p1");
  EXPECT_EQ(json["rooms"][0]["participants"][0]["hand"], false);
  EXPECT_EQ(json["rooms"][0]["participants"][1]["hand"], true);
}

TEST(AdminApiTest, MutesOneOrAllAndReportsBadInput) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  const std::string mute = "/api/v1/rooms/giao-ban/participants/p2/mute";
  EXPECT_EQ(api.Handle(Request("POST", mute, R"({"muted":true})")).status, 200u);
  EXPECT_TRUE(backend.muted_p2);
  EXPECT_EQ(api.Handle(Request("POST", mute, "{bad")).status, 400u);
  EXPECT_EQ(api.Handle(Request("POST", mute, R"({"muted":1})")).status, 400u);
  EXPECT_EQ(api.Handle(Request("GET", mute)).status, 405u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/x/participants/p2/mute", R"({"muted":true})")).status,
            404u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/participants/p9/mute",
                               R"({"muted":true})")).status,
            404u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/mute_all", R"({"muted":false})")).status,
            200u);
  EXPECT_FALSE(backend.muted_p2);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/mute_all")).status, 200u);
  EXPECT_TRUE(backend.muted_p2);
  EXPECT_EQ(api.Handle(Request("GET", "/api/v1/nothing")).status, 404u);
}

TEST(AdminApiTest, CapsAndUncapsAParticipantsBitrate) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  const std::string path = "/api/v1/rooms/giao-ban/participants/p2/bitrate";
  EXPECT_EQ(api.Handle(Request("POST", path, R"({"max_kbps":300})")).status, 200u);
  EXPECT_EQ(backend.cap_p2, 300);
  EXPECT_EQ(api.Handle(Request("POST", path, R"({"max_kbps":null})")).status, 200u);
  EXPECT_EQ(backend.cap_p2, std::nullopt);
  EXPECT_EQ(backend.cap_calls, 2);
  for (const char* bad : {"", "{bad", "{}", R"({"max_kbps":"300"})", R"({"max_kbps":2.5})",
                          R"({"max_kbps":0})", R"({"max_kbps":-5})", R"({"max_kbps":1e9})"}) {
    const auto response = api.Handle(Request("POST", path, bad));
    EXPECT_EQ(response.status, 400u) << bad;
    EXPECT_FALSE(ReasonOf(response).empty()) << bad;
  }
  EXPECT_EQ(backend.cap_calls, 2);
  EXPECT_EQ(api.Handle(Request("GET", path)).status, 405u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/participants/p9/bitrate",
                               R"({"max_kbps":300})")).status,
            404u);
}

TEST(AdminApiTest, ReadsTheTokenFileFirstLineTrimmed) {
  const std::string path = ::testing::TempDir() + "admin-token-test";
  std::ofstream(path) << "  abc123 \nsecond line\n";
  EXPECT_EQ(AdminApi::ReadTokenFile(path), "abc123");
  std::ofstream(path) << "\n";
  EXPECT_THROW(AdminApi::ReadTokenFile(path), std::runtime_error);
  std::remove(path.c_str());
  EXPECT_THROW(AdminApi::ReadTokenFile(path), std::runtime_error);
}

TEST(AdminApiTest, RouterHandsApiPathsOverWithAnyMethod) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  Routes routes;
  routes.api = [&](const ApiRequest& request) { return api.Handle(request); };
  HttpRouter router{routes};
  HttpRouter::Request request{boost::beast::http::verb::post, "/api/v1/rooms/giao-ban/mute_all", 11};
  request.set(boost::beast::http::field::authorization, "Bearer tok");
  request.body() = R"({"muted":true})";
  auto response = router.Handle(request);
  EXPECT_EQ(response.result_int(), 200u);
  EXPECT_EQ(response[boost::beast::http::field::content_type], "application/json");
  HttpRouter::Request unauthorized{boost::beast::http::verb::get, "/api/v1/rooms", 11};
  auto refused = router.Handle(unauthorized);
  EXPECT_EQ(refused.result_int(), 401u);
  EXPECT_EQ(refused[boost::beast::http::field::www_authenticate], "Bearer");
}

TEST(AdminApiTest, SetsTheRoomLayout) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  auto ok = api.Handle(Request("POST", "/api/v1/rooms/giao-ban/layout",
                               R"({"layout":"speaker","presenter":"p2"})"));
  EXPECT_EQ(ok.status, 200u);
  EXPECT_EQ(backend.layout, "speaker");
  EXPECT_EQ(backend.layout_presenter, "p2");
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/layout", R"({"layout":"grid"})")).status,
            200u);
  EXPECT_EQ(backend.layout_presenter, std::nullopt);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/layout", R"({"layout":"mosaic"})")).status,
            400u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/layout", "[1]")).status, 400u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/layout",
                               R"({"layout":"speaker","presenter":7})")).status, 400u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/layout",
                               R"({"layout":"speaker","presenter":"p9"})")).status, 404u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/khac/layout", R"({"layout":"grid"})")).status,
            404u);
  EXPECT_EQ(api.Handle(Request("GET", "/api/v1/rooms/giao-ban/layout")).status, 405u);
}

TEST(AdminApiTest, StartsAndStopsARecordingAndListsIt) {
  FakeBackend backend;
  AdminApi api("tok", backend);
  auto rooms = nlohmann::json::parse(api.Handle(Request("GET", "/api/v1/rooms")).body);
  EXPECT_EQ(rooms["rooms"][0]["recording"], false);
  auto started = api.Handle(Request("POST", "/api/v1/rooms/giao-ban/recording", R"({"recording":true})"));
  EXPECT_EQ(started.status, 200u);
  EXPECT_EQ(nlohmann::json::parse(started.body),
            (nlohmann::json{{"room", "giao-ban"}, {"recording", true},
                            {"file", "giao-ban-20261201-210000.webm"}}));
  rooms = nlohmann::json::parse(api.Handle(Request("GET", "/api/v1/rooms")).body);
  EXPECT_EQ(rooms["rooms"][0]["recording"], true);
  auto stopped = api.Handle(Request("POST", "/api/v1/rooms/giao-ban/recording", R"({"recording":false})"));
  EXPECT_EQ(stopped.status, 200u);
  EXPECT_EQ(nlohmann::json::parse(stopped.body)["recording"], false);

  auto unavailable = api.Handle(Request("POST", "/api/v1/rooms/echo-1/recording", R"({"recording":true})"));
  EXPECT_EQ(unavailable.status, 409u);
  EXPECT_EQ(nlohmann::json::parse(unavailable.body)["error"], "recording_unavailable");
  EXPECT_EQ(ReasonOf(unavailable), "an echo room is not recorded");
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/nowhere/recording", R"({"recording":true})")).status, 404u);
  for (const char* body : {"", "[]", R"({"recording":"yes"})", R"({"on":true})"}) {
    auto bad = api.Handle(Request("POST", "/api/v1/rooms/giao-ban/recording", body));
    EXPECT_EQ(bad.status, 400u) << body;
  }
  EXPECT_EQ(ReasonOf(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/recording", "{}"))),
            "field 'recording' must be true or false");
  EXPECT_EQ(api.Handle(Request("GET", "/api/v1/rooms/giao-ban/recording")).status, 405u);
  EXPECT_EQ(api.Handle(Request("POST", "/api/v1/rooms/giao-ban/recording", R"({"recording":true})", "")).status, 401u);
}

}  // namespace
}  // namespace vc::mcu::http
