#include "tests/benchmarks/video_load/VideoParticipant.hpp"

#include <glib.h>

#include "common/rtp/RtpPacketView.hpp"

namespace vc::tests::video_load {
namespace {

constexpr size_t kRtpHeader = 12;
constexpr size_t kMaxPayload = 1200;
constexpr uint8_t kRtcpPsfb = 206;
constexpr uint8_t kFmtPli = 1, kFmtFir = 4;

void PutU16(uint8_t* at, uint16_t value) {
  at[0] = static_cast<uint8_t>(value >> 8);
  at[1] = static_cast<uint8_t>(value);
}

void PutU32(uint8_t* at, uint32_t value) {
  PutU16(at, static_cast<uint16_t>(value >> 16));
  PutU16(at + 2, static_cast<uint16_t>(value));
}

const mcu::negotiation::NegotiatedMedia* VideoMedia(const mcu::webrtc::PeerConnection& pc) {
  const auto* negotiation = pc.negotiation();
  if (negotiation == nullptr) return nullptr;
  for (const auto& media : negotiation->media) {
    if (media.kind == mcu::negotiation::MediaKind::kVideo) return &media;
  }
  return nullptr;
}

}  // namespace

VideoParticipant::VideoParticipant(const mcu::webrtc::PeerConnectionConfig& config, Role role,
                                   CodeHandler on_code, TileFunction tiles)
    : role_(role),
      on_code_(std::move(on_code)),
      tiles_(std::move(tiles)),
      pc_(std::make_unique<mcu::webrtc::PeerConnection>(config, *this)),
      packetizer_(kMaxPayload, static_cast<uint16_t>(g_random_int() & 0x7FFF)),
      sequence_(static_cast<uint16_t>(g_random_int())),
      packet_(kRtpHeader + kMaxPayload) {
  if (role_.probe) {
    assembler_ = std::make_unique<mcu::video::FrameAssembler>();
    decoder_ = std::make_unique<mcu::video::Vp8Decoder>();
  }
}

VideoParticipant::~VideoParticipant() {
  signaler_.reset();  // before the connection it drives
  pc_.reset();
}

std::string VideoParticipant::failure() const {
  if (!failure_.empty()) return failure_;
  return signaler_ ? signaler_->Error() : std::string();
}

std::optional<int> VideoParticipant::SendNextFrame(uint32_t rtp_timestamp) {
  if (role_.clip == nullptr || !connected() || failed()) return std::nullopt;
  const auto* media = VideoMedia(*pc_);
  if (media == nullptr) return std::nullopt;
  const int index = next_index_;
  next_index_ = (next_index_ + 1) % SenderClip::kFrames;
  for (const auto& payload : packetizer_.Packetize(role_.clip->Frame(index))) {
    uint8_t* p = packet_.data();
    p[0] = 0x80;
    p[1] = static_cast<uint8_t>((payload.marker ? 0x80 : 0) | (media->payload_type & 0x7F));
    PutU16(p + 2, sequence_++);
    PutU32(p + 4, rtp_timestamp);
    PutU32(p + 8, media->local_ssrc);
    std::copy(payload.bytes.begin(), payload.bytes.end(), p + kRtpHeader);
    pc_->SendRtp(p, kRtpHeader + payload.bytes.size());
  }
  ++counters_.frames_sent;
  return index;
}

void VideoParticipant::Poll(Clock::time_point now) {
  if (assembler_ && connected() && assembler_->TakeKeyframeRequest(now)) SendPli();
}

void VideoParticipant::SendPli() {
  const auto* media = VideoMedia(*pc_);
  if (media == nullptr || !remote_ssrc_) return;
  uint8_t pli[12];
  pli[0] = 0x80 | kFmtPli;
  pli[1] = kRtcpPsfb;
  PutU16(pli + 2, 2);
  PutU32(pli + 4, media->local_ssrc);
  PutU32(pli + 8, *remote_ssrc_);
  pc_->SendRtcp(pli, sizeof(pli));
}

void VideoParticipant::OnPeerConnectionLocalCandidate(mcu::webrtc::PeerConnection*,
                                                      const std::string& candidate) {
  if (signaler_) signaler_->OnLocalCandidate(candidate);
}

void VideoParticipant::OnPeerConnectionConnected(mcu::webrtc::PeerConnection*) {
  connected_at_ = Clock::now();
}

void VideoParticipant::OnPeerConnectionFailed(mcu::webrtc::PeerConnection*, const std::string& reason) {
  failure_ = reason;
}

void VideoParticipant::OnPeerConnectionRtp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) {
  if (!role_.receives) return;
  const auto view = common::rtp::RtpPacketView::Parse(data, len);
  if (!view) return;
  const auto* media = VideoMedia(*pc_);
  if (media == nullptr || view->PayloadType() != media->payload_type) return;  // RTX: not counted
  remote_ssrc_ = view->Ssrc();
  ++counters_.packets;
  counters_.bytes += len;
  if (view->Marker() && last_timestamp_ != view->Timestamp()) {
    ++counters_.frames;
    last_timestamp_ = view->Timestamp();
  }
  if (!assembler_) return;
  const auto now = Clock::now();
  assembler_->Insert(mcu::video::RtpVideoPacket{view->SequenceNumber(), view->Timestamp(),
                                                view->Marker(), view->Payload(), now});
  while (auto frame = assembler_->PopFrame()) Decode(*frame);
}

void VideoParticipant::Decode(const mcu::video::EncodedFrame& frame) {
  const auto picture = decoder_->Decode(frame);
  if (!picture) {
    ++counters_.decode_errors;
    assembler_->RequestKeyframe();
    return;
  }
  ++counters_.decoded;
  const auto when = Clock::now();
  for (const auto& tile : tiles_(picture->width(), picture->height())) {
    if (auto value = FrameCode::Read(*picture, tile)) on_code_(*value, when);
  }
}

void VideoParticipant::OnPeerConnectionRtcp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) {
  // Compound packet: walk it for PLI / FIR (a sender restarts its clip at the keyframe).
  size_t offset = 0;
  while (offset + 4 <= len) {
    const uint8_t fmt = data[offset] & 0x1F;
    const uint8_t type = data[offset + 1];
    const size_t size = (static_cast<size_t>(data[offset + 2] << 8 | data[offset + 3]) + 1) * 4;
    if (offset + size > len) break;
    if (type == kRtcpPsfb && (fmt == kFmtPli || fmt == kFmtFir) && role_.clip != nullptr) {
      ++counters_.keyframe_requests;
      next_index_ = 0;
    }
    offset += size;
  }
}

}  // namespace vc::tests::video_load
