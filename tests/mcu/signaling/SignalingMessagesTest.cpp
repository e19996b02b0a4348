#include "mcu/signaling/SignalingMessages.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace vc::mcu::signaling {
namespace {

std::string CodeOf(std::string_view text) {
  try {
    ParseRequest(text);
  } catch (const SignalingError& e) {
    return e.code();
  }
  return "accepted";
}

TEST(SignalingMessagesTest, ParsesJoinWithVietnameseNameAndPin) {
  auto request = ParseRequest(
      R"({"type":"join","room":"giao-ban.11","name":"Phòng GD&ĐT Huyện Mỹ Đức","pin":"1234","role":"chair"})");
  const auto& join = std::get<JoinRequest>(request);
  EXPECT_EQ(join.room, "giao-ban.11");
  EXPECT_EQ(join.name, "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_EQ(join.pin, "1234");
  EXPECT_EQ(join.role, Role::kChair);
}

TEST(SignalingMessagesTest, ParsesOfferCandidateAndLeave) {
  EXPECT_EQ(std::get<OfferRequest>(ParseRequest(R"({"type":"offer","sdp":"v=0\r\n"})")).sdp, "v=0\r\n");
  auto candidate = std::get<CandidateRequest>(ParseRequest(
      R"({"type":"candidate","candidate":"candidate:1 1 udp 1 127.0.0.1 5000 typ host","sdpMid":"0","sdpMLineIndex":0})"));
  EXPECT_EQ(candidate.sdp_mid, "0");
  EXPECT_EQ(candidate.sdp_mline_index, 0);
  auto end = std::get<CandidateRequest>(ParseRequest(R"({"type":"candidate","candidate":null})"));
  EXPECT_TRUE(end.candidate.empty());
  EXPECT_TRUE(std::holds_alternative<LeaveRequest>(ParseRequest(R"({"type":"leave"})")));
}

TEST(SignalingMessagesTest, RefusesMalformedInputWithProtocolCodes) {
  EXPECT_EQ(CodeOf("{not json"), "bad_json");
  EXPECT_EQ(CodeOf(""), "bad_json");
  EXPECT_EQ(CodeOf("[1,2]"), "bad_json");
  EXPECT_EQ(CodeOf("\"\xff\xfe\""), "bad_json");
  EXPECT_EQ(CodeOf(R"({"room":"a"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":42})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"dance"})"), "unknown_type");
  EXPECT_EQ(CodeOf(R"({"type":"join","name":"x"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"join","room":"","name":"x"})"), "bad_room");
  EXPECT_EQ(CodeOf(R"({"type":"join","room":"a b","name":"x"})"), "bad_room");
  EXPECT_EQ(CodeOf(R"({"type":"join","room":"a","name":""})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"join","room":"a","name":"x","role":"king"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"offer"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"candidate","sdpMLineIndex":"zero"})"), "bad_message");
}

TEST(SignalingMessagesTest, NameLimitCountsCharactersNotBytes) {
  std::string name;
  for (int i = 0; i < 64; ++i) name += "Đ";  // 2 bytes each
  EXPECT_EQ(CodeOf(R"({"type":"join","room":"a","name":")" + name + "\"}"), "accepted");
  EXPECT_EQ(CodeOf(R"({"type":"join","room":"a","name":")" + name + "Đ\"}"), "bad_message");
}

TEST(SignalingMessagesTest, WritesDocumentedShapes) {
  auto joined = nlohmann::json::parse(MakeJoined("r", "p2", {{"p1", "Sở"}, {"p2", "Phòng"}}));
  EXPECT_EQ(joined["type"], "joined");
  EXPECT_EQ(joined["id"], "p2");
  EXPECT_EQ(joined["participants"][0]["name"], "Sở");
  auto candidate = nlohmann::json::parse(MakeCandidate("candidate:1 1 UDP 1 127.0.0.1 1 typ host", "a0"));
  EXPECT_EQ(candidate["sdpMid"], "a0");
  EXPECT_EQ(candidate["sdpMLineIndex"], 0);
  auto error = nlohmann::json::parse(MakeError("bad_json", "nope"));
  EXPECT_EQ(error["code"], "bad_json");
  EXPECT_EQ(error["reason"], "nope");
  EXPECT_EQ(nlohmann::json::parse(MakeLeft())["type"], "left");
  EXPECT_EQ(nlohmann::json::parse(MakeAnswer("v=0"))["sdp"], "v=0");
  EXPECT_EQ(nlohmann::json::parse(MakeParticipants("r", {}))["participants"].size(), 0u);
}

}  // namespace
}  // namespace vc::mcu::signaling

