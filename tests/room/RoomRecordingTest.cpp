// Recording from the room's side against a vc-mcu that records (the recording contract,
// docs/control-api.md "Recording"): a training room (chair) learns availability right after
// joining, starts and stops the recording through its control API, the MCU writes a file, and
// the status follows (Call/Recording, Call/RecordingSince), gone again after the call.
// Needs a vc-mcu with --recording-dir: $VC_RECORDING_MCU names one (e.g. a build of another
// branch), else $VC_BIN_DIR/vc-mcu; the test is skipped when that vc-mcu cannot record.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;
constexpr const char* kMeeting = "tap-huan-ghi-hinh";

std::string RecordingMcu() {
  const char* chosen = std::getenv("VC_RECORDING_MCU");
  return chosen ? chosen : ChildProcess::Binary("vc-mcu").string();
}

// The vc-mcu's --help names --recording-dir.
bool CanRecord(const std::string& mcu) {
  std::string help;
  if (FILE* pipe = ::popen(("'" + mcu + "' --help 2>&1").c_str(), "r")) {
    std::array<char, 4096> chunk{};
    while (size_t n = std::fread(chunk.data(), 1, chunk.size(), pipe)) help.append(chunk.data(), n);
    ::pclose(pipe);
  }
  return help.find("--recording-dir") != std::string::npos;
}

uintmax_t RecordedBytes(const fs::path& dir) {
  uintmax_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

TEST(RoomRecordingTest, TrainingRoomStartsAndStopsTheMcusRecording) {
  const std::string mcu = RecordingMcu();
  if (!CanRecord(mcu))
    GTEST_SKIP() << mcu << " has no --recording-dir (set VC_RECORDING_MCU to one that records)";
  const fs::path dir =
      fs::temp_directory_path() / ("vc-room-recording-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);

  RoomTestbedOptions options;
  options.projector = false;
  options.camera = false;
  options.mcu_room = kMeeting;
  options.mode = "training";
  options.mcu_binary = mcu;
  options.mcu_extra = {"--recording-dir", dir.string()};
  RoomTestbed room(options);

  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();
  // available:true, not recording yet (sent right after joined).
  ASSERT_TRUE(room.WaitStatusEquals("Call/Recording", false, 10s)) << room.Logs();
  EXPECT_TRUE(room.Status("Call/RecordingSince").is_null());

  const Json start = room.Command("Call.Recording.Start");
  ASSERT_EQ(start["ok"], true) << start.dump();
  ASSERT_TRUE(room.WaitStatusEquals("Call/Recording", true, 10s)) << room.Logs();
  EXPECT_TRUE(room.Status("Call/RecordingSince").is_string());
  EXPECT_TRUE(room.Status("Call/RecordingError").is_null());
  // The MCU writes the room's composite and mix.
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (RecordedBytes(dir) < 10000 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(500ms);
  EXPECT_GE(RecordedBytes(dir), 10000u) << room.Logs();

  const Json stop = room.Command("Call.Recording.Stop");
  ASSERT_EQ(stop["ok"], true) << stop.dump();
  ASSERT_TRUE(room.WaitStatusEquals("Call/Recording", false, 10s)) << room.Logs();
  EXPECT_TRUE(room.Status("Call/RecordingSince").is_null());

  ASSERT_EQ(room.Command("Call.Leave")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "standby", 30s)) << room.Logs();
  EXPECT_TRUE(room.Status("Call/Recording").is_null());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vc::tests::room
