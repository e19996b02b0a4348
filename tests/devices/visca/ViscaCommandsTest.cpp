// VISCA payloads against the Sony VISCA command list (camera address 1: 8x = 81).
#include "devices/visca/ViscaCommands.hpp"

#include <gtest/gtest.h>

namespace vc::devices::visca {
namespace {

TEST(ViscaCommandsTest, Power) {
  EXPECT_EQ(commands::PowerOn(), (Bytes{0x81, 0x01, 0x04, 0x00, 0x02, 0xFF}));
  EXPECT_EQ(commands::PowerOff(), (Bytes{0x81, 0x01, 0x04, 0x00, 0x03, 0xFF}));
}

TEST(ViscaCommandsTest, PanTiltDrive) {
  // Pan-tiltDrive 8x 01 06 01 VV WW XX YY FF.
  EXPECT_EQ(commands::PanTiltDrive(PanTiltDirection::kUp, 5, 6), (Bytes{0x81, 0x01, 0x06, 0x01, 0x05, 0x06, 0x03, 0x01, 0xFF}));
  EXPECT_EQ(commands::PanTiltDrive(PanTiltDirection::kDown, 5, 6), (Bytes{0x81, 0x01, 0x06, 0x01, 0x05, 0x06, 0x03, 0x02, 0xFF}));
  EXPECT_EQ(commands::PanTiltDrive(PanTiltDirection::kLeft, 5, 6), (Bytes{0x81, 0x01, 0x06, 0x01, 0x05, 0x06, 0x01, 0x03, 0xFF}));
  EXPECT_EQ(commands::PanTiltDrive(PanTiltDirection::kRight, 5, 6), (Bytes{0x81, 0x01, 0x06, 0x01, 0x05, 0x06, 0x02, 0x03, 0xFF}));
  EXPECT_EQ(commands::PanTiltDrive(PanTiltDirection::kUpLeft, 1, 1), (Bytes{0x81, 0x01, 0x06, 0x01, 0x01, 0x01, 0x01, 0x01, 0xFF}));
  EXPECT_EQ(commands::PanTiltDrive(PanTiltDirection::kDownRight, 1, 1), (Bytes{0x81, 0x01, 0x06, 0x01, 0x01, 0x01, 0x02, 0x02, 0xFF}));
  EXPECT_EQ(commands::PanTiltDrive(PanTiltDirection::kStop, 1, 1), (Bytes{0x81, 0x01, 0x06, 0x01, 0x01, 0x01, 0x03, 0x03, 0xFF}));
}

TEST(ViscaCommandsTest, PanTiltSpeedsAreClamped) {
  const Bytes fast = commands::PanTiltDrive(PanTiltDirection::kLeft, 100, 100);
  EXPECT_EQ(fast[4], 0x18);
  EXPECT_EQ(fast[5], 0x17);
  const Bytes slow = commands::PanTiltDrive(PanTiltDirection::kLeft, 0, -3);
  EXPECT_EQ(slow[4], 0x01);
  EXPECT_EQ(slow[5], 0x01);
}

TEST(ViscaCommandsTest, AbsolutePositionAndHome) {
  // 8x 01 06 02 VV WW 0Y 0Y 0Y 0Y 0Z 0Z 0Z 0Z FF; pan -1 = FFFF, tilt 0x0123.
  EXPECT_EQ(commands::PanTiltAbsolute(0x18, 0x17, -1, 0x0123),
            (Bytes{0x81, 0x01, 0x06, 0x02, 0x18, 0x17, 0x0F, 0x0F, 0x0F, 0x0F, 0x00, 0x01, 0x02, 0x03, 0xFF}));
  EXPECT_EQ(commands::PanTiltHome(), (Bytes{0x81, 0x01, 0x06, 0x04, 0xFF}));
}

TEST(ViscaCommandsTest, Zoom) {
  EXPECT_EQ(commands::ZoomDrive(ZoomDirection::kStop), (Bytes{0x81, 0x01, 0x04, 0x07, 0x00, 0xFF}));
  EXPECT_EQ(commands::ZoomDrive(ZoomDirection::kTele), (Bytes{0x81, 0x01, 0x04, 0x07, 0x02, 0xFF}));
  EXPECT_EQ(commands::ZoomDrive(ZoomDirection::kWide), (Bytes{0x81, 0x01, 0x04, 0x07, 0x03, 0xFF}));
  EXPECT_EQ(commands::ZoomDrive(ZoomDirection::kTele, 5), (Bytes{0x81, 0x01, 0x04, 0x07, 0x25, 0xFF}));
  EXPECT_EQ(commands::ZoomDrive(ZoomDirection::kWide, 9), (Bytes{0x81, 0x01, 0x04, 0x07, 0x37, 0xFF}));
  // CAM_Zoom Direct 8x 01 04 47 0p 0q 0r 0s FF.
  EXPECT_EQ(commands::ZoomDirect(0x4000), (Bytes{0x81, 0x01, 0x04, 0x47, 0x04, 0x00, 0x00, 0x00, 0xFF}));
  EXPECT_EQ(commands::ZoomDirect(0xFFFF), commands::ZoomDirect(0x4000));
}

TEST(ViscaCommandsTest, Presets) {
  // CAM_Memory 8x 01 04 3F 0p pp FF: 00 reset, 01 set, 02 recall.
  EXPECT_EQ(commands::PresetReset(3), (Bytes{0x81, 0x01, 0x04, 0x3F, 0x00, 0x03, 0xFF}));
  EXPECT_EQ(commands::PresetSet(2), (Bytes{0x81, 0x01, 0x04, 0x3F, 0x01, 0x02, 0xFF}));
  EXPECT_EQ(commands::PresetRecall(2), (Bytes{0x81, 0x01, 0x04, 0x3F, 0x02, 0x02, 0xFF}));
  EXPECT_TRUE(IsValidPreset(0));
  EXPECT_TRUE(IsValidPreset(127));
  EXPECT_FALSE(IsValidPreset(128));
  EXPECT_FALSE(IsValidPreset(-1));
}

TEST(ViscaCommandsTest, Inquiries) {
  EXPECT_EQ(commands::PowerInquiry(), (Bytes{0x81, 0x09, 0x04, 0x00, 0xFF}));
  EXPECT_EQ(commands::PanTiltPositionInquiry(), (Bytes{0x81, 0x09, 0x06, 0x12, 0xFF}));
  EXPECT_EQ(commands::ZoomPositionInquiry(), (Bytes{0x81, 0x09, 0x04, 0x47, 0xFF}));
}

TEST(ViscaCommandsTest, Nibbles) {
  Bytes out;
  AppendNibbles(out, 0xABCD, 4);
  EXPECT_EQ(out, (Bytes{0x0A, 0x0B, 0x0C, 0x0D}));
  EXPECT_EQ(ReadNibbles(out), 0xABCDu);
  EXPECT_FALSE(ReadNibbles(Bytes{0x0A, 0x1B}));
}

}  // namespace
}  // namespace vc::devices::visca
