#include "common/rtcp/TransportFeedback.hpp"

#include <cstring>

#include "common/rtcp/RtcpTypes.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::common::rtcp {

namespace {

constexpr size_t kFixedSize = 16;  // SSRCs, base, count, reference time, fb count.
constexpr size_t kMaxRunLength = 0x1FFF;
constexpr size_t kOneBitSymbols = 14;
constexpr size_t kTwoBitSymbols = 7;

// Status symbol for one packet: 0 lost, 1 small delta, 2 large delta, -1 unencodable delta.
int SymbolFor(const TransportPacketResult& packet, int32_t* ticks) {
  if (!packet.received) return 0;
  const int64_t us = packet.delta_us;
  const int64_t rounded = (us >= 0 ? us + TransportFeedback::kDeltaTickUs / 2
                                   : us - TransportFeedback::kDeltaTickUs / 2) /
                          TransportFeedback::kDeltaTickUs;
  if (rounded < INT16_MIN || rounded > INT16_MAX) return -1;
  *ticks = static_cast<int32_t>(rounded);
  return (rounded >= 0 && rounded <= 0xFF) ? 1 : 2;
}

// Greedy chunk encoding: long runs as run-length chunks, otherwise the densest status vector
// that can hold the next symbols. Calls emit(chunk) for each chunk; returns the chunk count.
template <typename Emit>
size_t EncodeChunks(std::span<const uint8_t> symbols, Emit&& emit) {
  size_t chunks = 0;
  size_t i = 0;
  const size_t n = symbols.size();
  while (i < n) {
    size_t run = 1;
    while (i + run < n && run < kMaxRunLength && symbols[i + run] == symbols[i]) ++run;
    uint16_t chunk = 0;
    if (run >= kOneBitSymbols || i + run == n) {
      chunk = static_cast<uint16_t>((symbols[i] << 13) | run);
      i += run;
    } else {
      bool one_bit = true;
      for (size_t k = i; k < n && k < i + kOneBitSymbols; ++k) one_bit &= symbols[k] < 2;
      if (one_bit) {
        chunk = 0x8000;
        for (size_t k = 0; k < kOneBitSymbols && i < n; ++k, ++i) {
          chunk = static_cast<uint16_t>(chunk | (symbols[i] << (13 - k)));
        }
      } else {
        chunk = 0xC000;
        for (size_t k = 0; k < kTwoBitSymbols && i < n; ++k, ++i) {
          chunk = static_cast<uint16_t>(chunk | (symbols[i] << (12 - 2 * k)));
        }
      }
    }
    emit(chunk);
    ++chunks;
  }
  return chunks;
}

}  // namespace

std::optional<TransportFeedback> TransportFeedback::Parse(const CommonHeader& header) {
  if (header.PacketType() != kRtpFeedbackType ||
      header.CountOrFormat() != kTransportFeedbackFormat) {
    return std::nullopt;
  }
  const auto payload = header.Payload();
  if (payload.size() < kFixedSize) return std::nullopt;
  const uint8_t* p = payload.data();
  TransportFeedback feedback;
  feedback.sender_ssrc_ = util::ReadU32(p);
  feedback.media_ssrc_ = util::ReadU32(p + 4);
  feedback.base_sequence_ = util::ReadU16(p + 8);
  feedback.status_count_ = util::ReadU16(p + 10);
  feedback.reference_time_ = util::ReadS24(p + 12);
  feedback.feedback_count_ = p[15];
  feedback.fci_ = payload.subspan(kFixedSize);
  size_t received = 0;
  if (!Walk(feedback.fci_, feedback.base_sequence_, feedback.status_count_,
            [&](const TransportPacketResult& r) { received += r.received ? 1 : 0; })) {
    return std::nullopt;
  }
  feedback.received_count_ = received;
  return feedback;
}

std::vector<TransportPacketResult> TransportFeedback::Packets() const {
  std::vector<TransportPacketResult> packets;
  packets.reserve(status_count_);
  ForEachPacket([&](const TransportPacketResult& r) { packets.push_back(r); });
  return packets;
}

size_t TransportFeedback::Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint32_t media_ssrc,
                                int32_t reference_time_64ms, uint8_t feedback_count,
                                std::span<const TransportPacketResult> packets) {
  if (packets.empty() || packets.size() > 0xFFFF) return 0;
  std::vector<uint8_t> symbols(packets.size());
  std::vector<int32_t> ticks(packets.size());
  size_t delta_bytes = 0;
  for (size_t i = 0; i < packets.size(); ++i) {
    const int symbol = SymbolFor(packets[i], &ticks[i]);
    if (symbol < 0) return 0;
    symbols[i] = static_cast<uint8_t>(symbol);
    delta_bytes += static_cast<size_t>(symbol);  // 0, 1 or 2 bytes, like the symbol value.
  }
  const size_t chunks = EncodeChunks(symbols, [](uint16_t) {});
  const size_t unpadded = CommonHeader::kSize + kFixedSize + 2 * chunks + delta_bytes;
  const size_t size = (unpadded + 3) & ~size_t{3};
  if (out.size() < size ||
      !CommonHeader::Write(out, kTransportFeedbackFormat, kRtpFeedbackType, size)) {
    return 0;
  }
  uint8_t* p = out.data() + CommonHeader::kSize;
  util::WriteU32(p, sender_ssrc);
  util::WriteU32(p + 4, media_ssrc);
  util::WriteU16(p + 8, packets[0].sequence_number);
  util::WriteU16(p + 10, static_cast<uint16_t>(packets.size()));
  util::WriteS24(p + 12, reference_time_64ms);
  p[15] = feedback_count;
  p += kFixedSize;
  EncodeChunks(symbols, [&](uint16_t chunk) {
    util::WriteU16(p, chunk);
    p += 2;
  });
  for (size_t i = 0; i < packets.size(); ++i) {
    if (symbols[i] == 1) {
      *p++ = static_cast<uint8_t>(ticks[i]);
    } else if (symbols[i] == 2) {
      util::WriteU16(p, static_cast<uint16_t>(static_cast<int16_t>(ticks[i])));
      p += 2;
    }
  }
  std::memset(p, 0, size - unpadded);
  return size;
}

}  // namespace vc::common::rtcp
