// Recording over signaling and the admin API with plain WebSocket clients (no media needed: the
// MCU still mixes silence and composes the name tiles): a joiner learns right after `joined`
// whether the room can be recorded; a chair starts and stops it and everyone is told; non-chairs,
// malformed messages, echo rooms and an MCU without --recording-dir get the contract's error
// codes; the recording ends with the last participant; the admin API starts and stops it too.
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tests/audio/AdminHttp.hpp"
#include "tests/integration/McuFixture.hpp"
#include "tests/integration/SignalingClient.hpp"

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
constexpr const char* kToken = "recording-token-for-tests";

std::vector<std::filesystem::path> Webm(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".webm") files.push_back(entry.path());
  }
  return files;
}

class RecordingSignaling : public McuFixture {
 protected:
  McuProcess::Options ProcessOptions() override {
    dir_ = std::filesystem::temp_directory_path() / ("vc-rec-sig-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "files");
    std::ofstream(dir_ / "token") << kToken << "\n";
    McuProcess::Options options;
    options.extra_arguments = {"--video-fps", "10", "--admin-token-file",
                               (dir_ / "token").string()};
    if (with_directory_) {
      options.extra_arguments.insert(
          options.extra_arguments.end(),
          {"--recording-dir",
           files_override_.empty() ? (dir_ / "files").string() : files_override_.string()});
    }
    return options;
  }
  void TearDown() override {
    McuFixture::TearDown();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  // Joins and returns the `recording` message that must come right after `joined`.
  json Join(SignalingClient& client, const std::string& room, const std::string& name,
            bool chair = false) {
    EXPECT_TRUE(client.Send({{"type", "join"},
                             {"room", room},
                             {"name", name},
                             {"role", chair ? "chair" : "participant"}}));
    auto joined = client.Receive(5s);
    EXPECT_TRUE(joined && joined->value("type", "") == "joined") << client.Transcript();
    auto recording = client.Receive(5s);
    EXPECT_TRUE(recording && recording->value("type", "") == "recording") << client.Transcript();
    return recording.value_or(json::object());
  }
  static std::optional<json> WaitRecording(SignalingClient& client, bool recording) {
    return client.WaitFor(
        [&](const json& m) {
          return m.value("type", "") == "recording" && m["recording"] == recording;
        },
        5s);
  }
  static void ExpectError(SignalingClient& client, const std::string& text,
                          const std::string& code) {
    ASSERT_TRUE(client.SendText(text));
    auto error = client.WaitForType("error", 5s);
    ASSERT_TRUE(error) << text << "\n" << client.Transcript();
    EXPECT_EQ(error->value("code", ""), code) << error->dump();
    EXPECT_FALSE(error->value("reason", "").empty());
  }
  double Active() { return Counter("vc_recordings_active"); }
  bool WaitActive(double value) {
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (std::chrono::steady_clock::now() < deadline) {
      if (Active() == value) return true;
      std::this_thread::sleep_for(50ms);
    }
    return false;
  }

  bool with_directory_ = true;
  std::filesystem::path dir_;
  std::filesystem::path files_override_;  // another --recording-dir than dir_/files
};

TEST_F(RecordingSignaling, AChairStartsAndStopsAndEveryoneIsTold) {
  SignalingClient chair(Port());
  const json first = Join(chair, "giao-ban", "Sở GD&ĐT", /*chair=*/true);
  EXPECT_EQ(first, (json{{"type", "recording"}, {"available", true}, {"recording", false}}));
  SignalingClient site(Port());
  Join(site, "giao-ban", "Phòng GD&ĐT Hương Khê");

  ASSERT_TRUE(chair.Send({{"type", "record"}, {"recording", true}}));
  for (SignalingClient* client : {&chair, &site}) {
    auto told = WaitRecording(*client, true);
    ASSERT_TRUE(told) << client->Transcript();
    EXPECT_EQ(told->value("available", false), true);
    // "2026-12-01T21:00:00Z"
    const std::string since = told->value("since", "");
    EXPECT_EQ(since.size(), 20u) << since;
    EXPECT_EQ(since.back(), 'Z') << since;
  }
  EXPECT_TRUE(WaitActive(1));
  // A newcomer learns it right after `joined`, with the same `since`.
  SignalingClient late(Port());
  const json late_state = Join(late, "giao-ban", "Trường THCS Lê Lợi");
  EXPECT_EQ(late_state.value("recording", false), true) << late_state.dump();
  EXPECT_TRUE(late_state.contains("since"));

  // Starting again changes nothing and is no error; a non-chair may not; bad messages are bad.
  ASSERT_TRUE(chair.Send({{"type", "record"}, {"recording", true}}));
  ExpectError(site, R"({"type":"record","recording":false})", "not_chair");
  ExpectError(chair, R"({"type":"record"})", "bad_message");
  ExpectError(chair, R"({"type":"record","recording":"no"})", "bad_message");
  ASSERT_EQ(Webm(dir_ / "files").size(), 1u);
  const auto file = Webm(dir_ / "files").front();
  EXPECT_EQ(file.filename().string().rfind("giao-ban-", 0), 0u) << file;

  std::this_thread::sleep_for(1500ms);
  ASSERT_TRUE(chair.Send({{"type", "record"}, {"recording", false}}));
  for (SignalingClient* client : {&chair, &site, &late}) {
    auto told = WaitRecording(*client, false);
    ASSERT_TRUE(told) << client->Transcript();
    EXPECT_FALSE(told->contains("since")) << told->dump();
  }
  EXPECT_TRUE(WaitActive(0));
  // Stopping again changes nothing; the repeated start above sent nobody a second message.
  ASSERT_TRUE(chair.Send({{"type", "record"}, {"recording", false}}));
  EXPECT_FALSE(
      site.WaitFor([](const json& m) { return m.value("type", "") == "recording"; }, 500ms))
      << site.Transcript();
  EXPECT_FALSE(chair.WaitForType("error", 200ms)) << chair.Transcript();
  EXPECT_GT(std::filesystem::file_size(file), 1000u);
  EXPECT_GT(Counter("vc_recording_bytes_total", {{"room", "giao-ban"}}), 1000);
  EXPECT_EQ(Counter("vc_recording_dropped_frames_total", {{"room", "giao-ban"}}), 0);
  ExpectMcuHealthy();
}

TEST_F(RecordingSignaling, TheRecordingEndsWithTheLastParticipant) {
  SignalingClient chair(Port());
  Join(chair, "tap-huan", "Sở GD&ĐT", /*chair=*/true);
  ASSERT_TRUE(chair.Send({{"type", "record"}, {"recording", true}}));
  ASSERT_TRUE(WaitRecording(chair, true)) << chair.Transcript();
  EXPECT_TRUE(WaitActive(1));
  chair.Abort();  // vanished, not even a leave
  EXPECT_TRUE(WaitActive(0));
  ASSERT_EQ(Webm(dir_ / "files").size(), 1u);
  ExpectMcuHealthy();
}

TEST_F(RecordingSignaling, EchoRoomsAreNotRecorded) {
  SignalingClient chair(Port());
  const json state = Join(chair, "echo-test", "Kỹ thuật", /*chair=*/true);
  EXPECT_EQ(state, (json{{"type", "recording"}, {"available", false}, {"recording", false}}));
  ExpectError(chair, R"({"type":"record","recording":true})", "recording_unavailable");
  auto response = audio::AdminRequest(Port(), "POST", "/api/v1/rooms/echo-test/recording", kToken,
                                      R"({"recording":true})");
  EXPECT_EQ(response.status, 409) << response.body;
  EXPECT_NE(response.body.find("recording_unavailable"), std::string::npos) << response.body;
}

TEST_F(RecordingSignaling, TheAdminApiStartsAndStopsAndTheListingShowsIt) {
  SignalingClient site(Port());
  Join(site, "hop-truc-tuyen", "Phòng GD&ĐT Can Lộc");
  auto started = audio::AdminRequest(Port(), "POST", "/api/v1/rooms/hop-truc-tuyen/recording",
                                     kToken, R"({"recording":true})");
  ASSERT_EQ(started.status, 200) << started.body << started.error;
  const json body = json::parse(started.body);
  EXPECT_EQ(body.value("room", ""), "hop-truc-tuyen");
  EXPECT_EQ(body.value("recording", false), true);
  const std::string file = body.value("file", "");
  EXPECT_EQ(file.rfind("hop-truc-tuyen-", 0), 0u) << file;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "files" / file)) << file;
  EXPECT_TRUE(WaitRecording(site, true)) << site.Transcript();
  auto rooms = json::parse(audio::AdminRequest(Port(), "GET", "/api/v1/rooms", kToken).body);
  EXPECT_EQ(rooms["rooms"][0]["recording"], true) << rooms.dump();

