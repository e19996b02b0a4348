// A technician's projector power command outside a call: the room's status follows it (warming,
// on with the input; cooling, off) and later status changes do not undo it; a failure is a fault.
#include <gtest/gtest.h>

#include "tests/appliance/state/RoomTestFixture.hpp"

namespace vc::appliance::testing {
namespace {

TEST_F(RoomTest, TechnicianProjectorPowerStaysInTheStatus) {
  MakeRoom();
  ASSERT_EQ(State(), RoomState::kStandby);
  std::optional<bool> ok;
  room->PowerProjector(true, [&](const devices::DeviceResult& r) { ok = r.ok(); });
  EXPECT_EQ(room->status().projector.power, "warming");
  scheduler.AdvanceBy(seconds(projector.warmup_s + 1));
  ASSERT_EQ(ok, true);
  EXPECT_EQ(room->status().projector.power, "on");
  EXPECT_EQ(room->status().projector.input, "31");
  EXPECT_EQ(projector.log.back(), "power_on 31");

  // Anything else that publishes the status (a mute, a mode change) keeps the projector on.
  room->SetMicrophoneMute(true);
  room->SetMode(RoomMode::kTraining);
  scheduler.AdvanceBy(seconds(30));
  EXPECT_EQ(room->status().projector.power, "on");
  EXPECT_EQ(State(), RoomState::kStandby);

  ok.reset();
  room->PowerProjector(false, [&](const devices::DeviceResult& r) { ok = r.ok(); });
  EXPECT_EQ(room->status().projector.power, "cooling");
  scheduler.AdvanceBy(seconds(projector.cooldown_s + 1));
  ASSERT_EQ(ok, true);
  EXPECT_EQ(room->status().projector.power, "off");

  projector.power_on_result = devices::DeviceResult::Error(
      devices::DeviceErrorKind::kAuthentication, "projector password rejected");
  ok.reset();
  room->PowerProjector(true, [&](const devices::DeviceResult& r) { ok = r.ok(); });
  scheduler.AdvanceBy(seconds(1));
  ASSERT_EQ(ok, false);
  EXPECT_EQ(room->status().projector.power, "unknown");
  ASSERT_EQ(room->status().device_faults.count("projector"), 1u);
  EXPECT_EQ(room->status().device_faults.at("projector").operation, "power on");
}

TEST_F(RoomTest, TechnicianProjectorPowerWithoutProjectorIsRefused) {
  MakeRoom(DefaultOptions(), /*with_projector=*/false);
  EXPECT_THROW(room->PowerProjector(true, {}), RoomCommandError);
}

}  // namespace
}  // namespace vc::appliance::testing
