#include "tests/video/VideoReceiverPeer.hpp"

#include <array>
#include <sstream>

#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/Fir.hpp"
#include "common/rtcp/Nack.hpp"
#include "common/rtcp/Pli.hpp"
#include "common/rtcp/ReceiverReport.hpp"
#include "common/rtcp/Remb.hpp"
#include "common/rtp/RtpPacketView.hpp"

namespace vc::tests::video {
namespace {

mcu::webrtc::PeerConnectionConfig Controlling(mcu::webrtc::PeerConnectionConfig config) {
  config.ice.controlling = true;
  return config;
}

// The VP8 data after an RFC 7741 payload descriptor, and whether the packet starts a frame.
std::optional<std::span<const uint8_t>> Vp8Data(std::span<const uint8_t> payload, bool& frame_start) {
  if (payload.empty()) return std::nullopt;
  size_t at = 1;
  const uint8_t first = payload[0];
  frame_start = (first & 0x10) != 0 && (first & 0x07) == 0;
  if (first & 0x80) {
    if (payload.size() < 2) return std::nullopt;
    const uint8_t flags = payload[1];
    at = 2;
    if (flags & 0x80) {
      if (payload.size() <= at) return std::nullopt;
      at += (payload[at] & 0x80) ? 2 : 1;
    }
    if (flags & 0x40) ++at;
    if (flags & 0x30) ++at;
  }
  if (payload.size() <= at) return std::nullopt;
  return payload.subspan(at);
}

}  // namespace

constexpr uint32_t kSendSsrc = 0x51DE0001;
constexpr uint32_t kSendRtxSsrc = 0x51DE0002;
constexpr int kSendWidth = 320, kSendHeight = 240, kSendFps = 15;

VideoReceiverPeer::VideoReceiverPeer(const mcu::webrtc::PeerConnectionConfig& config, bool sends_video)
    : pc_(std::make_unique<mcu::webrtc::PeerConnection>(Controlling(config), *this)),
      sends_video_(sends_video) {
  if (!sends_video_) return;
  mcu::video::Vp8EncoderConfig encoder;
  encoder.width = kSendWidth;
  encoder.height = kSendHeight;
  encoder.fps = kSendFps;
  encoder.bitrate_bps = 300000;
  encoder_ = std::make_unique<mcu::video::Vp8Encoder>(encoder);
  // Small packets: several per frame, so that a 5% loss hits most frames' packets sometimes.
  packetizer_ = std::make_unique<mcu::video::Vp8Packetizer>(250, 1);
  mcu::room::VideoSendStream::Config stream;
  stream.payload_type = kOfferedVp8;
  stream.ssrc = kSendSsrc;
  stream.rtx_payload_type = kOfferedRtx;
  stream.rtx_ssrc = kSendRtxSsrc;
  stream.random_start = 4711;
  stream_ = std::make_unique<mcu::room::VideoSendStream>(stream);
}

VideoReceiverPeer::~VideoReceiverPeer() = default;

std::string VideoReceiverPeer::CreateOffer() {
  return AddVideoSection(pc_->CreateOffer(/*with_candidates=*/false), sends_video_);
}

std::string VideoReceiverPeer::AddVideoSection(const std::string& audio_offer, bool sends_video) {
  // The transport lines of the audio section serve the bundled video section too.
  std::istringstream lines(audio_offer);
  std::string line, session, audio, transport;
  bool in_media = false;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("m=", 0) == 0) in_media = true;
    if (!in_media) {
      if (line.rfind("a=group:BUNDLE", 0) == 0) line += " 1";
      session += line + "\r\n";
      continue;
    }
    audio += line + "\r\n";
    for (const char* key : {"c=", "a=ice-ufrag:", "a=ice-pwd:", "a=ice-options:", "a=fingerprint:",
                            "a=setup:"}) {
      if (line.rfind(key, 0) == 0) transport += line + "\r\n";
    }
  }
  std::string video = "m=video 9 UDP/TLS/RTP/SAVPF 96 97\r\n" + transport +
                      "a=mid:1\r\n" + (sends_video ? "a=sendrecv\r\n" : "a=recvonly\r\n") +
                      "a=rtcp-mux\r\n"
                      "a=rtpmap:96 VP8/90000\r\n"
                      "a=rtcp-fb:96 goog-remb\r\n"
                      "a=rtcp-fb:96 ccm fir\r\n"
                      "a=rtcp-fb:96 nack\r\n"
                      "a=rtcp-fb:96 nack pli\r\n"
                      "a=rtpmap:97 rtx/90000\r\n"
                      "a=fmtp:97 apt=96\r\n";
  if (sends_video) {
    video += "a=ssrc-group:FID " + std::to_string(kSendSsrc) + " " + std::to_string(kSendRtxSsrc) +
             "\r\na=ssrc:" + std::to_string(kSendSsrc) + " cname:vc-test\r\na=ssrc:" +
             std::to_string(kSendRtxSsrc) + " cname:vc-test\r\n";
  }
  return session + audio + video;
}

