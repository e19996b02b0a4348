#include "mcu/video/Vp8Packetizer.hpp"

#include <algorithm>
#include <numeric>

namespace vc::mcu::video {

Vp8Packetizer::Vp8Packetizer(size_t max_payload, uint16_t first_picture_id)
    : max_payload_(max_payload), picture_id_(first_picture_id & 0x7fff) {}

std::vector<Vp8RtpPayload> Vp8Packetizer::Packetize(const EncodedFrame& frame) {
  std::vector<Vp8RtpPayload> out;
  if (frame.data.empty() || max_payload_ <= kDescriptorSize) return out;
  const size_t capacity = max_payload_ - kDescriptorSize;
  // Partition boundaries; fall back to one partition if the sizes do not add up.
  std::vector<size_t> partitions = frame.partition_sizes;
  if (partitions.empty() || partitions.size() > 8 ||
      std::accumulate(partitions.begin(), partitions.end(), size_t{0}) != frame.data.size() ||
      std::find(partitions.begin(), partitions.end(), size_t{0}) != partitions.end())
    partitions = {frame.data.size()};
  size_t offset = 0;
  for (size_t pid = 0; pid < partitions.size(); ++pid) {
    const size_t size = partitions[pid];
    // Near-equal packets: fewer tiny tails, same packet count as greedy filling.
    const size_t packets = (size + capacity - 1) / capacity;
    const size_t base = size / packets, extra = size % packets;
    for (size_t i = 0; i < packets; ++i) {
      const size_t len = base + (i < extra ? 1 : 0);
      Vp8RtpPayload p;
      p.bytes.reserve(kDescriptorSize + len);
      p.bytes.push_back(static_cast<uint8_t>(0x80 | (i == 0 ? 0x10 : 0) | pid));  // X, S, PID
      p.bytes.push_back(0x80);                                                   // I
      p.bytes.push_back(static_cast<uint8_t>(0x80 | (picture_id_ >> 8)));        // M + high 7
      p.bytes.push_back(static_cast<uint8_t>(picture_id_ & 0xff));
      p.bytes.insert(p.bytes.end(), frame.data.begin() + static_cast<std::ptrdiff_t>(offset),
                     frame.data.begin() + static_cast<std::ptrdiff_t>(offset + len));
      offset += len;
      out.push_back(std::move(p));
    }
  }
  out.back().marker = true;
  picture_id_ = static_cast<uint16_t>((picture_id_ + 1) & 0x7fff);
  return out;
}

}  // namespace vc::mcu::video
