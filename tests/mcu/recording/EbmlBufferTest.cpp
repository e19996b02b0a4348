#include <gtest/gtest.h>

#include "mcu/recording/EbmlBuffer.hpp"

namespace vc::mcu::recording {
namespace {

using Bytes = std::vector<uint8_t>;

TEST(EbmlBufferTest, SizesUseTheShortestVintAndNeverTheReservedAllOnes) {
  EbmlBuffer buffer;
  buffer.Size(0);
  buffer.Size(126);  // 0x7F would mean "unknown": 127 takes two bytes
  buffer.Size(127);
  buffer.Size(0x3FFE);
  EXPECT_EQ(buffer.bytes(), (Bytes{0x80, 0xFE, 0x40, 0x7F, 0x7F, 0xFE}));
  EXPECT_EQ(EbmlBuffer::SizeField8(5), (Bytes{0x01, 0, 0, 0, 0, 0, 0, 0x05}));
  EXPECT_EQ(EbmlBuffer::SizeField8(EbmlBuffer::kUnknownSize),
            (Bytes{0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}));
  EXPECT_THROW(buffer.Size(200, 1), std::length_error);
}

TEST(EbmlBufferTest, ElementsAreIdSizePayload) {
  EbmlBuffer buffer;
  buffer.Uint(0xE7, 0);            // Timestamp 0: one payload byte
  buffer.Uint(0x2AD7B1, 1000000);  // TimestampScale: 3-byte ID, 3-byte value
  buffer.String(0x86, "V_VP8");
  EXPECT_EQ(buffer.bytes(), (Bytes{0xE7, 0x81, 0x00, 0x2A, 0xD7, 0xB1, 0x83, 0x0F, 0x42, 0x40, 0x86,
                                   0x85, 'V', '_', 'V', 'P', '8'}));
  EbmlBuffer child;
  child.Uint(0xD7, 1);
  EbmlBuffer parent;
  parent.Master(0xAE, child);
  EXPECT_EQ(parent.bytes(), (Bytes{0xAE, 0x83, 0xD7, 0x81, 0x01}));
  EXPECT_EQ(EbmlBuffer::Float8(48000.0), (Bytes{0x40, 0xE7, 0x70, 0, 0, 0, 0, 0}));
}

}  // namespace
}  // namespace vc::mcu::recording