void VideoReceiverPeer::OnPeerConnectionLocalCandidate(mcu::webrtc::PeerConnection*,
                                                       const std::string& candidate) {
  if (sink_) sink_(candidate);
}

void VideoReceiverPeer::OnPeerConnectionRtp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) {
  auto view = common::rtp::RtpPacketView::Parse(data, len);
  if (view && view->PayloadType() == kOfferedRtx && view->PayloadSize() >= 2) {
    ++rtx_packets_;
    last_rtx_osn_ = static_cast<uint16_t>((view->Payload()[0] << 8) | view->Payload()[1]);
    return;
  }
  if (!view || view->PayloadType() != kOfferedVp8) return;
  mcu_ssrc_ = view->Ssrc();
  last_sequence_ = view->SequenceNumber();
  if (assembler_) {
    const auto now = Clock::now();
    assembler_->Insert(mcu::video::RtpVideoPacket{view->SequenceNumber(), view->Timestamp(),
                                                  view->Marker(), view->Payload(), now});
    while (auto frame = assembler_->PopFrame()) {
      if (auto picture = decoder_->Decode(*frame)) on_picture_(*picture, now);
    }
    // Decoding started mid-stream, or lost a reference: ask for a keyframe, as a browser does.
    if ((assembler_->waiting_for_keyframe() || assembler_->TakeKeyframeRequest(now)) &&
        now - last_pli_ > std::chrono::milliseconds(300)) {
      last_pli_ = now;
      SendPli();
    }
  }
  ++video_packets_;
  bool frame_start = false;
  auto vp8 = Vp8Data(view->Payload(), frame_start);
  if (!vp8 || !frame_start) return;
  ++frames_;
  const auto& d = *vp8;
  // RFC 6386 §9.1: P bit 0 = keyframe; then the start code and 14-bit width and height.
  if ((d[0] & 0x01) == 0 && d.size() >= 10 && d[3] == 0x9d && d[4] == 0x01 && d[5] == 0x2a) {
    ++keyframes_;
    keyframe_width_ = (d[6] | (d[7] << 8)) & 0x3FFF;
    keyframe_height_ = (d[8] | (d[9] << 8)) & 0x3FFF;
  }
}

bool VideoReceiverPeer::SendRemb(uint64_t bitrate_bps) {
  if (!mcu_ssrc_ || !pc_->connected()) return false;
  std::array<uint8_t, 128> out{};
  size_t used = common::rtcp::ReceiverReport::Write(out, own_ssrc_);
  const uint32_t ssrc = *mcu_ssrc_;
  used += common::rtcp::Remb::Write(std::span<uint8_t>(out).subspan(used), own_ssrc_, bitrate_bps,
                                    std::span<const uint32_t>(&ssrc, 1));
  return pc_->SendRtcp(out.data(), used);
}

