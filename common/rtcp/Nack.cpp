#include "common/rtcp/Nack.hpp"

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

namespace {

constexpr size_t kFeedbackHeaderSize = 8;  // Sender SSRC + media SSRC.

// Groups `lost` into items; calls emit(pid, blp) per item. Returns the item count.
template <typename Emit>
size_t Pack(std::span<const uint16_t> lost, Emit&& emit) {
  size_t items = 0;
  uint16_t pid = 0;
  uint16_t blp = 0;
  for (size_t i = 0; i < lost.size(); ++i) {
    const auto distance = static_cast<uint16_t>(lost[i] - pid);
    if (i > 0 && distance == 0) continue;  // Duplicate.
    if (i > 0 && distance <= 16) {
      blp = static_cast<uint16_t>(blp | (1u << (distance - 1)));
      continue;
    }
    if (i > 0) emit(pid, blp);
    pid = lost[i];
    blp = 0;
    ++items;
  }
  if (!lost.empty()) emit(pid, blp);
  return items;
}

}  // namespace

std::optional<Nack> Nack::Parse(const CommonHeader& header) {
  if (header.PacketType() != kRtpFeedbackType || header.CountOrFormat() != kNackFormat) {
    return std::nullopt;
  }
  const auto payload = header.Payload();
  if (payload.size() < kFeedbackHeaderSize + kItemSize) return std::nullopt;
  Nack nack;
  nack.sender_ssrc_ = util::ReadU32(payload.data());
  nack.media_ssrc_ = util::ReadU32(payload.data() + 4);
  const size_t fci_size = payload.size() - kFeedbackHeaderSize;
  nack.items_ = payload.subspan(kFeedbackHeaderSize, fci_size - fci_size % kItemSize);
  return nack;
}

std::vector<uint16_t> Nack::LostSequenceNumbers() const {
  std::vector<uint16_t> lost;
  ForEachLost([&](uint16_t seq) { lost.push_back(seq); });
  return lost;
}

size_t Nack::Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint32_t media_ssrc,
                   std::span<const uint16_t> lost) {
  if (lost.empty()) return 0;
  const size_t items = Pack(lost, [](uint16_t, uint16_t) {});
  const size_t size = CommonHeader::kSize + kFeedbackHeaderSize + items * kItemSize;
  if (out.size() < size || !CommonHeader::Write(out, kNackFormat, kRtpFeedbackType, size)) return 0;
  uint8_t* p = out.data() + CommonHeader::kSize;
  util::WriteU32(p, sender_ssrc);
  util::WriteU32(p + 4, media_ssrc);
  p += kFeedbackHeaderSize;
  Pack(lost, [&](uint16_t pid, uint16_t blp) {
    util::WriteU16(p, pid);
    util::WriteU16(p + 2, blp);
    p += kItemSize;
  });
  return size;
}

}  // namespace vc::common::rtcp
