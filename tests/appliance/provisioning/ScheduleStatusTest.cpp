#include "appliance/provisioning/ScheduleStatus.hpp"

#include <gtest/gtest.h>

namespace vc::appliance::provisioning {
namespace {

Meeting Briefing() {
  Meeting m;
  m.id = "m5";
  m.title = "Giao ban tháng 12";
  m.start = "2026-12-01T08:00:00Z";
  m.start_epoch = 1796112000;
  m.duration_minutes = 90;
  m.mcu_room = "giao-ban-thang-12";
  m.mode = "conference";
  m.join_opens_at = "2026-12-01T07:55:00Z";
  m.join_opens_epoch = 1796112000 - 300;
  return m;
}

TEST(ScheduleStatusTest, PublishesTheDocumentedPathsAndErasesThem) {
  control::StatusTree tree;
  ScheduleStatus schedule(tree);
  Meeting m = Briefing();
  schedule.Publish(m, m.start_epoch - 600);
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/Id"), "m5");
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/Title"), "Giao ban tháng 12");
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/Start"), "2026-12-01T08:00:00Z");
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/DurationMinutes"), 90);
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/MeetingRoom"), "giao-ban-thang-12");
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/Mode"), "conference");
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/JoinOpensAt"), "2026-12-01T07:55:00Z");
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/Available"), false);
  m.join_token = "vc1.a.b";  // join opened
  schedule.Publish(m, m.start_epoch - 200);
  EXPECT_EQ(tree.Get("Schedule/NextMeeting/Available"), true);
  schedule.Publish(std::nullopt, m.start_epoch);
  EXPECT_FALSE(tree.Contains("Schedule/NextMeeting"));
}

}  // namespace
}  // namespace vc::appliance::provisioning