bool VideoReceiverPeer::SendPli() {
  if (!mcu_ssrc_ || !pc_->connected()) return false;
  std::array<uint8_t, 64> out{};
  size_t used = common::rtcp::ReceiverReport::Write(out, own_ssrc_);
  used += common::rtcp::Pli::Write(std::span<uint8_t>(out).subspan(used), own_ssrc_, *mcu_ssrc_);
  return pc_->SendRtcp(out.data(), used);
}

void VideoReceiverPeer::DecodeComposite(PictureHandler on_picture) {
  on_picture_ = std::move(on_picture);
  assembler_ = std::make_unique<mcu::video::FrameAssembler>();
  decoder_ = std::make_unique<mcu::video::Vp8Decoder>();
}

bool VideoReceiverPeer::SendNack(uint16_t sequence) {
  if (!mcu_ssrc_ || !pc_->connected()) return false;
  std::array<uint8_t, 64> out{};
  size_t used = common::rtcp::ReceiverReport::Write(out, own_ssrc_);
  used += common::rtcp::Nack::Write(std::span<uint8_t>(out).subspan(used), own_ssrc_, *mcu_ssrc_,
                                    std::span<const uint16_t>(&sequence, 1));
  return pc_->SendRtcp(out.data(), used);
}

bool VideoReceiverPeer::SendFrame(uint8_t y, uint8_t u, uint8_t v) {
  if (!sends_video_ || !pc_->connected()) return false;
  auto picture = mcu::video::I420Frame::Create(kSendWidth, kSendHeight);
  picture->Fill(y, u, v);
  // A moving bar, so that every frame carries new data (a static picture encodes to nothing).
  // Noise in the lower half, new every frame: a camera-like frame of several packets, so that
  // loss hits frames the way it does on a real link.
  uint32_t state = static_cast<uint32_t>(frames_sent_ * 2654435761u + 1);
  for (int row = kSendHeight / 2; row < kSendHeight; ++row) {
    uint8_t* line = picture->data_y() + static_cast<ptrdiff_t>(row) * picture->stride_y();
    for (int x = 0; x < kSendWidth; ++x) {
      state = state * 1664525u + 1013904223u;
      line[x] = static_cast<uint8_t>(y - 20 + ((state >> 24) % 40));
    }
  }
  const uint32_t timestamp = static_cast<uint32_t>(frames_sent_ * (90000 / kSendFps));
  auto encoded = encoder_->Encode(*picture, timestamp, keyframe_wanted_);
  if (!encoded) return false;
  keyframe_wanted_ = false;
  auto frame = std::make_shared<mcu::room::PacketizedFrame>();
  frame->timestamp = timestamp;
  frame->keyframe = encoded->keyframe;
  for (auto& payload : packetizer_->Packetize(*encoded)) frame->payloads.push_back(std::move(payload.bytes));
  stream_->SendFrame(frame, Clock::now(), [this](const uint8_t* data, size_t len) {
    return pc_->SendRtp(data, len);
  });
  ++frames_sent_;
  return true;
}

void VideoReceiverPeer::OnPeerConnectionRtcp(mcu::webrtc::PeerConnection*, uint8_t* data, size_t len) {
  if (!stream_) return;
  common::rtcp::CompoundPacketReader reader(std::span<const uint8_t>(data, len));
  while (auto header = reader.Next()) {
    if (header->PacketType() == 205 && header->CountOrFormat() == 1) {
      if (auto nack = common::rtcp::Nack::Parse(*header)) {
        auto lost = nack->LostSequenceNumbers();
        nacks_received_ += lost.size();
        packets_resent_ += stream_->Retransmit(lost, Clock::now(), [this](const uint8_t* p, size_t n) {
          return pc_->SendRtp(p, n);
        });
      }
    } else if (header->PacketType() == 206 && (header->CountOrFormat() == 1 || header->CountOrFormat() == 4)) {
      ++keyframe_requests_;
      keyframe_wanted_ = true;
    }
  }
}

}  // namespace vc::tests::video
