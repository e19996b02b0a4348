// A site that joins after the chair chose the layout learns it at once: `layout` comes right
// after `joined` (and `recording`), with the presenter when one was named, so its panel shows
// the room's real picture without waiting for the next change. Echo rooms send none.

#include "tests/integration/McuFixture.hpp"
#include "tests/integration/SignalingClient.hpp"

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

class LateJoinLayout : public McuFixture {
 protected:
  json Join(SignalingClient& client, const std::string& room, const std::string& name, bool chair) {
    EXPECT_TRUE(client.Send({{"type", "join"}, {"room", room}, {"name", name},
                             {"role", chair ? "chair" : "participant"}}));
    auto joined = client.WaitForType("joined", 5s);
    EXPECT_TRUE(joined) << client.Transcript();
    return joined.value_or(json::object());
  }
};

TEST_F(LateJoinLayout, ALateJoinerGetsTheRoomsLayoutRightAfterJoined) {
  SignalingClient chair(Port());
  const std::string chair_id = Join(chair, "giao-ban-thang-12", "Sở GD&ĐT Hà Tĩnh", true).value("id", "");
  ASSERT_FALSE(chair_id.empty());
  // The chair's own join already told it the default.
  auto first = chair.WaitForType("layout", 5s);
  ASSERT_TRUE(first) << chair.Transcript();
  EXPECT_EQ(first->value("layout", ""), "grid");

  ASSERT_TRUE(chair.Send({{"type", "layout"}, {"layout", "speaker"}, {"presenter", chair_id}}));
  ASSERT_TRUE(chair.WaitFor([](const json& m) { return m.value("type", "") == "layout" &&
                                                       m.value("layout", "") == "speaker"; }, 5s))
      << chair.Transcript();

  SignalingClient late(Port());
  Join(late, "giao-ban-thang-12", "Phòng GD&ĐT Kỳ Anh", false);
  auto layout = late.WaitForType("layout", 5s);
  ASSERT_TRUE(layout) << late.Transcript();
  EXPECT_EQ(layout->value("layout", ""), "speaker");
  EXPECT_EQ(layout->value("presenter", ""), chair_id);
}

TEST_F(LateJoinLayout, AnEchoRoomSendsNoLayout) {
  SignalingClient client(Port());
  Join(client, "echo-kiem-tra", "Phòng thử", false);
  EXPECT_FALSE(client.WaitForType("layout", 1500ms)) << client.Transcript();
}

}  // namespace
}  // namespace vc::tests::integration
