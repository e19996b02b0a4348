#pragma once
// The room on an injected clock (RoomTest) plus the control API's command table and status tree,
// for the vc-room pieces that register commands and publish status (FloorControl, MeetingLayout,
// CallRecording): run a command as the control API would, and get the room into a call.
#include <string>

#include <nlohmann/json.hpp>

#include "appliance/control/CommandTable.hpp"
#include "appliance/control/StatusTree.hpp"
#include "tests/appliance/state/RoomTestFixture.hpp"

namespace vc::appliance::testing {

class RoomCommandsTest : public RoomTest {
 protected:
  control::CommandResult Run(const std::string& name, const nlohmann::json& args = nlohmann::json::object()) {
    control::CommandResult out;
    table.Dispatch(name, args, [&](control::CommandResult r) { out = std::move(r); });
    return out;
  }
  void InCall() {
    room->Join();
    scheduler.AdvanceBy(seconds(5));
    ASSERT_EQ(State(), RoomState::kInCall);
  }

  control::StatusTree status;
  control::CommandTable table;
};

}  // namespace vc::appliance::testing
