// Typed values of class 1 replies, from the specification's value tables.
#include <gtest/gtest.h>

#include "devices/pjlink/PjlinkValues.hpp"

namespace vc::devices::pjlink {
namespace {

TEST(PjlinkValuesTest, PowerStates) {
  EXPECT_EQ(ParsePowerState("0"), PowerState::kOff);
  EXPECT_EQ(ParsePowerState("1"), PowerState::kOn);
  EXPECT_EQ(ParsePowerState("2"), PowerState::kCooling);
  EXPECT_EQ(ParsePowerState("3"), PowerState::kWarming);
  EXPECT_FALSE(ParsePowerState("4"));
  EXPECT_FALSE(ParsePowerState("11"));
  EXPECT_STREQ(PowerStateName(PowerState::kWarming), "warming");
  EXPECT_STREQ(PowerStateName(PowerState::kCooling), "cooling");
}

TEST(PjlinkValuesTest, ErrorStatusDigitsBecomeSentences) {
  // Digits: fan, lamp, temperature, cover open, filter, other.
  auto none = ParseErrorStatus("000000");
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->Any());
  EXPECT_EQ(none->Describe(), "");
  auto lamp = ParseErrorStatus("020000");
  ASSERT_TRUE(lamp);
  EXPECT_EQ(lamp->lamp, FaultLevel::kError);
  EXPECT_TRUE(lamp->AnyError());
  EXPECT_EQ(lamp->Describe(), "lamp error");
  auto several = ParseErrorStatus("200112");
  ASSERT_TRUE(several);
  EXPECT_EQ(several->Describe(), "fan error; cover open warning; filter warning; other error");
  EXPECT_EQ(several->Code(), "200112");
  EXPECT_FALSE(ParseErrorStatus("00000"));
  EXPECT_FALSE(ParseErrorStatus("000300"));
}

TEST(PjlinkValuesTest, LampHoursAndState) {
  auto one = ParseLamps("12345 1");
  ASSERT_TRUE(one);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0], (Lamp{12345, true}));
  auto two = ParseLamps("100 0 99999 1");
  ASSERT_TRUE(two);
  EXPECT_EQ(*two, (std::vector<Lamp>{{100, false}, {99999, true}}));
  EXPECT_EQ(LampsValue(*two), "100 0 99999 1");
  EXPECT_FALSE(ParseLamps(""));
  EXPECT_FALSE(ParseLamps("100"));
  EXPECT_FALSE(ParseLamps("100 2"));
  EXPECT_FALSE(ParseLamps("123456 1"));
  EXPECT_FALSE(ParseLamps("1  1"));
}

TEST(PjlinkValuesTest, InputsAndInputList) {
  EXPECT_TRUE(IsValidInput("11"));
  EXPECT_TRUE(IsValidInput("59"));
  EXPECT_FALSE(IsValidInput("10"));
  EXPECT_FALSE(IsValidInput("61"));
  EXPECT_FALSE(IsValidInput("3"));
  auto list = ParseInputList("11 12 21 31 32 51");
  ASSERT_TRUE(list);
  EXPECT_EQ(*list, (std::vector<std::string>{"11", "12", "21", "31", "32", "51"}));
  EXPECT_EQ(ParseInputList("")->size(), 0u);
  EXPECT_FALSE(ParseInputList("11 70"));
}

TEST(PjlinkValuesTest, AvMute) {
  EXPECT_EQ(ParseAvMute("30"), (AvMuteState{false, false}));
  EXPECT_EQ(ParseAvMute("31"), (AvMuteState{true, true}));
  EXPECT_EQ(ParseAvMute("11"), (AvMuteState{true, false}));
  EXPECT_EQ(ParseAvMute("21"), (AvMuteState{false, true}));
  EXPECT_FALSE(ParseAvMute("41"));
  EXPECT_EQ(AvMuteParameter(AvMuteTarget::kAudioVideo, true), "31");
  EXPECT_EQ(AvMuteParameter(AvMuteTarget::kVideo, false), "10");
  EXPECT_EQ(AvMuteCode({true, false}), "11");
}

TEST(PjlinkValuesTest, Class) {
  EXPECT_EQ(ParseClass("1"), 1);
  EXPECT_FALSE(ParseClass("0"));
  EXPECT_FALSE(ParseClass("12"));
}

}  // namespace
}  // namespace vc::devices::pjlink
