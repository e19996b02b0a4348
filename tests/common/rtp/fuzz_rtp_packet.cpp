// libFuzzer target: every RTP entry point on arbitrary bytes, including the in-place rewrites.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/rtp/AbsSendTimeExtension.hpp"
#include "common/rtp/AudioLevelExtension.hpp"
#include "common/rtp/MutableRtpPacketView.hpp"
#include "common/rtp/PacketClassifier.hpp"
#include "common/rtp/RtpPacketView.hpp"
#include "common/rtp/TransportSequenceNumberExtension.hpp"

using namespace vc::common::rtp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  volatile uint64_t sink = 0;
  sink = sink + static_cast<uint64_t>(PacketClassifier::Classify(data, size));
  sink = sink + PacketClassifier::LooksLikeRtcp(data, size);

  const auto packet = RtpPacketView::Parse(data, size);
  if (!packet) return 0;
  sink = sink + packet->PayloadType() + packet->Marker() + packet->SequenceNumber() +
         packet->Timestamp() + packet->Ssrc() + packet->HeaderSize() + packet->PaddingSize();
  for (size_t i = 0; i <= packet->CsrcCount(); ++i) sink = sink + packet->Csrc(i);
  for (uint8_t byte : packet->Payload()) sink = sink + byte;
  for (unsigned id = 0; id < 256; ++id) {
    const auto value = packet->Extension(static_cast<uint8_t>(id));
    if (!value) continue;
    for (uint8_t byte : *value) sink = sink + byte;
    if (auto level = AudioLevelExtension::Parse(*value)) sink = sink + level->level_dbov;
    if (auto seq = TransportSequenceNumberExtension::Parse(*value)) sink = sink + *seq;
    if (auto abs = AbsSendTimeExtension::Parse(*value)) {
      sink = sink + AbsSendTimeExtension::ToMicroseconds(*abs);
    }
  }

  std::vector<uint8_t> copy(data, data + size);
  auto mutable_packet = MutableRtpPacketView::Parse(copy);
  if (!mutable_packet) __builtin_trap();  // Must agree with the const view.
  mutable_packet->SetSsrc(1);
  mutable_packet->SetSequenceNumber(2);
  mutable_packet->SetTimestamp(3);
  mutable_packet->SetPayloadType(4);
  mutable_packet->SetMarker(true);
  for (unsigned id = 1; id < 256; ++id) {
    auto value = mutable_packet->MutableExtension(static_cast<uint8_t>(id));
    if (value && !value->empty()) (*value)[0] = 0;
  }
  if (!RtpPacketView::Parse(copy)) __builtin_trap();  // Rewrites keep the packet well formed.
  return 0;
}
