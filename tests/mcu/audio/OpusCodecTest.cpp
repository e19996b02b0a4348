// OpusEncoder/OpusDecoder wrappers: round trip of a tone, concealment, FEC from the next packet,
// stereo downmix, and invalid packets.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/OpusDecoder.hpp"
#include "mcu/audio/OpusEncoder.hpp"
#include "tests/mcu/audio/AudioTestSignals.hpp"

namespace vc::mcu::audio {
namespace {

std::vector<float> Tone(int frame) {
  std::vector<float> pcm(kFrameSamples);
  for (int i = 0; i < kFrameSamples; ++i) {
    pcm[static_cast<size_t>(i)] = static_cast<float>(
        0.3 * std::sin(2 * std::numbers::pi * 440.0 * (frame * 960 + i) / 48000.0));
  }
  return pcm;
}

TEST(OpusCodecTest, RoundTripKeepsTheTone) {
  OpusEncoder encoder(32000);
  OpusDecoder decoder;
  std::vector<uint8_t> packet;
  std::vector<float> out(kFrameSamples);
  for (int f = 0; f < 20; ++f) {
    ASSERT_TRUE(encoder.Encode(Tone(f), packet));
    EXPECT_EQ(OpusDecoder::PacketSamples(packet), kFrameSamples);
    ASSERT_EQ(decoder.Decode(packet, out), kFrameSamples);
  }
  EXPECT_NEAR(test::ToneAmplitude(out, 440.0), 0.3, 0.06);
}

TEST(OpusCodecTest, ConcealmentAndFecFillTheGap) {
  OpusEncoder encoder(32000);
  encoder.SetPacketLossPercent(20);
  EXPECT_EQ(encoder.packet_loss_percent(), 20);
  OpusDecoder decoder;
  std::vector<std::vector<uint8_t>> packets(30);
  for (int f = 0; f < 30; ++f) ASSERT_TRUE(encoder.Encode(Tone(f), packets[f]));
  std::vector<float> out(kFrameSamples);
  for (int f = 0; f < 20; ++f) decoder.Decode(packets[f], out);
  // Packet 20 lost: rebuilt from 21's in-band FEC.
  ASSERT_EQ(decoder.DecodeFec(packets[21], out), kFrameSamples);
  EXPECT_GT(test::ToneAmplitude(out, 440.0), 0.1);
  decoder.Decode(packets[21], out);
  // Packet 22 lost with nothing after it: concealed.
  ASSERT_EQ(decoder.Conceal(out), kFrameSamples);
  EXPECT_GT(test::ToneAmplitude(out, 440.0), 0.05);
}

TEST(OpusCodecTest, StereoPacketsDecodeToMono) {
  test::ToneSender stereo(440.0, 0.3, 20, false, 2);
  OpusDecoder decoder;
  std::vector<float> out(kFrameSamples);
  for (int f = 0; f < 20; ++f) {
    const AudioPacket packet = stereo.Next(Clock::time_point{});
    ASSERT_EQ(decoder.Decode(packet.payload, out), kFrameSamples);
  }
  EXPECT_NEAR(test::ToneAmplitude(out, 440.0), 0.3, 0.08);
}

TEST(OpusCodecTest, InvalidPacketsAreRejectedWithoutThrowing) {
  OpusDecoder decoder;
  std::vector<float> out(kMaxPacketSamples);
  EXPECT_EQ(OpusDecoder::PacketSamples({}), 0);
  const std::vector<uint8_t> bad{0xff, 0xff};  // code 3 with an impossible frame count
  EXPECT_EQ(OpusDecoder::PacketSamples(bad), 0);
  EXPECT_EQ(decoder.Decode({}, out), 0);
  decoder.Reset();
}

TEST(OpusCodecTest, TheEncoderReportsItsLookaheadForARecordingsPreSkip) {
  OpusEncoder encoder(32000);
  // 48 kHz VOIP: 2.5 ms look-ahead plus 4 ms delay compensation (RFC 7845 pre-skip).
  EXPECT_EQ(encoder.Lookahead(), 312);
}

}  // namespace
}  // namespace vc::mcu::audio
