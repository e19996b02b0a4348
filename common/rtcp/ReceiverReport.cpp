#include "common/rtcp/ReceiverReport.hpp"

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

std::optional<ReceiverReport> ReceiverReport::Parse(const CommonHeader& header) {
  if (header.PacketType() != kReceiverReportType) return std::nullopt;
  const auto payload = header.Payload();
  const size_t count = header.CountOrFormat();
  if (payload.size() < 4 + count * ReportBlock::kSize) return std::nullopt;

  ReceiverReport report;
  report.sender_ssrc_ = util::ReadU32(payload.data());
  report.blocks_ = ReportBlockList(payload.data() + 4, count);
  return report;
}

size_t ReceiverReport::Write(std::span<uint8_t> out, uint32_t sender_ssrc,
                             std::span<const ReportBlock> blocks) {
  if (blocks.size() > kMaxCount) return 0;
  const size_t size = CommonHeader::kSize + 4 + blocks.size() * ReportBlock::kSize;
  if (out.size() < size) return 0;
  CommonHeader::Write(out, static_cast<uint8_t>(blocks.size()), kReceiverReportType, size);
  uint8_t* p = out.data() + CommonHeader::kSize;
  util::WriteU32(p, sender_ssrc);
  p += 4;
  for (const auto& block : blocks) {
    block.Write(p);
    p += ReportBlock::kSize;
  }
  return size;
}

}  // namespace vc::common::rtcp