namespace vc::mcu::signaling {
namespace {

TEST(SignalingMessagesTest, ParsesMuteAndMuteAll) {
  auto mute = std::get<MuteRequest>(
      ParseRequest(R"({"type":"mute","participant":"p2","muted":true})"));
  EXPECT_EQ(mute.participant, "p2");
  EXPECT_TRUE(mute.muted);
  auto all = std::get<MuteAllRequest>(ParseRequest(R"({"type":"mute_all","muted":false})"));
  EXPECT_FALSE(all.muted);
  EXPECT_EQ(CodeOf(R"({"type":"mute","participant":"p2"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"mute","participant":"p2","muted":"yes"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"mute","participant":"","muted":true})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"mute_all"})"), "bad_message");
}

TEST(SignalingMessagesTest, ParsesAndWritesLayout) {
  auto grid = std::get<LayoutRequest>(ParseRequest(R"({"type":"layout","layout":"grid"})"));
  EXPECT_EQ(grid.layout, "grid");
  EXPECT_FALSE(grid.presenter.has_value());
  auto speaker = std::get<LayoutRequest>(
      ParseRequest(R"({"type":"layout","layout":"speaker","presenter":"p3"})"));
  EXPECT_EQ(speaker.presenter, "p3");
  EXPECT_EQ(CodeOf(R"({"type":"layout"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"layout","layout":"mosaic"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"layout","layout":"speaker","presenter":""})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"layout","layout":"speaker","presenter":5})"), "bad_message");
  EXPECT_EQ(nlohmann::json::parse(MakeLayout("presenter", "p2")),
            (nlohmann::json{{"type", "layout"}, {"layout", "presenter"}, {"presenter", "p2"}}));
  EXPECT_EQ(nlohmann::json::parse(MakeLayout("grid", std::nullopt)),
            (nlohmann::json{{"type", "layout"}, {"layout", "grid"}}));
}

TEST(SignalingMessagesTest, WritesMutedActiveSpeakerAndMutedFlagInLists) {
  auto muted = nlohmann::json::parse(MakeMuted(true, "chair"));
  EXPECT_EQ(muted, (nlohmann::json{{"type", "muted"}, {"muted", true}, {"by", "chair"}}));
  auto speakers = nlohmann::json::parse(MakeActiveSpeaker({"p1", "p3"}));
  EXPECT_EQ(speakers["type"], "active_speaker");
  EXPECT_EQ(speakers["participants"], (nlohmann::json{"p1", "p3"}));
  auto list = nlohmann::json::parse(
      MakeParticipants("r", {{"p1", "Sở", false, true}, {"p2", "Phòng", true, false}}));
  EXPECT_EQ(list["participants"][0]["muted"], false);
  EXPECT_EQ(list["participants"][0]["role"], "chair");
  EXPECT_EQ(list["participants"][1]["muted"], true);
  EXPECT_EQ(list["participants"][1]["role"], "participant");
}

TEST(SignalingMessagesTest, ParsesHandAndWritesHandEvents) {
  EXPECT_TRUE(std::get<HandRequest>(ParseRequest(R"({"type":"hand","raised":true})")).raised);
  EXPECT_FALSE(std::get<HandRequest>(ParseRequest(R"({"type":"hand","raised":false})")).raised);
  EXPECT_EQ(CodeOf(R"({"type":"hand"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"hand","raised":"yes"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"hand","raised":1})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"hand","raised":null})"), "bad_message");
  auto hand = nlohmann::json::parse(MakeHand("p3", "Phòng GD&ĐT Hương Khê", true));
  EXPECT_EQ(hand, (nlohmann::json{{"type", "hand"}, {"participant", "p3"},
                                  {"name", "Phòng GD&ĐT Hương Khê"}, {"raised", true}}));
  auto list = nlohmann::json::parse(
      MakeParticipants("r", {{"p1", "Sở", false, true, false}, {"p2", "Phòng", true, false, true}}));
  EXPECT_EQ(list["participants"][0]["hand"], false);
  EXPECT_EQ(list["participants"][1]["hand"], true);
}

TEST(SignalingMessagesTest, ParsesRecordAndWritesRecordingState) {
  EXPECT_TRUE(std::get<RecordRequest>(ParseRequest(R"({"type":"record","recording":true})")).recording);
  EXPECT_FALSE(std::get<RecordRequest>(ParseRequest(R"({"type":"record","recording":false})")).recording);
  EXPECT_EQ(CodeOf(R"({"type":"record"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"record","recording":"true"})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"record","recording":1})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"record","recording":null})"), "bad_message");
  EXPECT_EQ(CodeOf(R"({"type":"record","on":true})"), "bad_message");
  EXPECT_EQ(nlohmann::json::parse(MakeRecording(true, true, "2026-12-01T21:00:00Z")),
            (nlohmann::json{{"type", "recording"}, {"available", true}, {"recording", true},
                            {"since", "2026-12-01T21:00:00Z"}}));
  // `since` only while recording.
  EXPECT_EQ(nlohmann::json::parse(MakeRecording(false, false, std::nullopt)),
            (nlohmann::json{{"type", "recording"}, {"available", false}, {"recording", false}}));
}

}  // namespace
}  // namespace vc::mcu::signaling
