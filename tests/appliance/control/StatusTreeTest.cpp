#include "appliance/control/StatusTree.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace vc::appliance::control {
namespace {

using nlohmann::json;
using Change = std::pair<std::string, json>;

TEST(StatusTreeTest, GetLeafAndSubtree) {
  StatusTree tree;
  tree.Set("Call/State", "idle");
  tree.Set("Call/Media/AudioPacketsIn", 0);
  tree.Set("Devices/Projector/Power", "off");
  EXPECT_EQ(tree.Get("Call/State"), json("idle"));
  EXPECT_EQ(tree.Get("Call"), json::parse(R"({"State":"idle","Media":{"AudioPacketsIn":0}})"));
  EXPECT_EQ(tree.Get("")->size(), 2u);
  EXPECT_FALSE(tree.Get("Cal").has_value());  // a prefix of a segment is not a path
  EXPECT_FALSE(tree.Get("Nothing").has_value());
}

TEST(StatusTreeTest, SubscribersHearChangesUnderTheirPrefixOnly) {
  StatusTree tree;
  std::vector<Change> projector, all;
  tree.Subscribe("Devices/Projector", [&](const std::string& p, const json& v) { projector.emplace_back(p, v); });
  tree.Subscribe("", [&](const std::string& p, const json& v) { all.emplace_back(p, v); });
  tree.Set("Devices/Projector/Power", "warming");
  tree.Set("Devices/ProjectorX/Power", "on");
  tree.Set("Devices/Camera/Error", "");
  ASSERT_EQ(projector.size(), 1u);
  EXPECT_EQ(projector[0], Change("Devices/Projector/Power", "warming"));
  EXPECT_EQ(all.size(), 3u);
}

TEST(StatusTreeTest, UnchangedValueDoesNotNotify) {
  StatusTree tree;
  int calls = 0;
  tree.Subscribe("Audio", [&](const std::string&, const json&) { ++calls; });
  tree.Set("Audio/Volume", 50);
  tree.Set("Audio/Volume", 50);
  tree.Set("Audio/Volume", 51);
  EXPECT_EQ(calls, 2);
}

TEST(StatusTreeTest, EraseNotifiesNullForEveryLeaf) {
  StatusTree tree;
  tree.Set("Call/Participants/1/Name", "A");
  tree.Set("Call/Participants/2/Name", "B");
  std::vector<Change> seen;
  tree.Subscribe("Call", [&](const std::string& p, const json& v) { seen.emplace_back(p, v); });
  tree.Erase("Call/Participants");
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_TRUE(seen[0].second.is_null());
  EXPECT_FALSE(tree.Contains("Call/Participants"));
}

TEST(StatusTreeTest, CallbackMayUnsubscribeItselfAndOthers) {
  StatusTree tree;
  StatusTree::SubscriptionId second = 0;
  int first_calls = 0, second_calls = 0;
  StatusTree::SubscriptionId first = 0;
  first = tree.Subscribe("A", [&](const std::string&, const json&) {
    ++first_calls;
    tree.Unsubscribe(first);
    tree.Unsubscribe(second);
  });
  second = tree.Subscribe("A", [&](const std::string&, const json&) { ++second_calls; });
  tree.Set("A/B", 1);
  tree.Set("A/B", 2);
  EXPECT_EQ(first_calls, 1);
  EXPECT_EQ(second_calls, 0);
  EXPECT_EQ(tree.SubscriberCount(), 0u);
}

TEST(StatusTreeTest, PathValidation) {
  EXPECT_TRUE(StatusTree::IsValidPath("Call/Media/AudioPacketsIn"));
  EXPECT_TRUE(StatusTree::IsValidPath("Call"));
  EXPECT_FALSE(StatusTree::IsValidPath(""));
  EXPECT_FALSE(StatusTree::IsValidPath("/Call"));
  EXPECT_FALSE(StatusTree::IsValidPath("Call/"));
  EXPECT_FALSE(StatusTree::IsValidPath("Call//State"));
  EXPECT_FALSE(StatusTree::IsValidPath("Call State"));
  EXPECT_TRUE(StatusTree::Covers("Devices", "Devices/Camera"));
  EXPECT_FALSE(StatusTree::Covers("Devices", "DevicesX"));
}

}  // namespace
}  // namespace vc::appliance::control
