#include "appliance/app/PanelCommands.hpp"

#include <boost/asio/io_context.hpp>

#include "tests/appliance/state/RoomTestFixture.hpp"

namespace vc::appliance::testing {
namespace {

using nlohmann::json;

class PanelCommandsTest : public RoomTest {
 protected:
  void SetUp() override {
    MakeRoom();
    commands = std::make_unique<app::PanelCommands>(io, *room);
    commands->Register(table);
    room->AddListener(commands.get());
  }
  void TearDown() override { room->RemoveListener(commands.get()); }

  control::CommandResult Run(const std::string& name, const json& args) {
    control::CommandResult out;
    table.Dispatch(name, args, [&](control::CommandResult r) { out = std::move(r); });
    return out;
  }

  boost::asio::io_context io;
  control::CommandTable table;
  std::unique_ptr<app::PanelCommands> commands;
};

TEST_F(PanelCommandsTest, TypedMeetingJoinsItThenTheConfiguredOneComesBack) {
  ASSERT_TRUE(Run("Call.JoinMeeting", {{"meeting", "2611"}, {"pin", "1234"}}).ok);
  scheduler.AdvanceBy(seconds(5));
  ASSERT_EQ(State(), RoomState::kInCall);
  EXPECT_EQ(call.last_target.room, "2611");
  EXPECT_EQ(call.last_target.pin, "1234");
  room->Leave();
  scheduler.AdvanceBy(seconds(1));
  ASSERT_EQ(State(), RoomState::kStandby);
  io.poll();
  EXPECT_EQ(room->options().target.room, "giao-ban");
  EXPECT_FALSE(room->options().target.pin.has_value());
}

TEST_F(PanelCommandsTest, TypedMeetingIsCheckedAndRefusedInCall) {
  EXPECT_EQ(Run("Call.JoinMeeting", {{"meeting", "no spaces"}}).code, "bad_args");
  EXPECT_EQ(Run("Call.JoinMeeting", json::object()).code, "bad_args");
  EXPECT_EQ(Run("Call.JoinMeeting", {{"meeting", "26"}, {"pine", "1"}}).code, "bad_args");
  ASSERT_TRUE(Run("Call.JoinMeeting", {{"meeting", "26"}}).ok);
  EXPECT_EQ(Run("Call.JoinMeeting", {{"meeting", "27"}}).code, "invalid_state");
  EXPECT_EQ(room->options().target.room, "26");  // the refused one did not replace it
}

}  // namespace
}  // namespace vc::appliance::testing
