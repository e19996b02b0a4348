#include "common/rtcp/SenderReport.hpp"

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

using namespace util;

std::optional<SenderReport> SenderReport::Parse(const CommonHeader& header) {
  if (header.PacketType() != kSenderReportType) return std::nullopt;
  const auto payload = header.Payload();
  const size_t count = header.CountOrFormat();
  if (payload.size() < kSenderInfoSize + count * ReportBlock::kSize) return std::nullopt;

  SenderReport report;
  const uint8_t* p = payload.data();
  report.info_.sender_ssrc = ReadU32(p);
  report.info_.ntp_timestamp = ReadU64(p + 4);
  report.info_.rtp_timestamp = ReadU32(p + 12);
  report.info_.packet_count = ReadU32(p + 16);
  report.info_.octet_count = ReadU32(p + 20);
  report.blocks_ = ReportBlockList(p + kSenderInfoSize, count);
  return report;
}

size_t SenderReport::Write(std::span<uint8_t> out, const SenderInfo& info,
                           std::span<const ReportBlock> blocks) {
  if (blocks.size() > kMaxCount) return 0;
  const size_t size = CommonHeader::kSize + kSenderInfoSize + blocks.size() * ReportBlock::kSize;
  if (out.size() < size) return 0;
  CommonHeader::Write(out, static_cast<uint8_t>(blocks.size()), kSenderReportType, size);
  uint8_t* p = out.data() + CommonHeader::kSize;
  WriteU32(p, info.sender_ssrc);
  WriteU64(p + 4, info.ntp_timestamp);
  WriteU32(p + 12, info.rtp_timestamp);
  WriteU32(p + 16, info.packet_count);
  WriteU32(p + 20, info.octet_count);
  p += kSenderInfoSize;
  for (const auto& block : blocks) {
    block.Write(p);
    p += ReportBlock::kSize;
  }
  return size;
}

uint64_t NtpTimestamp(std::chrono::system_clock::time_point wall) {
  constexpr uint64_t kNtpUnixOffset = 2208988800ULL;  // 1900-01-01 to 1970-01-01 in seconds
  const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(wall.time_since_epoch()).count();
  const uint64_t seconds = static_cast<uint64_t>(ns / 1000000000) + kNtpUnixOffset;
  const uint64_t fraction = (static_cast<uint64_t>(ns % 1000000000) << 32) / 1000000000ULL;
  return (seconds << 32) | fraction;
}

}  // namespace vc::common::rtcp
