// VISCA-over-IP header against the layout of the Sony specification ("Command List": payload
// type, payload length, sequence number, payload).
#include "devices/visca/ViscaPacket.hpp"

#include <gtest/gtest.h>

#include "devices/visca/ViscaCommands.hpp"

namespace vc::devices::visca {
namespace {

TEST(ViscaPacketTest, EncodesPowerOnCommand) {
  // CAM_Power On (8x 01 04 00 02 FF) as VISCA command, sequence number 1.
  const Bytes expected{0x01, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x01, 0x81, 0x01, 0x04, 0x00, 0x02, 0xFF};
  EXPECT_EQ(EncodePacket(PayloadType::kCommand, 1, commands::PowerOn()), expected);
}

TEST(ViscaPacketTest, EncodesInquiryReplyAndControlTypes) {
  const Bytes inquiry{0x01, 0x10, 0x00, 0x05, 0xDE, 0xAD, 0xBE, 0xEF, 0x81, 0x09, 0x04, 0x00, 0xFF};
  EXPECT_EQ(EncodePacket(PayloadType::kInquiry, 0xDEADBEEF, commands::PowerInquiry()), inquiry);
  // Control command RESET (01) and its reply (01).
  const Bytes reset{0x02, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x01};
  EXPECT_EQ(EncodePacket(PayloadType::kControl, 0, commands::SequenceReset()), reset);
  const Bytes reset_ack{0x02, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x01};
  EXPECT_EQ(EncodePacket(PayloadType::kControlReply, 0, Bytes{0x01}), reset_ack);
}

TEST(ViscaPacketTest, SixteenBytePayloadLengthIsSpecExample) {
  // The specification's example: a 16-byte payload has byte 2 = 00h and byte 3 = 10h.
  const Bytes payload(16, 0x01);
  const Bytes packet = EncodePacket(PayloadType::kCommand, 7, payload);
  ASSERT_EQ(packet.size(), 24u);
  EXPECT_EQ(packet[2], 0x00);
  EXPECT_EQ(packet[3], 0x10);
  auto parsed = ParsePacket(packet);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->payload.size(), 16u);
}

TEST(ViscaPacketTest, ParsesReplyWithSequenceNumber) {
  // Completion (90 51 FF) for sequence number 0x01020304.
  const Bytes datagram{0x01, 0x11, 0x00, 0x03, 0x01, 0x02, 0x03, 0x04, 0x90, 0x51, 0xFF};
  auto packet = ParsePacket(datagram);
  ASSERT_TRUE(packet);
  EXPECT_EQ(packet->type, PayloadType::kReply);
  EXPECT_EQ(packet->sequence, 0x01020304u);
  EXPECT_EQ(Bytes(packet->payload.begin(), packet->payload.end()), (Bytes{0x90, 0x51, 0xFF}));
}

TEST(ViscaPacketTest, RejectsMalformedDatagrams) {
  EXPECT_FALSE(ParsePacket(Bytes{}));
  EXPECT_FALSE(ParsePacket(Bytes{0x01, 0x11, 0x00, 0x00, 0, 0, 0, 0}));                // no payload
  EXPECT_FALSE(ParsePacket(Bytes{0x01, 0x11, 0x00, 0x03, 0, 0, 0, 0, 0x90, 0x41}));    // short
  EXPECT_FALSE(ParsePacket(Bytes{0x01, 0x11, 0x00, 0x02, 0, 0, 0, 0, 0x90, 0x41, 0xFF}));  // long
  EXPECT_FALSE(ParsePacket(Bytes{0x03, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0x01}));          // unknown type
  Bytes too_long = EncodePacket(PayloadType::kReply, 0, Bytes(17, 0x01));
  EXPECT_FALSE(ParsePacket(too_long));                                                   // > 16 bytes
}

TEST(ViscaPacketTest, HexIsReadable) {
  EXPECT_EQ(ToHex(Bytes{0x81, 0x01, 0xFF}), "81 01 FF");
  EXPECT_EQ(ToHex(Bytes{}), "");
}

}  // namespace
}  // namespace vc::devices::visca
