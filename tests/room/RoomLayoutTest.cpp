// The meeting's layout between vc-room and a real vc-mcu: a training room (chair) sets the
// meeting's composite when it connects and when the panel picks a layout, a second site sees the
// MCU's `layout` events, and the room mirrors what the MCU says into Call/Layout (also when an
// operator changes it through the MCU's admin API). Against this MCU (no --recording-dir)
// recording is not offered: Call/Recording stays absent and Call.Recording.Start is refused.
#include <gtest/gtest.h>

#include "tests/integration/SignalingClient.hpp"
#include "tests/room/RoomTestbed.hpp"

namespace vc::tests::room {
namespace {

using Json = nlohmann::json;
using integration::SignalingClient;
constexpr const char* kMeeting = "tap-huan-layout";

TEST(RoomLayoutTest, TrainingRoomSetsTheMeetingsLayoutAndMirrorsTheMcus) {
  RoomTestbedOptions options;
  options.projector = false;
  options.camera = false;
  options.mcu_room = kMeeting;  // a conference room: the MCU composes its video
  options.mode = "training";
  options.mcu_admin_api = true;
  RoomTestbed room(options);

  // Another site in the meeting, signaling only: it hears every layout change.
  SignalingClient site(room.McuPort());
  ASSERT_TRUE(site.Send({{"type", "join"}, {"room", kMeeting}, {"name", "Phòng GD&ĐT Kỳ Anh"}}));
  ASSERT_TRUE(site.WaitForType("joined", 5s)) << site.Transcript();
  // A joiner is told the room's layout at once: the default, before the training room comes.
  const auto initial = site.WaitForType("layout", 5s);
  ASSERT_TRUE(initial) << site.Transcript();
  EXPECT_EQ((*initial)["layout"], "grid");

  ASSERT_EQ(room.Command("Call.Join")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "in_call", 90s)) << room.Logs();
  EXPECT_EQ(room.Status("Call/Role"), "chair");
  // On connecting: the training preset's presenter_content is the MCU's presenter.
  const auto first = site.WaitForType("layout", 15s);
  ASSERT_TRUE(first) << site.Transcript() << room.Logs();
  EXPECT_EQ((*first)["layout"], "presenter");
  EXPECT_TRUE(room.WaitStatusEquals("Call/Layout", "presenter", 10s)) << room.Logs();

  const Json set = room.Command("Room.Layout.Set", {{"layout", "grid"}});
  ASSERT_EQ(set["ok"], true) << set.dump();
  const auto grid = site.WaitForType("layout", 5s);
  ASSERT_TRUE(grid) << site.Transcript();
  EXPECT_EQ((*grid)["layout"], "grid");
  EXPECT_TRUE(room.WaitStatusEquals("Call/Layout", "grid", 5s)) << room.Logs();
  EXPECT_EQ(room.Status("Room/Layout"), "grid");
  // Saving an unrelated setting keeps the panel's layout (and so the meeting's picture).
  const Json saved = room.Control().ConfigSet("Audio/DefaultVolume", 60, 10s);
  ASSERT_EQ(saved["ok"], true) << saved.dump();
  EXPECT_EQ(room.Status("Room/Layout"), "grid");

  // An operator changes the picture on the MCU: the room's status (and so its panel) follows.
  const auto admin = room.Admin("POST", std::string("/api/v1/rooms/") + kMeeting + "/layout",
                                R"({"layout":"speaker"})");
  ASSERT_EQ(admin.status, 200) << admin.text;
  EXPECT_TRUE(room.WaitStatusEquals("Call/Layout", "speaker", 5s)) << room.Logs();
  // The same layout as Room/Layout again still reaches the MCU and takes the picture back.
  ASSERT_EQ(room.Command("Room.Layout.Set", {{"layout", "grid"}})["ok"], true);
  EXPECT_TRUE(room.WaitStatusEquals("Call/Layout", "grid", 5s)) << room.Logs();

  // This MCU records nothing (no --recording-dir, and older MCUs never say): no recording status,
  // and the room says why it cannot start one.
  EXPECT_TRUE(room.Status("Call/Recording").is_null());
  const Json record = room.Command("Call.Recording.Start");
  EXPECT_EQ(record["ok"], false) << record.dump();
  EXPECT_EQ(record["error"]["code"], "invalid_state") << record.dump();

  ASSERT_EQ(room.Command("Call.Leave")["ok"], true);
  ASSERT_TRUE(room.WaitStatusEquals("Call/State", "standby", 30s)) << room.Logs();
  EXPECT_TRUE(room.Status("Call/Layout").is_null());
  EXPECT_EQ(room.Status("Call/Role"), "");
}

}  // namespace
}  // namespace vc::tests::room
