// Must-show 3 of issue 6: every screen, in Vietnamese and English, at 1280x800 and 1920x1080,
// written to build/screenshots/, and no text that does not fit its item (PanelHarness walks the
// item tree of each). The room is the recording fake with the status trees of RoomFixture.
#include <gtest/gtest.h>

#include <QDir>

#include "tests/ui/support/FakeRoomChannel.hpp"
#include "tests/ui/support/PanelHarness.hpp"

namespace vc::tests::ui {
namespace {

struct Shot {
  const char* name;
  const char* fixture;
  std::function<void(PanelHarness&, FakeRoomChannel&)> prepare;
};

const QDateTime kNow(QDate(2026, 12, 1), QTime(7, 35));

std::vector<Shot> Shots() {
  auto none = [](PanelHarness&, FakeRoomChannel&) {};
  return {
      {"home", "standby", [](PanelHarness& p, FakeRoomChannel&) {
         // A meeting number half typed, so that the fields show text.
         for (const char* key : {"key2", "key6", "key1", "key1"}) p.Click(key);
       }},
      {"home-scheduled", "scheduled", none},
      {"home-waking", "waking", none},
      {"home-error", "error", none},
      {"call", "in_call", [](PanelHarness&, FakeRoomChannel& f) {
         f.roomEvent("McuMessage", QVariantMap{{"type", "active_speaker"}, {"participants", QVariantList{"p3"}}});
       }},
      {"call-leave-confirm", "in_call", [](PanelHarness& p, FakeRoomChannel&) { p.Click("leaveButton"); }},
      {"training", "training", [](PanelHarness&, FakeRoomChannel& f) {
         f.roomEvent("McuMessage", QVariantMap{{"type", "active_speaker"}, {"participants", QVariantList{"p4"}}});
       }},
      // Stopping the recording asks first.
      {"training-stop-recording", "training", [](PanelHarness& p, FakeRoomChannel&) { p.Click("recordButton"); }},
      {"technician-pin", "standby", [](PanelHarness& p, FakeRoomChannel&) {
         p.Click("technicianButton");
         p.Click("pinDialog/key2");
         p.Click("pinDialog/key4");
       }},
      {"technician", "waking", [](PanelHarness& p, FakeRoomChannel& f) {
         p.SetRootProperty("technicianOpen", true);
         f.refuseNext("device_error", "camera 127.0.0.1:52381 did not answer within 2 s");
         p.room().cameraTest();
       }},
      // Named presets with thumbnails: "Lưu vị trí" offers each by its name.
      {"technician-presets", "in_call", [](PanelHarness& p, FakeRoomChannel&) {
         p.SetRootProperty("technicianOpen", true);
       }},
      {"connection-lost", "in_call", [](PanelHarness&, FakeRoomChannel& f) { f.drop(); }},
  };
}

class PanelScreenshots : public ::testing::TestWithParam<std::tuple<const char*, QSize>> {};

TEST_P(PanelScreenshots, EveryScreenFitsItsText) {
  const auto [language, size] = GetParam();
  const QString dir = qEnvironmentVariable("VC_SCREENSHOT_DIR", QDir::currentPath() + "/screenshots");
  for (const Shot& shot : Shots()) {
    FakeRoomChannel fake;
    PanelHarness panel(fake, size, language, [] { return kNow; });
    fake.load(shot.fixture);
    panel.Settle();
    shot.prepare(panel, fake);
    panel.Settle(100);
    const QString file = QString("%1/%2-%3-%4x%5.png").arg(dir, shot.name, language).arg(size.width()).arg(size.height());
    ASSERT_TRUE(panel.SaveScreenshot(file)) << file.toStdString();
    const QStringList overflows = panel.TextOverflows();
    EXPECT_TRUE(overflows.isEmpty()) << file.toStdString() << ":\n  " << overflows.join("\n  ").toStdString();
  }
}

INSTANTIATE_TEST_SUITE_P(LanguagesAndSizes, PanelScreenshots,
                         ::testing::Combine(::testing::Values("vi", "en"),
                                            ::testing::Values(QSize(1280, 800), QSize(1920, 1080))),
                         [](const auto& info) {
                           return std::string(std::get<0>(info.param)) + "_" +
                                  std::to_string(std::get<1>(info.param).width());
                         });

}  // namespace
}  // namespace vc::tests::ui
