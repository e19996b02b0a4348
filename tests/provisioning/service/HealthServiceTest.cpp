// Alert evaluation on an injected clock: offline after 120 s of silence, device faults, both
// clearing by themselves.
#include "provisioning/service/HealthService.hpp"

#include "provisioning/service/RoomService.hpp"
#include "tests/provisioning/service/ServiceFixture.hpp"

namespace vc::provision {
namespace {

class HealthServiceTest : public test::ServiceFixture {
 protected:
  int64_t Enrolled() {
    RoomService rooms(stores_);
    const Room room = rooms.Add("lan", SampleRoom());
    rooms.Enroll(rooms.CreateCode("lan", room.id, 60).code, "VCR-0001", "0.1.0");
    return room.id;
  }
  std::string State(int64_t room) {
    for (const auto& row : health_.Fleet()) {
      if (row.room.id == room) return row.state;
    }
    return "missing";
  }
  HealthService health_{stores_};
};

TEST_F(HealthServiceTest, SilenceRaisesOfflineAfter120SecondsAndAHeartbeatClearsIt) {
  const int64_t room = Enrolled();
  health_.RecordHeartbeat(room, {"idle", {}, "0.1.0", 1, ""});
  EXPECT_EQ(State(room), "idle");
  clock_.Advance(120);  // whole seconds: 120 may be 119.x of real silence, so not yet
  EXPECT_EQ(health_.EvaluateOffline(), 0);
  EXPECT_TRUE(stores_.alerts.Open().empty());
  clock_.Advance(1);
  EXPECT_EQ(health_.EvaluateOffline(), 1);
  ASSERT_EQ(stores_.alerts.Open().size(), 1u);
  EXPECT_EQ(stores_.alerts.Open()[0].kind, "offline");
  EXPECT_EQ(State(room), "offline");
  EXPECT_EQ(health_.EvaluateOffline(), 0);  // raised once
  clock_.Advance(30);
  health_.RecordHeartbeat(room, {"in_call", {}, "0.1.0", 1, "giao-ban"});
  EXPECT_TRUE(stores_.alerts.Open().empty());
  EXPECT_EQ(State(room), "in_call");
}

TEST_F(HealthServiceTest, DeviceFaultsRaiseAndClearWhenNoLongerReported) {
  const int64_t room = Enrolled();
  health_.RecordHeartbeat(room, {"idle", {{"projector", "lamp failure"}}, "0.1.0", 1, ""});
  ASSERT_EQ(stores_.alerts.Open().size(), 1u);
  EXPECT_EQ(stores_.alerts.Open()[0].device, "projector");
  EXPECT_EQ(State(room), "fault");
  health_.RecordHeartbeat(room, {"idle", {}, "0.1.0", 1, ""});
  EXPECT_TRUE(stores_.alerts.Open().empty());
  EXPECT_EQ(State(room), "idle");
}

TEST_F(HealthServiceTest, EnrolledButNeverHeardFromCountsFromEnrollment) {
  const int64_t room = Enrolled();
  EXPECT_EQ(State(room), "idle");
  clock_.Advance(121);
  health_.EvaluateOffline();
  EXPECT_EQ(State(room), "offline");
  RoomService rooms(stores_);
  const Room other = rooms.Add("lan", SampleRoom("Phòng GD&ĐT Huyện Ba Vì"));
  EXPECT_EQ(State(other.id), "not_enrolled");
}

TEST_F(HealthServiceTest, StateOfIsPure) {
  Appliance a;
  a.enrolled_at = 0;
  a.last_seen = 100;
  a.call_state = "in_call";
  EXPECT_EQ(HealthService::StateOf(std::nullopt, {}, 0, 120), "not_enrolled");
  EXPECT_EQ(HealthService::StateOf(a, {}, 150, 120), "in_call");
  EXPECT_EQ(HealthService::StateOf(a, {}, 220, 120), "in_call");
  EXPECT_EQ(HealthService::StateOf(a, {}, 221, 120), "offline");
  Alert fault;
  fault.kind = "device_fault";
  EXPECT_EQ(HealthService::StateOf(a, {fault}, 150, 120), "fault");
}

TEST_F(HealthServiceTest, OversizeHeartbeatFieldsAreRefused) {
  const int64_t room = Enrolled();
  EXPECT_ANY_THROW(health_.RecordHeartbeat(room, {std::string(100, 'x'), {}, "", std::nullopt, ""}));
  std::vector<DeviceFault> many(40, DeviceFault{"camera", "x"});
  EXPECT_ANY_THROW(health_.RecordHeartbeat(room, {"idle", many, "", std::nullopt, ""}));
  EXPECT_FALSE(stores_.appliances.Get(room)->last_seen);
}

}  // namespace
}  // namespace vc::provision
