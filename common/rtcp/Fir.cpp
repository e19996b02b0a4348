#include "common/rtcp/Fir.hpp"

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

namespace {
constexpr size_t kFeedbackHeaderSize = 8;
}  // namespace

std::optional<Fir> Fir::Parse(const CommonHeader& header) {
  if (header.PacketType() != kPsFeedbackType || header.CountOrFormat() != kFirFormat) {
    return std::nullopt;
  }
  const auto payload = header.Payload();
  if (payload.size() < kFeedbackHeaderSize + kEntrySize) return std::nullopt;
  // The media SSRC field should be 0 but some senders fill it; it carries nothing we need.
  Fir fir;
  fir.sender_ssrc_ = util::ReadU32(payload.data());
  const size_t fci_size = payload.size() - kFeedbackHeaderSize;
  fir.entries_ = payload.subspan(kFeedbackHeaderSize, fci_size - fci_size % kEntrySize);
  return fir;
}

FirEntry Fir::Entry(size_t index) const {
  if (index >= EntryCount()) return {};
  const uint8_t* p = entries_.data() + index * kEntrySize;
  return FirEntry{util::ReadU32(p), p[4]};
}

size_t Fir::Write(std::span<uint8_t> out, uint32_t sender_ssrc, std::span<const FirEntry> entries) {
  if (entries.empty()) return 0;
  const size_t size = CommonHeader::kSize + kFeedbackHeaderSize + entries.size() * kEntrySize;
  if (out.size() < size || !CommonHeader::Write(out, kFirFormat, kPsFeedbackType, size)) return 0;
  uint8_t* p = out.data() + CommonHeader::kSize;
  util::WriteU32(p, sender_ssrc);
  util::WriteU32(p + 4, 0);
  p += kFeedbackHeaderSize;
  for (const auto& entry : entries) {
    util::WriteU32(p, entry.ssrc);
    p[4] = entry.sequence_number;
    util::WriteU24(p + 5, 0);
    p += kEntrySize;
  }
  return size;
}

}  // namespace vc::common::rtcp
