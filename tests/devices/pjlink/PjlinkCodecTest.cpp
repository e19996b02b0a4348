// PJLink class 1 framing against the byte strings of the JBMIA PJLink specification (v1.04,
// class 1): the command and reply examples and the authentication example.
#include <gtest/gtest.h>

#include "devices/pjlink/PjlinkCodec.hpp"

namespace vc::devices::pjlink {
namespace {

TEST(PjlinkCodecTest, BuildsEveryClassOneCommand) {
  EXPECT_EQ(BuildCommand(Request::Set(Command::kPower, "1")), "%1POWR 1\r");
  EXPECT_EQ(BuildCommand(Request::Set(Command::kPower, "0")), "%1POWR 0\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kPower)), "%1POWR ?\r");
  EXPECT_EQ(BuildCommand(Request::Set(Command::kInput, "31")), "%1INPT 31\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kInput)), "%1INPT ?\r");
  EXPECT_EQ(BuildCommand(Request::Set(Command::kAvMute, "31")), "%1AVMT 31\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kAvMute)), "%1AVMT ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kErrorStatus)), "%1ERST ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kLamp)), "%1LAMP ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kInputList)), "%1INST ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kName)), "%1NAME ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kManufacturer)), "%1INF1 ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kProductName)), "%1INF2 ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kOtherInfo)), "%1INFO ?\r");
  EXPECT_EQ(BuildCommand(Request::Query(Command::kClass)), "%1CLSS ?\r");
}

TEST(PjlinkCodecTest, AuthenticationDigestMatchesSpecificationExample) {
  // Spec: random "498e4a67", password "JBMIAProjectorLink".
  const std::string digest = AuthDigest("498e4a67", "JBMIAProjectorLink");
  EXPECT_EQ(digest, "5d8409bc1c3fa39749434aa3a5c38682");
  EXPECT_EQ(BuildCommand(Request::Set(Command::kPower, "1"), digest),
            "5d8409bc1c3fa39749434aa3a5c38682%1POWR 1\r");
}

TEST(PjlinkCodecTest, ParsesGreetings) {
  auto plain = ParseGreeting("PJLINK 0\r");
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->authentication);
  auto secured = ParseGreeting("PJLINK 1 498e4a67\r");
  ASSERT_TRUE(secured);
  EXPECT_TRUE(secured->authentication);
  EXPECT_EQ(secured->random, "498e4a67");
  EXPECT_FALSE(ParseGreeting("PJLINK ERRA\r"));
  EXPECT_FALSE(ParseGreeting("PJLINK 2\r"));
  EXPECT_FALSE(ParseGreeting("PJLINK 1 \r"));
  EXPECT_FALSE(ParseGreeting("HELLO\r"));
  EXPECT_EQ(BuildGreeting({true, "498e4a67"}), "PJLINK 1 498e4a67\r");
  EXPECT_EQ(BuildGreeting({}), "PJLINK 0\r");
}

TEST(PjlinkCodecTest, ParsesSuccessAndValueReplies) {
  auto ok = ParseReply("%1POWR=OK\r");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->command, Command::kPower);
  EXPECT_EQ(ok->status, ReplyStatus::kOk);
  auto power = ParseReply("%1POWR=1\r");
  ASSERT_TRUE(power);
  EXPECT_EQ(power->status, ReplyStatus::kValue);
  EXPECT_EQ(power->value, "1");
  auto lamp = ParseReply("%1LAMP=12345 1\r");
  ASSERT_TRUE(lamp);
  EXPECT_EQ(lamp->command, Command::kLamp);
  EXPECT_EQ(lamp->value, "12345 1");
  auto name = ParseReply("%1NAME=\r");  // an unnamed projector
  ASSERT_TRUE(name);
  EXPECT_EQ(name->status, ReplyStatus::kValue);
  EXPECT_EQ(name->value, "");
  auto crlf = ParseReply("\n%1INPT=31\r");  // the LF of a CRLF peer's previous line
  ASSERT_TRUE(crlf);
  EXPECT_EQ(crlf->value, "31");
}

TEST(PjlinkCodecTest, ParsesErrorReplies) {
  EXPECT_EQ(ParseReply("%1POWR=ERR1\r")->status, ReplyStatus::kUndefinedCommand);
  EXPECT_EQ(ParseReply("%1INPT=ERR2\r")->status, ReplyStatus::kOutOfParameter);
  EXPECT_EQ(ParseReply("%1POWR=ERR3\r")->status, ReplyStatus::kUnavailableTime);
  EXPECT_EQ(ParseReply("%1POWR=ERR4\r")->status, ReplyStatus::kProjectorFailure);
  EXPECT_EQ(ParseReply("PJLINK ERRA\r")->status, ReplyStatus::kAuthenticationError);
}

