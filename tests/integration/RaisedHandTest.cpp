// Raised hands over signaling, with plain WebSocket clients (no media): a trainee raises a hand,
// everyone in the room hears of it and sees it in the participants list, a newcomer learns it
// from its joined list, and the hand comes down when lowered, when a chair unmutes (gives the
// floor) and when its site leaves. Bad hand messages get an error and the socket stays open.

#include "tests/integration/McuFixture.hpp"
#include "tests/integration/SignalingClient.hpp"

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

const std::string kRoom = "tap-huan-gv-12";
const std::string kTrainer = "Sở GD&ĐT – Phòng tập huấn";
const std::string kTrainee = "Trường THCS Lê Lợi – Hương Khê";

// The hand flag of `id` in a participants/joined list; nullopt when it is not listed.
std::optional<bool> HandOf(const json& message, const std::string& id) {
  if (!message.contains("participants") || !message["participants"].is_array()) return std::nullopt;
  for (const auto& p : message["participants"]) {
    if (p.is_object() && p.value("id", "") == id && p.contains("hand") && p["hand"].is_boolean()) {
      return p["hand"].get<bool>();
    }
  }
  return std::nullopt;
}

class RaisedHand : public McuFixture {
 protected:
  std::string Join(SignalingClient& client, const std::string& name, bool chair = false) {
    EXPECT_TRUE(client.Send({{"type", "join"}, {"room", kRoom}, {"name", name},
                             {"role", chair ? "chair" : "participant"}}));
    auto joined = client.WaitForType("joined", 5s);
    EXPECT_TRUE(joined) << client.Transcript();
    last_joined_ = joined.value_or(json::object());
    return last_joined_.value("id", "");
  }
  static std::optional<json> WaitHand(SignalingClient& client, const std::string& id, bool raised) {
    return client.WaitFor(
        [&](const json& m) {
          return m.value("type", "") == "hand" && m.value("participant", "") == id &&
                 m.contains("raised") && m["raised"] == raised;
        },
        5s);
  }
  static bool WaitListedHand(SignalingClient& client, const std::string& id, bool raised) {
    return client
        .WaitFor([&](const json& m) { return m.value("type", "") == "participants" && HandOf(m, id) == raised; },
                 5s)
        .has_value();
  }
  void ExpectError(SignalingClient& client, const std::string& text, const std::string& code) {
    ASSERT_TRUE(client.SendText(text)) << client.Transcript();
    const auto error = client.WaitForType("error", 5s);
    ASSERT_TRUE(error) << "no error for " << text << "\n" << client.Transcript();
    EXPECT_EQ(error->value("code", ""), code) << error->dump();
    EXPECT_FALSE(client.IsClosed()) << client.Transcript();
  }
  json last_joined_;
};

TEST_F(RaisedHand, RelayedListedAndClearedByUnmuteAndLeave) {
  SignalingClient trainer(Port());
  const std::string trainer_id = Join(trainer, kTrainer, /*chair=*/true);
  SignalingClient trainee(Port());
  const std::string trainee_id = Join(trainee, kTrainee);
  EXPECT_EQ(HandOf(last_joined_, trainee_id), false) << last_joined_.dump();

  // Raised: both sites get the hand event (with the display name) and the new list.
  ASSERT_TRUE(trainee.Send({{"type", "hand"}, {"raised", true}}));
  for (SignalingClient* client : {&trainer, &trainee}) {
    const auto hand = WaitHand(*client, trainee_id, true);
    ASSERT_TRUE(hand) << client->Transcript();
    EXPECT_EQ(hand->value("name", ""), kTrainee) << hand->dump();
    EXPECT_TRUE(WaitListedHand(*client, trainee_id, true)) << client->Transcript();
  }

  // A newcomer learns the hand from its joined list.
  SignalingClient observer(Port());
  Join(observer, "Phòng GD&ĐT Can Lộc");
  EXPECT_EQ(HandOf(last_joined_, trainee_id), true) << last_joined_.dump();
  EXPECT_EQ(HandOf(last_joined_, trainer_id), false) << last_joined_.dump();

  // Lowered by its own site, raised again.
  ASSERT_TRUE(trainee.Send({{"type", "hand"}, {"raised", false}}));
  EXPECT_TRUE(WaitHand(trainer, trainee_id, false)) << trainer.Transcript();
  EXPECT_TRUE(WaitListedHand(observer, trainee_id, false)) << observer.Transcript();
  ASSERT_TRUE(trainee.Send({{"type", "hand"}, {"raised", true}}));
  EXPECT_TRUE(WaitHand(trainer, trainee_id, true)) << trainer.Transcript();

  // The chair gives the floor (mute, then unmute): the hand comes down for everyone.
  ASSERT_TRUE(trainer.Send({{"type", "mute"}, {"participant", trainee_id}, {"muted", true}}));
  EXPECT_TRUE(trainee.WaitForType("muted", 5s)) << trainee.Transcript();
  ASSERT_TRUE(trainer.Send({{"type", "mute"}, {"participant", trainee_id}, {"muted", false}}));
  for (SignalingClient* client : {&trainer, &trainee, &observer}) {
    EXPECT_TRUE(WaitHand(*client, trainee_id, false)) << client->Transcript();
    EXPECT_TRUE(WaitListedHand(*client, trainee_id, false)) << client->Transcript();
  }

  // Raised again, then the site leaves: the others are told the hand is down.
  ASSERT_TRUE(trainee.Send({{"type", "hand"}, {"raised", true}}));
  EXPECT_TRUE(WaitHand(trainer, trainee_id, true)) << trainer.Transcript();
  ASSERT_TRUE(trainee.Send({{"type", "leave"}}));
  EXPECT_TRUE(trainee.WaitForType("left", 5s)) << trainee.Transcript();
  for (SignalingClient* client : {&trainer, &observer}) {
    EXPECT_TRUE(WaitHand(*client, trainee_id, false)) << client->Transcript();
    EXPECT_TRUE(client->WaitFor(
        [&](const json& m) { return m.value("type", "") == "participants" && !HandOf(m, trainee_id); }, 5s))
        << client->Transcript();
  }
  ExpectMcuHealthy();
}

TEST_F(RaisedHand, BadHandMessagesAreRefusedAndTheSocketStaysOpen) {
  SignalingClient client(Port());
  ExpectError(client, R"({"type":"hand","raised":true})", "not_joined");
  const std::string id = Join(client, kTrainee);
  ExpectError(client, R"({"type":"hand"})", "bad_message");
  ExpectError(client, R"({"type":"hand","raised":"true"})", "bad_message");
  ExpectError(client, R"({"type":"hand","raised":1})", "bad_message");
  // Still in the room and still heard: a good hand goes through.
  ASSERT_TRUE(client.Send({{"type", "hand"}, {"raised", true}}));
  EXPECT_TRUE(WaitHand(client, id, true)) << client.Transcript();
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::integration
