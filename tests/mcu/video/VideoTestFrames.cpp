#include "VideoTestFrames.hpp"

#include <algorithm>

#include "mcu/video/Vp8Encoder.hpp"

namespace vc::mcu::video::test {

std::shared_ptr<I420Frame> Solid(int width, int height, Yuv colour) {
  auto f = I420Frame::Create(width, height);
  f->Fill(colour.y, colour.u, colour.v);
  return f;
}

std::shared_ptr<I420Frame> Textured(int width, int height, int index) {
  auto f = I420Frame::Create(width, height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      f->data_y()[y * f->stride_y() + x] =
          static_cast<uint8_t>(16 + ((x * 7 + y * 3 + ((x / 8 + y / 8) % 2) * 60) % 200));
  for (int y = 0; y < f->chroma_height(); ++y)
    for (int x = 0; x < f->chroma_width(); ++x) {
      f->data_u()[y * f->stride_uv() + x] = static_cast<uint8_t>(64 + (x * 2) % 128);
      f->data_v()[y * f->stride_uv() + x] = static_cast<uint8_t>(64 + (y * 3) % 128);
    }
  const int side = height / 4, pos = (index * 8) % (width - side);
  f->FillRect(pos & ~1, height / 3 & ~1, side, side, 200, 90, 200);
  return f;
}

std::vector<EncodedFrame> EncodeTextured(int width, int height, int count,
                                         const std::vector<int>& keyframes, int bitrate_bps) {
  Vp8EncoderConfig config;
  config.width = width;
  config.height = height;
  config.bitrate_bps = bitrate_bps;
  Vp8Encoder encoder(config);
  std::vector<EncodedFrame> out;
  for (int i = 0; i < count; ++i) {
    const bool key = std::find(keyframes.begin(), keyframes.end(), i) != keyframes.end();
    auto frame = encoder.Encode(*Textured(width, height, i), static_cast<uint32_t>(i * 3000), key);
    if (frame) out.push_back(std::move(*frame));
  }
  return out;
}

std::vector<EncodedFrame> EncodeSolid(int width, int height, int count, Yuv colour) {
  Vp8EncoderConfig config;
  config.width = width;
  config.height = height;
  config.bitrate_bps = 300'000;
  Vp8Encoder encoder(config);
  std::vector<EncodedFrame> out;
  auto picture = Solid(width, height, colour);
  for (int i = 0; i < count; ++i)
    if (auto frame = encoder.Encode(*picture, static_cast<uint32_t>(i * 3000), false))
      out.push_back(std::move(*frame));
  return out;
}

PacketRun Packetize(const std::vector<EncodedFrame>& frames, size_t max_payload,
                    uint16_t first_sequence, Clock::time_point arrival) {
  PacketRun run;
  Vp8Packetizer packetizer(max_payload, 100);
  uint16_t seq = first_sequence;
  for (size_t i = 0; i < frames.size(); ++i) {
    for (auto& p : packetizer.Packetize(frames[i])) {
      run.payloads.push_back(std::move(p.bytes));
      RtpVideoPacket packet;
      packet.sequence = seq++;
      packet.timestamp = static_cast<uint32_t>(1000 + i * 3000);
      packet.marker = p.marker;
      packet.arrival = arrival;
      run.packets.push_back(packet);
      run.frame_of.push_back(i);
    }
  }
  // Spans last: the payload vectors' buffers no longer move.
  for (size_t i = 0; i < run.packets.size(); ++i) run.packets[i].payload = run.payloads[i];
  return run;
}

}  // namespace vc::mcu::video::test
