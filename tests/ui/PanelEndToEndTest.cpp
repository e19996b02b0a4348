// Must-shows 2 and 4 of issue 6, end to end: vc-mcu, vc-pjlink-sim, vc-visca-sim and vc-room
// started for real (tests/room's RoomTestbed); the panel (the same backend, QML and WebSocket
// channel as vc-panel) in an offscreen window against vc-room's control API. Buttons are pressed
// with mouse events delivered to the window at the button's position.
#include <gtest/gtest.h>

#include <QUrl>
#include <fstream>

#include "tests/room/RoomTestbed.hpp"
#include "tests/ui/support/PanelHarness.hpp"
#include "ui/backend/WebSocketChannel.hpp"

namespace vc::tests::ui {
namespace {

using room::ChildProcess;
using room::RoomTestbed;
using Json = nlohmann::json;
constexpr int kCallTimeoutMs = 60000;

std::string ControlUrl(RoomTestbed& bed) { return bed.Status("System/ControlUrl").get<std::string>(); }

TEST(PanelEndToEnd, JoinShowsCallAndParticipantsLeaveAsksThenReturnsHome) {
  RoomTestbed bed;
  vc::ui::WebSocketChannel channel{QUrl(QString::fromStdString(ControlUrl(bed)))};
  PanelHarness panel(channel, QSize(1280, 800), "vi");
  channel.Start();
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "home"; }, 15000)) << panel.Screen().toStdString();
  ASSERT_TRUE(panel.WaitFor([&] { return panel.Find("joinButton") && panel.Find("joinButton")->isEnabled(); }, 5000));

  ASSERT_TRUE(panel.Click("joinButton"));
  // The room wakes the emulated projector (warm-up), joins vc-mcu, and the panel follows.
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "call" && panel.room().callState() == "in_call"; },
                                    kCallTimeoutMs))
      << "panel state " << panel.room().callState().toStdString() << "\n" << bed.Logs();
  EXPECT_EQ(bed.Status("Call/State"), "in_call");
  ASSERT_NE(panel.Find("inCallScreen"), nullptr);
  ASSERT_NE(panel.Find("participantList"), nullptr);
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.room().participants()->rowCount() >= 1; }, 10000));
  const QString first = panel.room().participants()->get(0).value("name").toString();
  EXPECT_FALSE(first.isEmpty());
  panel.Settle();
  QQuickItem* delegate = panel.Find("participant_" + panel.room().participants()->get(0).value("id").toString());
  EXPECT_NE(delegate, nullptr) << "the participant row is on screen";

  // Mute through the panel reaches the room, and the panel shows what the room says.
  ASSERT_TRUE(panel.Click("micButton"));
  EXPECT_TRUE(bed.WaitStatusEquals("Audio/Microphones/Mute", true, std::chrono::seconds(10)));
  EXPECT_TRUE(PanelHarness::WaitFor([&] { return panel.room().micMuted(); }, 5000));
  // A conference room joins as participant: it shows the meeting's layout, the chair sets it.
  EXPECT_EQ(bed.Status("Call/Role"), "participant");
  ASSERT_NE(panel.Find("layout_grid"), nullptr);
  EXPECT_TRUE(panel.Find("layout_grid")->property("checked").toBool());
  EXPECT_FALSE(panel.Click("layout_speaker")) << "greyed for a participant room";

  // Leave asks first: nothing happens until confirmed.
  ASSERT_TRUE(panel.Click("leaveButton"));
  panel.Settle();
  ASSERT_NE(panel.Find("leaveDialog"), nullptr);
  EXPECT_EQ(bed.Status("Call/State"), "in_call");
  ASSERT_TRUE(panel.Click("leaveDialog/confirmButton"));
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "home"; }, 30000)) << bed.Logs();
  EXPECT_TRUE(bed.WaitStatus("Call/State", [](const Json& v) { return v == "standby" || v == "leaving"; },
                             std::chrono::seconds(10)));
  EXPECT_NE(panel.Find("homeScreen"), nullptr);
}

