#include "tests/load/LoadParticipant.hpp"

#include <glib.h>

#include "common/rtp/RtpPacketView.hpp"

namespace vc::tests::load {
namespace {

constexpr size_t kRtpHeader = 12;
constexpr size_t kLevelExtension = 8;  // 0xBEDE, length 1, one element of 1 byte, padding
constexpr uint32_t kTimestampStep = OpusClip::kFrameSamples;
constexpr uint64_t kSequenceBase = uint64_t{1} << 32;  // room below for early reordering

void PutU16(uint8_t* at, uint16_t value) {
  at[0] = static_cast<uint8_t>(value >> 8);
  at[1] = static_cast<uint8_t>(value);
}

void PutU32(uint8_t* at, uint32_t value) {
  PutU16(at, static_cast<uint16_t>(value >> 16));
  PutU16(at + 2, static_cast<uint16_t>(value));
}

}  // namespace

LoadParticipant::LoadParticipant(const mcu::webrtc::PeerConnectionConfig& config, Role role,
                                 MarkerHandler on_marker)
    : role_(role),
      on_marker_(std::move(on_marker)),
      pc_(std::make_unique<mcu::webrtc::PeerConnection>(config, *this)),
      sequence_(static_cast<uint16_t>(g_random_int())),
      timestamp_base_(g_random_int()),
      packet_(1500) {
  if (role_.probe) decoder_ = std::make_unique<ProbeDecoder>();
}

LoadParticipant::~LoadParticipant() {
  signaler_.reset();  // before the connection it drives
  pc_.reset();
}

std::string LoadParticipant::failure() const {
  if (!failure_.empty()) return failure_;
  return signaler_ ? signaler_->Error() : std::string();
}

bool LoadParticipant::SendFrame(uint64_t index) {
  if (!connected() || failed()) return false;
  const auto* negotiation = pc_->negotiation();
  if (negotiation == nullptr || negotiation->media.empty()) return false;
  const auto& media = negotiation->media.front();
  const EncodedFrame& frame = role_.clip->Frame(index);
  const bool with_level = media.audio_level_ext_id.has_value();
  const size_t header = kRtpHeader + (with_level ? kLevelExtension : 0);
  if (header + frame.opus.size() > packet_.size()) return false;

  uint8_t* p = packet_.data();
  p[0] = with_level ? 0x90 : 0x80;  // V=2, X when the level goes along
  p[1] = media.payload_type & 0x7F;
  PutU16(p + 2, sequence_++);
  PutU32(p + 4, timestamp_base_ + static_cast<uint32_t>(index) * kTimestampStep);
  PutU32(p + 8, media.local_ssrc);
  if (with_level) {
    PutU16(p + 12, 0xBEDE);
    PutU16(p + 14, 1);
    p[16] = static_cast<uint8_t>(*media.audio_level_ext_id << 4);  // length 1 byte -> 0
    p[17] = static_cast<uint8_t>((frame.voice ? 0x80 : 0) | (frame.level_dbov & 0x7F));
    p[18] = 0;
    p[19] = 0;
  }
  std::copy(frame.opus.begin(), frame.opus.end(), p + header);
  return pc_->SendRtp(p, header + frame.opus.size());
}

ReceiveCounters LoadParticipant::counters() const {
  ReceiveCounters out;
  out.packets = packets_;
  if (first_extended_) out.expected = *highest_extended_ - *first_extended_ + 1;
  if (decoder_) {
    out.frames = decoder_->frames();
    out.concealed = decoder_->concealed_frames();
    out.silent_frames = decoder_->silent_frames();
    out.silence_gaps = decoder_->silence_gaps();
  }
  return out;
}

void LoadParticipant::OnPeerConnectionLocalCandidate(mcu::webrtc::PeerConnection*,
                                                     const std::string& candidate) {
  if (signaler_) signaler_->OnLocalCandidate(candidate);
}

void LoadParticipant::OnPeerConnectionConnected(mcu::webrtc::PeerConnection*) {
  connected_at_ = Clock::now();
}

void LoadParticipant::OnPeerConnectionFailed(mcu::webrtc::PeerConnection*,
                                             const std::string& reason) {
  failure_ = reason;
}

void LoadParticipant::OnPeerConnectionRtp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) {
  const auto view = common::rtp::RtpPacketView::Parse(data, len);
  if (!view) return;
  const uint16_t sequence = view->SequenceNumber();
  uint64_t extended = kSequenceBase + sequence;
  unsigned lost_before = 0;
  if (highest_extended_) {
    const auto delta = static_cast<int16_t>(sequence - static_cast<uint16_t>(*highest_extended_));
    extended = *highest_extended_ + delta;
    if (delta > 1) lost_before = static_cast<unsigned>(delta - 1);
    if (delta <= 0) return;  // duplicate or late: not counted, not decoded
  } else {
    first_extended_ = extended;
  }
  highest_extended_ = extended;
  ++packets_;
  if (decoder_ && decoder_->Decode(view->Payload(), lost_before) && on_marker_) {
    on_marker_(Clock::now());
  }
}

}  // namespace vc::tests::load