  std::this_thread::sleep_for(1000ms);
  auto stopped = audio::AdminRequest(Port(), "POST", "/api/v1/rooms/hop-truc-tuyen/recording",
                                     kToken, R"({"recording":false})");
  ASSERT_EQ(stopped.status, 200) << stopped.body;
  EXPECT_EQ(json::parse(stopped.body),
            (json{{"room", "hop-truc-tuyen"}, {"recording", false}, {"file", file}}));
  EXPECT_TRUE(WaitRecording(site, false)) << site.Transcript();
  rooms = json::parse(audio::AdminRequest(Port(), "GET", "/api/v1/rooms", kToken).body);
  EXPECT_EQ(rooms["rooms"][0]["recording"], false);
  EXPECT_EQ(audio::AdminRequest(Port(), "POST", "/api/v1/rooms/nowhere/recording", kToken,
                                R"({"recording":true})")
                .status,
            404);
  EXPECT_EQ(audio::AdminRequest(Port(), "POST", "/api/v1/rooms/hop-truc-tuyen/recording", kToken,
                                R"({"recording":1})")
                .status,
            400);
  EXPECT_EQ(audio::AdminRequest(Port(), "POST", "/api/v1/rooms/hop-truc-tuyen/recording", "wrong",
                                R"({"recording":true})")
                .status,
            401);
  ExpectMcuHealthy();
}

