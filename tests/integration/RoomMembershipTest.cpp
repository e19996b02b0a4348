// Signaling-only participants of a non-echo room see each other come and go, with Vietnamese
// display names intact.

#include "tests/integration/McuFixture.hpp"
#include "tests/integration/SignalingClient.hpp"

#include <set>

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;
using Names = std::multiset<std::string>;

const std::string kRoom = "giao-ban-thang-11";
const std::string kBaVi = "Phòng GD&ĐT Ba Vì";
const std::string kHaDong = "Trường THPT Nguyễn Trãi – Hà Đông";

Names NamesIn(const nlohmann::json& message) {
  Names names;
  if (!message.contains("participants") || !message["participants"].is_array()) return names;
  for (const auto& p : message["participants"]) {
    if (p.is_object() && p.contains("name") && p["name"].is_string()) names.insert(p["name"]);
  }
  return names;
}

std::optional<nlohmann::json> WaitForParticipants(SignalingClient& client, const Names& expected) {
  return client.WaitFor(
      [&](const nlohmann::json& m) {
        return m.value("type", "") == "participants" && NamesIn(m) == expected;
      },
      5s);
}

class RoomMembership : public McuFixture {
 protected:
  nlohmann::json Join(SignalingClient& client, const std::string& name) {
    EXPECT_TRUE(client.Send({{"type", "join"}, {"room", kRoom}, {"name", name}}));
    auto joined = client.WaitForType("joined", 5s);
    EXPECT_TRUE(joined) << client.Transcript();
    return joined.value_or(nlohmann::json::object());
  }
};

TEST_F(RoomMembership, TwoParticipantsSeeEachOther) {
  SignalingClient ba_vi(Port());
  const auto first = Join(ba_vi, kBaVi);
  EXPECT_EQ(NamesIn(first), Names({kBaVi})) << first.dump();
  EXPECT_EQ(first.value("room", ""), kRoom);
  EXPECT_TRUE(first.contains("id") && first["id"].is_string()) << first.dump();

  SignalingClient ha_dong(Port());
  const auto second = Join(ha_dong, kHaDong);
  EXPECT_EQ(NamesIn(second), Names({kBaVi, kHaDong})) << second.dump();
  EXPECT_NE(first.value("id", ""), second.value("id", ""));

  EXPECT_TRUE(WaitForParticipants(ba_vi, {kBaVi, kHaDong})) << ba_vi.Transcript();
  EXPECT_TRUE(WaitForParticipants(ha_dong, {kBaVi, kHaDong})) << ha_dong.Transcript();

  ASSERT_TRUE(ha_dong.Send({{"type", "leave"}}));
  EXPECT_TRUE(ha_dong.WaitForType("left", 5s)) << ha_dong.Transcript();
  EXPECT_TRUE(ha_dong.WaitClosed(5s)) << "the MCU must close the socket after `left`";
  EXPECT_TRUE(WaitForParticipants(ba_vi, {kBaVi})) << ba_vi.Transcript();
  ExpectMcuHealthy();
}

TEST_F(RoomMembership, VanishedSocketLeavesTheRoom) {
  SignalingClient ba_vi(Port());
  Join(ba_vi, kBaVi);
  {
    SignalingClient ha_dong(Port());
    Join(ha_dong, kHaDong);
    EXPECT_TRUE(WaitForParticipants(ba_vi, {kBaVi, kHaDong})) << ba_vi.Transcript();
    ha_dong.Abort();  // no `leave`, no close frame
  }
  EXPECT_TRUE(WaitForParticipants(ba_vi, {kBaVi})) << ba_vi.Transcript();
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::integration
