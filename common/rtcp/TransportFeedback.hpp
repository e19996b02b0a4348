#pragma once
// Transport-wide congestion control feedback, RTPFB PT=205 FMT=15
// (draft-holmer-rmcat-transport-wide-cc-extensions-01 section 3.1):
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|P|  FMT=15 |    PT=205     |           length              |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                     SSRC of packet sender                     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                      SSRC of media source                     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |      base sequence number     |      packet status count      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 reference time                | fb pkt. count |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |          packet chunk         |         packet chunk          |
// .                              ...                              .
// |         packet chunk          |  recv delta   |  recv delta   |
// .                              ...                              .
// |           recv delta          |  recv delta   | zero padding  |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Packet chunks (16 bits each):
//   run length     |0| S |     run length (13)     |  S repeated `run length` times
//   status vector  |1|0| 14 one-bit symbols       |  0 not received, 1 received (small delta)
//   status vector  |1|1| 7 two-bit symbols        |
// Two-bit status S: 00 not received, 01 received with a small delta (1 byte, unsigned),
// 10 received with a large or negative delta (2 bytes, signed), 11 reserved.
// Deltas are in 250 us ticks; the reference time is a signed 24-bit count of 64 ms.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "common/rtcp/CommonHeader.hpp"

namespace vc::common::rtcp {

struct TransportPacketResult {
  uint16_t sequence_number = 0;
  bool received = false;
  int64_t delta_us = 0;  // Arrival time minus the previous received packet's (or the reference).

  bool operator==(const TransportPacketResult&) const = default;
};

class TransportFeedback {
 public:
  static constexpr int64_t kDeltaTickUs = 250;
  static constexpr int64_t kReferenceTickUs = 64'000;

  // Walks every chunk and delta; nullopt if any of them lies past the packet or is reserved.
  static std::optional<TransportFeedback> Parse(const CommonHeader& header);

  // Builds feedback for `packets`, which must be consecutive sequence numbers starting at
  // packets[0].sequence_number. Deltas are rounded to 250 us. Returns the bytes written, or 0 if
  // `out` is too small, `packets` is empty or a delta does not fit in 16 signed bits of ticks.
  static size_t Write(std::span<uint8_t> out, uint32_t sender_ssrc, uint32_t media_ssrc,
                      int32_t reference_time_64ms, uint8_t feedback_count,
                      std::span<const TransportPacketResult> packets);

  uint32_t SenderSsrc() const { return sender_ssrc_; }
  uint32_t MediaSsrc() const { return media_ssrc_; }
  uint16_t BaseSequenceNumber() const { return base_sequence_; }
  uint16_t PacketStatusCount() const { return status_count_; }
  int32_t ReferenceTime() const { return reference_time_; }  // In 64 ms units.
  int64_t ReferenceTimeUs() const { return int64_t{reference_time_} * kReferenceTickUs; }
  uint8_t FeedbackCount() const { return feedback_count_; }
  size_t ReceivedCount() const { return received_count_; }

  // Calls visit(const TransportPacketResult&) for each of the PacketStatusCount() packets.
  template <typename Visitor>
  void ForEachPacket(Visitor&& visit) const {
    Walk(fci_, base_sequence_, status_count_, visit);
  }
  std::vector<TransportPacketResult> Packets() const;

 private:
  TransportFeedback() = default;

  template <typename Visitor>
  static bool Walk(std::span<const uint8_t> fci, uint16_t base, uint16_t count, Visitor&& visit);

  uint32_t sender_ssrc_ = 0;
  uint32_t media_ssrc_ = 0;
  uint16_t base_sequence_ = 0;
  uint16_t status_count_ = 0;
  int32_t reference_time_ = 0;
  uint8_t feedback_count_ = 0;
  size_t received_count_ = 0;
  std::span<const uint8_t> fci_;  // Chunks and deltas.
};

// Chunk decoding, shared by Parse and ForEachPacket.
namespace transport_feedback_detail {

inline size_t SymbolCount(uint16_t chunk) {
  if ((chunk & 0x8000) == 0) return chunk & 0x1FFF;  // Run length.
  return (chunk & 0x4000) ? 7 : 14;
}

inline uint8_t Symbol(uint16_t chunk, size_t index) {
  if ((chunk & 0x8000) == 0) return (chunk >> 13) & 0x3;
  if ((chunk & 0x4000) == 0) return (chunk >> (13 - index)) & 0x1;
  return (chunk >> (12 - 2 * index)) & 0x3;
}

}  // namespace transport_feedback_detail

template <typename Visitor>
bool TransportFeedback::Walk(std::span<const uint8_t> fci, uint16_t base, uint16_t count,
                             Visitor&& visit) {
  using namespace transport_feedback_detail;
  // Deltas start right after the last chunk, so find that end first.
  size_t delta_at = 0;
  for (size_t covered = 0; covered < count;) {
    if (delta_at + 2 > fci.size()) return false;
    covered += SymbolCount(static_cast<uint16_t>((fci[delta_at] << 8) | fci[delta_at + 1]));
    delta_at += 2;
  }
  size_t chunk_at = 0;
  size_t n = 0;
  while (n < count) {
    const auto chunk = static_cast<uint16_t>((fci[chunk_at] << 8) | fci[chunk_at + 1]);
    chunk_at += 2;
    const size_t symbols = SymbolCount(chunk);
    for (size_t i = 0; i < symbols && n < count; ++i, ++n) {
      TransportPacketResult result;
      result.sequence_number = static_cast<uint16_t>(base + n);
      switch (Symbol(chunk, i)) {
        case 0:
          break;
        case 1:
          if (delta_at + 1 > fci.size()) return false;
          result.received = true;
          result.delta_us = int64_t{fci[delta_at]} * kDeltaTickUs;
          delta_at += 1;
          break;
        case 2:
          if (delta_at + 2 > fci.size()) return false;
          result.received = true;
          result.delta_us =
              int64_t{static_cast<int16_t>((fci[delta_at] << 8) | fci[delta_at + 1])} *
              kDeltaTickUs;
          delta_at += 2;
          break;
        default:
          return false;  // Reserved symbol.
      }
      visit(result);
    }
  }
  return true;
}

}  // namespace vc::common::rtcp