class RecordingUnavailable : public RecordingSignaling {
 protected:
  McuProcess::Options ProcessOptions() override {
    with_directory_ = false;
    return RecordingSignaling::ProcessOptions();
  }
};

TEST_F(RecordingUnavailable, WithoutARecordingDirNothingIsRecorded) {
  SignalingClient chair(Port());
  const json state = Join(chair, "giao-ban", "Sở GD&ĐT", /*chair=*/true);
  EXPECT_EQ(state, (json{{"type", "recording"}, {"available", false}, {"recording", false}}));
  ExpectError(chair, R"({"type":"record","recording":true})", "recording_unavailable");
  // The parser still comes first: a malformed record is a bad message wherever it is sent.
  ExpectError(chair, R"({"type":"record","recording":[]})", "bad_message");
  auto response = audio::AdminRequest(Port(), "POST", "/api/v1/rooms/giao-ban/recording", kToken,
                                      R"({"recording":true})");
  EXPECT_EQ(response.status, 409) << response.body;
  EXPECT_EQ(Active(), 0);
}

// A disk that fills up while recording: the recording directory is a 96 KiB tmpfs (needs root
// and mount(2); skipped where that is not allowed). The write error stops the recording,
// everyone is told recording:false and the chair gets recording_failed with the reason.
class RecordingOnAFullDisk : public RecordingSignaling {
 protected:
  void SetUp() override {
    const auto files =
        std::filesystem::temp_directory_path() / ("vc-rec-full-" + std::to_string(::getpid()));
    std::filesystem::create_directories(files);
    if (::mount("tmpfs", files.c_str(), "tmpfs", 0, "size=96k") != 0) {
      const std::string why = std::strerror(errno);
      std::filesystem::remove(files);
      GTEST_SKIP() << "cannot mount a small tmpfs here: " << why;
    }
    mounted_ = files;
    files_override_ = files;
    RecordingSignaling::SetUp();
  }
  void TearDown() override {
    RecordingSignaling::TearDown();
    if (!mounted_.empty()) {
      ::umount2(mounted_.c_str(), MNT_DETACH);
      std::error_code ignored;
      std::filesystem::remove(mounted_, ignored);
    }
  }
  std::filesystem::path mounted_;
};

TEST_F(RecordingOnAFullDisk, AWriteErrorStopsTheRecordingAndEveryoneIsTold) {
  SignalingClient chair(Port());
  Join(chair, "giao-ban", "Sở GD&ĐT", /*chair=*/true);
  SignalingClient site(Port());
  Join(site, "giao-ban", "Phòng GD&ĐT Hương Khê");
  ASSERT_TRUE(chair.Send({{"type", "record"}, {"recording", true}}));
  ASSERT_TRUE(WaitRecording(chair, true)) << chair.Transcript();
  ASSERT_TRUE(WaitRecording(site, true)) << site.Transcript();
  // 96 KiB hold a few seconds of the composite at most.
  auto stopped = site.WaitFor(
      [](const json& m) { return m.value("type", "") == "recording" && m["recording"] == false; },
      30s);
  ASSERT_TRUE(stopped) << site.Transcript() << Mcu().Log();
  EXPECT_EQ(stopped->value("available", false), true);
  ASSERT_TRUE(WaitRecording(chair, false)) << chair.Transcript();
  auto error = chair.WaitForType("error", 5s);
  ASSERT_TRUE(error) << chair.Transcript();
  EXPECT_EQ(error->value("code", ""), "recording_failed");
  EXPECT_NE(error->value("reason", "").find("No space left"), std::string::npos) << error->dump();
  EXPECT_FALSE(site.WaitForType("error", 300ms)) << "only chairs get the error";
  EXPECT_TRUE(WaitActive(0));
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::integration
