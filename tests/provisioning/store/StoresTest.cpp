// The stores against a real SQLite file.
#include <gtest/gtest.h>

#include "provisioning/store/AlertStore.hpp"
#include "provisioning/store/ApplianceStore.hpp"
#include "provisioning/store/AuditLog.hpp"
#include "provisioning/store/InventoryStore.hpp"
#include "provisioning/store/MeetingStore.hpp"
#include "provisioning/store/StoreError.hpp"
#include "provisioning/store/UserStore.hpp"
#include "tests/provisioning/support/TempDir.hpp"

namespace vc::provision {
namespace {

Room MyDuc() {
  Room r;
  r.name = "Phòng GD&ĐT Huyện Mỹ Đức";
  r.site = "Phòng GD&ĐT Huyện Mỹ Đức";
  r.mcu_url = "wss://mcu.example:8443/ws";
  r.mcu_room = "my-duc";
  return r;
}

class StoresTest : public ::testing::Test {
 protected:
  test::TempDir dir_;
  Database db_{dir_.File("p.db")};
};

TEST_F(StoresTest, RoomsAndSites) {
  InventoryStore inventory(db_);
  const int64_t id = inventory.AddRoom(MyDuc(), 100);
  EXPECT_THROW(inventory.AddRoom(MyDuc(), 100), StoreError);
  auto room = inventory.GetRoom(id);
  ASSERT_TRUE(room);
  EXPECT_EQ(room->site, "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_EQ(room->config_version, 1);
  room->type = "training";
  EXPECT_TRUE(inventory.UpdateRoom(id, *room, 200));
  EXPECT_EQ(inventory.GetRoom(id)->config_version, 2);
  EXPECT_EQ(inventory.ListSites().size(), 1u);
  EXPECT_TRUE(inventory.DeleteRoom(id));
  EXPECT_FALSE(inventory.GetRoom(id));
}

TEST_F(StoresTest, CodesAreOneTimeExpireAndReplaceEachOther) {
  InventoryStore inventory(db_);
  ApplianceStore appliances(db_);
  const int64_t room = inventory.AddRoom(MyDuc(), 0);
  const auto first = appliances.CreateCode(room, 600, 1000);
  const auto second = appliances.CreateCode(room, 600, 1000);
  EXPECT_EQ(appliances.Enroll(first, "VCR-1", "0.1.0", 1001).outcome, ApplianceStore::EnrollOutcome::kUnknown);
  const auto ok = appliances.Enroll(second, "VCR-1", "0.1.0", 1001);
  ASSERT_EQ(ok.outcome, ApplianceStore::EnrollOutcome::kEnrolled);
  EXPECT_GE(ok.credential.size(), 32u);
  EXPECT_EQ(appliances.RoomForCredential(ok.credential), room);
  EXPECT_EQ(appliances.Enroll(second, "VCR-1", "0.1.0", 1002).outcome, ApplianceStore::EnrollOutcome::kUsed);
  const auto late = appliances.CreateCode(room, 600, 2000);
  EXPECT_EQ(appliances.Enroll(late, "VCR-2", "0.1.0", 2600).outcome, ApplianceStore::EnrollOutcome::kExpired);
  // Re-enrolling replaces the credential: the old one stops working.
  const auto again = appliances.Enroll(appliances.CreateCode(room, 600, 3000), "VCR-2", "0.1.0", 3001);
  EXPECT_FALSE(appliances.RoomForCredential(ok.credential));
  EXPECT_EQ(appliances.RoomForCredential(again.credential), room);
  // Only the hash is stored.
  auto s = db_.Query("SELECT count(*) FROM appliances WHERE credential_hash = ?", again.credential);
  s.Step();
  EXPECT_EQ(s.Int(0), 0);
}

TEST_F(StoresTest, MeetingsForARoomSoonestFirstAndNotEnded) {
  InventoryStore inventory(db_);
  MeetingStore meetings(db_);
  const int64_t room = inventory.AddRoom(MyDuc(), 0);
  Meeting past{0, "Cũ", 1000, 10, "old", "", "conference", std::nullopt, {room}};
  Meeting later{0, "Sau", 9000, 60, "later", "", "conference", std::nullopt, {room}};
  Meeting sooner{0, "Trước", 5000, 60, "sooner", "1234", "training", room, {room}};
  meetings.Add(past, 0);
  meetings.Add(later, 0);
  meetings.Add(sooner, 0);
  const auto upcoming = meetings.UpcomingForRoom(room, 2000);
  ASSERT_EQ(upcoming.size(), 2u);
  EXPECT_EQ(upcoming[0].title, "Trước");
  EXPECT_EQ(upcoming[0].chair_room_id, room);
  EXPECT_EQ(upcoming[1].title, "Sau");
}

TEST_F(StoresTest, SessionsExpire) {
  UserStore users(db_);
  const int64_t id = users.Add("lan", "$hash", "viewer", 0);
  const auto token = users.CreateSession(id, 60, 1000);
  EXPECT_TRUE(users.UserForSession(token, 1059));
  EXPECT_FALSE(users.UserForSession(token, 1060));
  EXPECT_FALSE(users.UserForSession("guess", 1000));
  EXPECT_THROW(users.Add("lan", "$hash", "viewer", 0), StoreError);
}

TEST_F(StoresTest, AlertsOpenOncePerDeviceAndClear) {
  InventoryStore inventory(db_);
  AlertStore alerts(db_);
  const int64_t room = inventory.AddRoom(MyDuc(), 0);
  EXPECT_TRUE(alerts.Raise(room, "device_fault", "projector", "lamp", 10));
  EXPECT_FALSE(alerts.Raise(room, "device_fault", "projector", "lamp failure", 20));
  EXPECT_TRUE(alerts.Raise(room, "device_fault", "camera", "no answer", 20));
  EXPECT_EQ(alerts.Open().size(), 2u);
  EXPECT_EQ(alerts.ClearFaultsExcept(room, {"camera"}, 30), 1);
  ASSERT_EQ(alerts.Open().size(), 1u);
  EXPECT_EQ(alerts.Open()[0].device, "camera");
  EXPECT_TRUE(alerts.Raise(room, "device_fault", "projector", "again", 40));  // a new alert, history kept
  auto s = db_.Query("SELECT count(*) FROM alerts");
  s.Step();
  EXPECT_EQ(s.Int(0), 3);
}

TEST_F(StoresTest, AuditNewestFirst) {
  AuditLog audit(db_);
  audit.Record(1, "lan", "room.add", "r1");
  audit.Record(2, "minh", "room.delete", "r1");
  const auto entries = audit.Recent();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].actor, "minh");
}

}  // namespace
}  // namespace vc::provision