TEST(PanelEndToEnd, MeetingNumberTypedOnTheKeypadJoinsThatMeeting) {
  RoomTestbed bed;
  vc::ui::WebSocketChannel channel{QUrl(QString::fromStdString(ControlUrl(bed)))};
  PanelHarness panel(channel, QSize(1920, 1080), "en");
  channel.Start();
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "home"; }, 15000));
  for (const char* key : {"key2", "key6", "key1", "key1"}) ASSERT_TRUE(panel.Click(key)) << key;
  ASSERT_TRUE(panel.Click("joinNumberButton"));
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.room().callState() == "in_call"; }, kCallTimeoutMs)) << bed.Logs();
  EXPECT_NE(bed.Status("Call/Detail").get<std::string>().find("2611"), std::string::npos);
  ASSERT_TRUE(panel.Click("leaveButton"));
  panel.Settle();
  ASSERT_TRUE(panel.Click("confirmButton"));
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "home"; }, 30000));
  // Back in standby, the room's own meeting is the one Join joins again.
  EXPECT_TRUE(bed.WaitStatus("Call/State", [](const Json& v) { return v == "standby"; }, std::chrono::seconds(10)));
}

TEST(PanelEndToEnd, TechnicianTestThenRoomDaemonLossShowsOverlayAndRecovers) {
  RoomTestbed bed;
  const std::string url = ControlUrl(bed);
  const std::string port = url.substr(url.rfind(':') + 1, url.size() - url.rfind(':') - 2);
  vc::ui::WebSocketChannel channel{QUrl(QString::fromStdString(url))};
  PanelHarness panel(channel, QSize(1280, 800), "vi");
  channel.Start();
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "home"; }, 15000));
  EXPECT_EQ(panel.Find("connectionOverlay"), nullptr);

  // The technician's screen behind its PIN, and its speaker test through the room.
  ASSERT_TRUE(panel.Click("technicianButton"));
  panel.Settle();
  for (const char* key : {"pinDialog/key2", "pinDialog/key4", "pinDialog/key6", "pinDialog/key8", "pinDialog/pinOk"}) {
    ASSERT_TRUE(panel.Click(key)) << key;
  }
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "technician"; }, 5000));
  panel.Settle();
  ASSERT_TRUE(panel.Click("testTone"));
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.room().lastTest().value("command") == "Audio.TestTone"; }, 10000));
  EXPECT_TRUE(panel.room().lastTest().value("ok").toBool()) << panel.room().lastTest().value("reason").toString().toStdString();
  ASSERT_TRUE(panel.Click("technicianClose"));

  bed.Room().Kill();
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "offline"; }, 10000));
  panel.Settle();
  ASSERT_NE(panel.Find("connectionOverlay"), nullptr);

  // The same room again on the same control port (its configuration, with the port fixed).
  Json config;
  std::ifstream(bed.ConfigPath()) >> config;
  config["control"]["listen"] = "127.0.0.1:" + port;
  const auto path = RoomTestbed::WriteTempConfig(config, "panel-restart");
  std::unique_ptr<ChildProcess> again;
  for (int attempt = 0; attempt < 10 && !again; ++attempt) {
    again = std::make_unique<ChildProcess>(ChildProcess::Binary("vc-room"),
                                           std::vector<std::string>{"--config", path.string()}, "vc-room-again");
    if (!again->WaitForLog("control API listening", std::chrono::seconds(15))) {
      again.reset();  // the port may still be held for a moment
      PanelHarness::WaitFor([] { return false; }, 500);
    }
  }
  ASSERT_TRUE(again) << "vc-room did not come back on port " << port;
  // The panel retries by itself (at most 5 s apart) and the overlay goes.
  ASSERT_TRUE(PanelHarness::WaitFor([&] { return panel.Screen() == "home"; }, 20000)) << again->Log();
  panel.Settle();
  EXPECT_EQ(panel.Find("connectionOverlay"), nullptr);
  EXPECT_EQ(panel.room().roomName(), QString::fromStdString(config["name"].get<std::string>()));
  again->Stop(std::chrono::seconds(20));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace vc::tests::ui
