// Replies against the Sony VISCA reply table (z0 = 90 for camera 1): ACK 90 4y FF,
// completion 90 5y FF, errors 90 6y ee FF, inquiry answers, VISCA-over-IP control payloads.
#include "devices/visca/ViscaReply.hpp"

#include <gtest/gtest.h>

namespace vc::devices::visca {
namespace {

TEST(ViscaReplyTest, AckAndCompletion) {
  auto ack = ParseReply(Bytes{0x90, 0x41, 0xFF});
  ASSERT_TRUE(ack);
  EXPECT_EQ(ack->kind, ReplyKind::kAck);
  EXPECT_EQ(ack->socket, 1);
  EXPECT_EQ(ack->camera_address, 1);
  auto done = ParseReply(Bytes{0x90, 0x52, 0xFF});
  ASSERT_TRUE(done);
  EXPECT_EQ(done->kind, ReplyKind::kCompletion);
  EXPECT_EQ(done->socket, 2);
  EXPECT_TRUE(done->data.empty());
  EXPECT_EQ(EncodeAck(1), (Bytes{0x90, 0x41, 0xFF}));
  EXPECT_EQ(EncodeCompletion(2), (Bytes{0x90, 0x52, 0xFF}));
}

TEST(ViscaReplyTest, InquiryAnswers) {
  // CAM_PowerInq: y0 50 02 FF on, 03 standby.
  auto on = ParseReply(Bytes{0x90, 0x50, 0x02, 0xFF});
  ASSERT_TRUE(on);
  EXPECT_EQ(ParsePowerData(on->data), PowerState::kOn);
  EXPECT_EQ(ParsePowerData(Bytes{0x03}), PowerState::kStandby);
  EXPECT_EQ(ParsePowerData(Bytes{0x04}), PowerState::kPowerError);
  EXPECT_FALSE(ParsePowerData(Bytes{0x07}));
  // Pan-tiltPosInq: y0 50 0w 0w 0w 0w 0z 0z 0z 0z FF.
  auto position = ParseReply(Bytes{0x90, 0x50, 0x0F, 0x0F, 0x0F, 0x0E, 0x00, 0x01, 0x02, 0x03, 0xFF});
  ASSERT_TRUE(position);
  auto pan_tilt = ParsePanTiltPositionData(position->data);
  ASSERT_TRUE(pan_tilt);
  EXPECT_EQ(pan_tilt->pan, -2);
  EXPECT_EQ(pan_tilt->tilt, 0x0123);
  EXPECT_FALSE(ParsePanTiltPositionData(Bytes{0x01, 0x02}));
  // CAM_ZoomPosInq: y0 50 0p 0q 0r 0s FF.
  EXPECT_EQ(ParseZoomPositionData(Bytes{0x04, 0x00, 0x00, 0x00}), 0x4000);
  EXPECT_FALSE(ParseZoomPositionData(Bytes{0x40, 0x00, 0x00, 0x00}));
}

TEST(ViscaReplyTest, ErrorsMapToDeviceResults) {
  struct Case {
    Bytes payload;
    uint8_t code;
    DeviceErrorKind kind;
    const char* words;
  };
  const Case cases[] = {
      {{0x90, 0x60, 0x01, 0xFF}, error_code::kMessageLength, DeviceErrorKind::kProtocol, "message length"},
      {{0x90, 0x60, 0x02, 0xFF}, error_code::kSyntax, DeviceErrorKind::kProtocol, "syntax error"},
      {{0x90, 0x60, 0x03, 0xFF}, error_code::kBufferFull, DeviceErrorKind::kUnavailable, "buffer is full"},
      {{0x90, 0x61, 0x04, 0xFF}, error_code::kCancelled, DeviceErrorKind::kDeviceFault, "cancelled"},
      {{0x90, 0x62, 0x05, 0xFF}, error_code::kNoSocket, DeviceErrorKind::kProtocol, "no such command socket"},
      {{0x90, 0x61, 0x41, 0xFF}, error_code::kNotExecutable, DeviceErrorKind::kUnavailable, "current state"},
  };
  for (const Case& c : cases) {
    auto reply = ParseReply(c.payload);
    ASSERT_TRUE(reply) << ToHex(c.payload);
    EXPECT_EQ(reply->kind, ReplyKind::kError);
    EXPECT_EQ(reply->error, c.code);
    const DeviceResult result = ErrorReplyResult(reply->error);
    EXPECT_EQ(result.kind, c.kind) << ToHex(c.payload);
    EXPECT_NE(result.message.find(c.words), std::string::npos) << result.message;
  }
  EXPECT_EQ(EncodeError(1, 0x41), (Bytes{0x90, 0x61, 0x41, 0xFF}));
  EXPECT_EQ(ErrorReplyResult(0x77).kind, DeviceErrorKind::kDeviceFault);
}

TEST(ViscaReplyTest, RejectsMalformedReplies) {
  EXPECT_FALSE(ParseReply(Bytes{}));
  EXPECT_FALSE(ParseReply(Bytes{0x90, 0x41}));              // no terminator
  EXPECT_FALSE(ParseReply(Bytes{0x81, 0x41, 0xFF}));        // a command's address byte
  EXPECT_FALSE(ParseReply(Bytes{0x91, 0x41, 0xFF}));        // low nibble must be 0
  EXPECT_FALSE(ParseReply(Bytes{0x90, 0x41, 0x00, 0xFF}));  // ACK carries no data
  EXPECT_FALSE(ParseReply(Bytes{0x90, 0x60, 0xFF}));        // error without code
  EXPECT_FALSE(ParseReply(Bytes{0x90, 0x70, 0xFF}));        // unknown message type
  EXPECT_FALSE(ParseReply(Bytes{0x90, 0x50, 0xFF, 0xFF}));  // terminator inside
  EXPECT_FALSE(ParseReply(Bytes{'G', 'A', 'R', 'B'}));
}

TEST(ViscaReplyTest, ControlPayloads) {
  EXPECT_EQ(ParseControl(Bytes{0x01}), ControlMessage::kResetAck);
  EXPECT_EQ(ParseControl(Bytes{0x0F, 0x01}), ControlMessage::kSequenceError);
  EXPECT_EQ(ParseControl(Bytes{0x0F, 0x02}), ControlMessage::kMessageError);
  EXPECT_FALSE(ParseControl(Bytes{0x0F, 0x03}));
  EXPECT_FALSE(ParseControl(Bytes{0x02}));
  EXPECT_EQ(EncodeControl(ControlMessage::kSequenceError), (Bytes{0x0F, 0x01}));
}

}  // namespace
}  // namespace vc::devices::visca