TEST(PjlinkCodecTest, RejectsMalformedReplies) {
  EXPECT_FALSE(ParseReply(""));
  EXPECT_FALSE(ParseReply("\r"));
  EXPECT_FALSE(ParseReply("%2POWR=1\r"));   // class 2 header
  EXPECT_FALSE(ParseReply("%1POWR 1\r"));   // a command, not a reply
  EXPECT_FALSE(ParseReply("%1ABCD=1\r"));   // unknown body
  EXPECT_FALSE(ParseReply("%1POW=1\r"));
  EXPECT_FALSE(ParseReply(std::string("%1POWR=\x01\r")));
  EXPECT_FALSE(ParseReply("%1NAME=" + std::string(200, 'x') + "\r"));
}

TEST(PjlinkCodecTest, RoundTripsRepliesForTheEmulator) {
  for (const char* line : {"%1POWR=OK\r", "%1INPT=31\r", "%1ERST=020000\r", "%1AVMT=ERR3\r", "PJLINK ERRA\r"}) {
    auto reply = ParseReply(line);
    ASSERT_TRUE(reply) << line;
    EXPECT_EQ(BuildReply(*reply), line);
  }
}

TEST(PjlinkCodecTest, ParsesCommandLinesWithAndWithoutDigest) {
  std::string digest;
  auto plain = ParseCommandLine("%1INPT 31\r", &digest);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->command, Command::kInput);
  EXPECT_EQ(plain->parameter, "31");
  EXPECT_EQ(digest, "");
  auto secured = ParseCommandLine("5d8409bc1c3fa39749434aa3a5c38682%1POWR 1\r", &digest);
  ASSERT_TRUE(secured);
  EXPECT_EQ(secured->command, Command::kPower);
  EXPECT_EQ(digest, "5d8409bc1c3fa39749434aa3a5c38682");
  EXPECT_FALSE(ParseCommandLine("5d84%1POWR 1\r", &digest));  // digest too short
  EXPECT_FALSE(ParseCommandLine("%1POWR\r", &digest));
  EXPECT_FALSE(ParseCommandLine("%1XXXX 1\r", &digest));
}

TEST(PjlinkCodecTest, MapsErrorsToOperatorSentences) {
  const Request power_on = Request::Set(Command::kPower, "1");
  const Request input = Request::Set(Command::kInput, "59");

  auto err1 = ReplyResult(power_on, *ParseReply("%1POWR=ERR1\r"));
  EXPECT_EQ(err1.kind, DeviceErrorKind::kDeviceFault);
  EXPECT_NE(err1.message.find("undefined command"), std::string::npos);

  auto err2 = ReplyResult(input, *ParseReply("%1INPT=ERR2\r"));
  EXPECT_EQ(err2.kind, DeviceErrorKind::kDeviceFault);
  EXPECT_EQ(err2.message, "projector has no input 59 (ERR2: out of parameter)");

  auto err3 = ReplyResult(power_on, *ParseReply("%1POWR=ERR3\r"));
  EXPECT_EQ(err3.kind, DeviceErrorKind::kUnavailable);
  EXPECT_NE(err3.message.find("unavailable time"), std::string::npos);

  auto err4 = ReplyResult(power_on, *ParseReply("%1POWR=ERR4\r"));
  EXPECT_EQ(err4.kind, DeviceErrorKind::kDeviceFault);
  EXPECT_NE(err4.message.find("projector/display failure"), std::string::npos);

  auto erra = ReplyResult(power_on, *ParseReply("PJLINK ERRA\r"));
  EXPECT_EQ(erra.kind, DeviceErrorKind::kAuthentication);
  EXPECT_NE(erra.message.find("password"), std::string::npos);

  EXPECT_TRUE(ReplyResult(power_on, *ParseReply("%1POWR=OK\r")).ok());
  EXPECT_TRUE(ReplyResult(Request::Query(Command::kPower), *ParseReply("%1POWR=3\r")).ok());
  EXPECT_EQ(ReplyResult(power_on, *ParseReply("%1INPT=OK\r")).kind, DeviceErrorKind::kProtocol);
  EXPECT_EQ(ReplyResult(power_on, *ParseReply("%1POWR=1\r")).kind, DeviceErrorKind::kProtocol);
}

}  // namespace
}  // namespace vc::devices::pjlink
