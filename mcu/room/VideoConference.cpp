#include "mcu/room/VideoConference.hpp"

#include <algorithm>

#include "common/log/Log.hpp"
#include "mcu/room/Participant.hpp"

namespace vc::mcu::room {
namespace {
constexpr std::string_view kLog = "video";
constexpr std::chrono::seconds kMetricsInterval{1};
constexpr size_t kMaxPayload = 1200;

std::string TierLabel(int tier) { return std::to_string(tier); }
}  // namespace

VideoConference::VideoConference(GMainContext* context, metrics::McuMetrics& metrics,
                                 std::string room, video::VideoMixerConfig config, NowFunction now)
    : metrics_(metrics),
      room_(std::move(room)),
      now_(std::move(now)),
      config_(config),
      alive_(std::make_shared<Alive>(Alive{this, context})),
      timer_(context) {
  for (int tier = 0; tier < config_.tiers.size(); ++tier) {
    packetizers_.push_back(std::make_unique<video::Vp8Packetizer>(
        kMaxPayload, static_cast<uint16_t>(random_() & 0x7FFF)));
  }
  tier_in_use_.assign(static_cast<size_t>(config_.tiers.size()), false);
  mixer_ = std::make_unique<video::VideoMixer>(config_, *this);
  content_ = std::make_unique<ContentShares>(
      *mixer_,
      [](Participant& participant, const uint8_t* data, size_t len) {
        return participant.connection().SendRtcp(data, len);
      },
      [this] { ApplyLayout(); });
  reported_ = mixer_->Stats();
}

VideoConference::~VideoConference() {
  timer_.Cancel();
  content_.reset();
  mixer_.reset();  // no mixer callback after this
  alive_->self = nullptr;
  for (const auto& [participant, _] : members_) {
    metrics_.video_frames_decoded_total.Remove({room_, participant->id()});
  }
  members_.clear();
  metrics_.video_frames_composed_total.Remove({room_});
  metrics_.video_nacks_served_total.Remove({room_});
  metrics_.video_nacks_sent_total.Remove({room_});
  metrics_.video_plis_received_total.Remove({room_});
  for (int tier = 0; tier < config_.tiers.size(); ++tier) {
    metrics_.video_encodes_total.Remove({room_, TierLabel(tier)});
    metrics_.video_keyframes_total.Remove({room_, TierLabel(tier)});
    metrics_.video_receivers.Remove({room_, TierLabel(tier)});
  }
}

void VideoConference::Add(Participant& participant) {
  Member member;
  member.participant = &participant;
  member.source = next_source_++;
  mixer_->AddSource(member.source, participant.name());
  members_.emplace(&participant, std::move(member));
  if (!timer_.pending()) {
    const auto now = now_();
    next_sender_reports_ = now + kSenderReportInterval;
    next_metrics_ = now + kMetricsInterval;
    next_tier_update_ = now + kTierUpdateInterval;
    timer_.StartOnce(static_cast<unsigned>(kFeedbackInterval.count()), [this] { OnFeedbackTimer(); });
  }
}

void VideoConference::Remove(Participant& participant) {
  auto it = members_.find(&participant);
  if (it == members_.end()) return;
  mixer_->RemoveSource(it->second.source);
  if (presenter_ == &participant) presenter_ = nullptr;
  content_->Remove(participant);  // re-applies the layout when it was sharing
  metrics_.video_frames_decoded_total.Remove({room_, participant.id()});
  members_.erase(it);
  UpdateTiersInUse();
  if (members_.empty()) timer_.Cancel();
}

VideoConference::Member* VideoConference::Find(const Participant& participant) {
  auto it = members_.find(&participant);
  return it != members_.end() ? &it->second : nullptr;
}

VideoConference::Member* VideoConference::FindSource(video::SourceId source) {
  for (auto& [_, member] : members_) {
    if (member.source == source) return &member;
  }
  return nullptr;
}

VideoLeg* VideoConference::LegOf(Member& member) {
  if (member.leg) return &*member.leg;
  const auto* negotiation = member.participant->connection().negotiation();
  if (negotiation == nullptr) return nullptr;
  member.leg = VideoLeg::FromNegotiation(*negotiation);
  if (!member.leg) return nullptr;
  if (member.leg->sends()) member.assembler = std::make_unique<video::FrameAssembler>();
  content_->Negotiated(*member.participant, *negotiation);
  if (member.leg->receives()) {
    VideoSendStream::Config stream;
    stream.payload_type = member.leg->payload_type();
    stream.ssrc = member.leg->local_ssrc();
    stream.rtx_payload_type = member.leg->rtx_payload_type();
    stream.rtx_ssrc = member.leg->local_rtx_ssrc();
    stream.cname = member.leg->cname();
    stream.random_start = static_cast<uint32_t>(random_());
    member.stream = std::make_unique<VideoSendStream>(stream);
    member.selector = std::make_unique<video::TierSelector>(config_.tiers, 0);
    member.wanted_tier = 0;
    UpdateTiersInUse();
    mixer_->RequestKeyframe(member.wanted_tier);  // a new receiver starts at a keyframe
    member.last_keyframe_ask = now_();
  }
  return &*member.leg;
}

void VideoConference::OnRtp(Participant& participant, const uint8_t* data, size_t len) {
  Member* member = Find(participant);
  if (member == nullptr) return;
  VideoLeg* leg = LegOf(*member);
  if (leg == nullptr) return;
  const std::span<const uint8_t> rtp(data, len);
  const auto now = now_();
  auto incoming = member->assembler ? leg->ParseIncoming(rtp) : std::nullopt;
  if (!incoming) {
    content_->OnRtp(participant, rtp, now);
    return;
  }
  member->assembler->Insert(
      video::RtpVideoPacket{incoming->sequence, incoming->timestamp, incoming->marker,
                            incoming->payload, now});
  while (auto frame = member->assembler->PopFrame()) {
    mixer_->PushFrame(member->source, std::move(*frame));
  }
  // A keyframe wanted after this packet (a hole given up, an overflow) goes out at once.
  if (member->assembler->TakeKeyframeRequest(now)) AskSenderForKeyframe(*member, now, true);
}

void VideoConference::OnRtcp(Participant& participant, const uint8_t* data, size_t len) {
  Member* member = Find(participant);
  if (member == nullptr) return;
  VideoLeg* leg = LegOf(*member);
  if (leg == nullptr || !member->stream) return;
  auto feedback = leg->ParseFeedback(std::span<const uint8_t>(data, len));
  if (feedback.Empty()) return;
  const auto now = now_();
  if (!feedback.nacked.empty()) {
    size_t resent = member->stream->Retransmit(
        feedback.nacked, now, [&](const uint8_t* packet, size_t size) {
          return participant.connection().SendRtp(packet, size);
        });
    member->nacks_served += resent;
    nacks_served_ += resent;
  }
  if (feedback.keyframe_request) {
    ++member->keyframe_requests;
    metrics_.video_plis_received_total.WithLabels({room_}).Inc();
    // The receiver decodes what it gets now; while switching, the new tier's keyframe serves.
    mixer_->RequestKeyframe(member->stream->tier().value_or(member->wanted_tier));
  }
  if (feedback.remb_bps) member->remb_bps = feedback.remb_bps;
  if (feedback.loss) member->loss = *feedback.loss;
  if (feedback.remb_bps || feedback.loss) UpdateTier(*member, now);
}

void VideoConference::UpdateTier(Member& member, Clock::time_point now) {
  if (!member.selector) return;
  // No estimate yet (a receiver without REMB): nothing limits it but loss.
  const long long estimate = member.remb_bps ? static_cast<long long>(*member.remb_bps)
                                             : 2LL * config_.tiers.at(0).bitrate_bps;
  const int tier = member.selector->Update(now, estimate, member.loss);
  if (tier == member.wanted_tier) return;
  common::log::Info(kLog, "room ", room_, ": ", member.participant->id(), " moves to tier ", tier,
                    " (estimate ", estimate / 1000, " kb/s, loss ", member.loss, ")");
  member.wanted_tier = tier;
  UpdateTiersInUse();
  mixer_->RequestKeyframe(tier);
  member.last_keyframe_ask = now;
}

void VideoConference::UpdateTiersInUse() {
  std::vector<int64_t> receivers(tier_in_use_.size(), 0);
  std::vector<bool> in_use(tier_in_use_.size(), false);
  if (recording_sink_ != nullptr) in_use[kRecordedTier] = true;
  for (const auto& [_, member] : members_) {
    if (!member.stream) continue;
    in_use[static_cast<size_t>(member.wanted_tier)] = true;
    if (auto tier = member.stream->tier()) {
      in_use[static_cast<size_t>(*tier)] = true;
      ++receivers[static_cast<size_t>(*tier)];
    }
  }
  for (size_t tier = 0; tier < in_use.size(); ++tier) {
    if (in_use[tier] != tier_in_use_[tier]) mixer_->SetTierInUse(static_cast<int>(tier), in_use[tier]);
    metrics_.video_receivers.WithLabels({room_, TierLabel(static_cast<int>(tier))})
        .Set(receivers[tier]);
  }
  tier_in_use_ = in_use;
}

void VideoConference::OnVideoMixerFrame(int tier, std::shared_ptr<const video::EncodedFrame> frame) {
  if (!frame || tier < 0 || static_cast<size_t>(tier) >= packetizers_.size()) return;
  if (tier == kRecordedTier && recording_.load(std::memory_order_relaxed)) {
    Post([frame](VideoConference& self) {
      if (self.recording_sink_ != nullptr) self.recording_sink_->OnVideoConferenceRecordedFrame(frame);
    });
  }
  // Packetized once per tier, here on the mixer's thread (one tick at a time), off the media thread.
  auto packetized = std::make_shared<PacketizedFrame>();
  packetized->tier = tier;
  packetized->timestamp = frame->rtp_timestamp;
  packetized->keyframe = frame->keyframe;
  packetized->capture = frame->capture;
  for (auto& payload : packetizers_[static_cast<size_t>(tier)]->Packetize(*frame)) {
    packetized->payloads.push_back(std::move(payload.bytes));
  }
  if (packetized->payloads.empty()) return;
  std::shared_ptr<const PacketizedFrame> shared = std::move(packetized);
  Post([shared](VideoConference& self) { self.DeliverFrame(shared); });
}

void VideoConference::OnVideoMixerKeyframeNeeded(video::SourceId source) {
  Post([source](VideoConference& self) {
    if (Member* member = self.FindSource(source); member != nullptr && member->assembler) {
      member->assembler->RequestKeyframe();
      self.AskSenderForKeyframe(*member, self.now_(), false);
    }
    self.content_->OnKeyframeNeeded(source);
  });
}

void VideoConference::Post(std::function<void(VideoConference&)> fn) {
  struct Call {
    std::shared_ptr<Alive> alive;
    std::function<void(VideoConference&)> fn;
  };
  auto* call = new Call{alive_, std::move(fn)};  // owned by GLib until the destroy notify
  g_main_context_invoke_full(
      alive_->context, G_PRIORITY_DEFAULT,
      [](gpointer data) -> gboolean {
        auto* c = static_cast<Call*>(data);
        if (c->alive->self != nullptr) c->fn(*c->alive->self);
        return G_SOURCE_REMOVE;
      },
      call, [](gpointer data) { delete static_cast<Call*>(data); });
}

void VideoConference::DeliverFrame(const std::shared_ptr<const PacketizedFrame>& frame) {
  const auto now = now_();
  bool tiers_changed = false;
  for (auto& [participant, member] : members_) {
    if (!member.stream || !participant->connection().connected()) continue;
    const auto current = member.stream->tier();
    if (frame->tier != current) {
      // Switch (or start) only at the wanted tier's keyframe: the decoder needs one.
      if (frame->tier != member.wanted_tier || !frame->keyframe) continue;
      tiers_changed = true;
    }
    Participant* receiver = member.participant;
    member.stream->SendFrame(frame, now, [receiver](const uint8_t* packet, size_t size) {
      return receiver->connection().SendRtp(packet, size);
    });
  }
  if (tiers_changed) UpdateTiersInUse();
}

void VideoConference::AskSenderForKeyframe(Member& member, Clock::time_point now, bool forced) {
  // The assembler already paces its own requests; decoder errors come on top, so keep 300 ms.
  if (!forced && now - member.last_sender_keyframe_request < std::chrono::milliseconds(300)) return;
  if (!member.leg) return;
  size_t len = member.leg->WriteKeyframeRequest(rtcp_);
  if (len != 0 && SendRtcp(member, len)) member.last_sender_keyframe_request = now;
}

bool VideoConference::SendRtcp(Member& member, size_t len) {
  return member.participant->connection().SendRtcp(rtcp_.data(), len);
}

void VideoConference::OnFeedbackTimer() {
  const auto now = now_();
  const bool update_tiers = now >= next_tier_update_;
  if (update_tiers) next_tier_update_ = now + kTierUpdateInterval;
  if (size_t nacked = content_->OnFeedbackTimer(now)) {
    metrics_.video_nacks_sent_total.WithLabels({room_}).Inc(nacked);
  }
  for (auto& [_, member] : members_) {
    // A receive-only client may never send us a packet: its stream starts once it is negotiated.
    if (!member.leg) LegOf(member);
    if (member.assembler && member.leg) {
      auto lost = member.assembler->TakeNacks(now);
      if (!lost.empty()) {
        size_t len = member.leg->WriteNack(rtcp_, lost);
        if (len != 0 && SendRtcp(member, len)) {
          metrics_.video_nacks_sent_total.WithLabels({room_}).Inc(lost.size());
        }
      }
      if (member.assembler->TakeKeyframeRequest(now)) AskSenderForKeyframe(member, now, true);
    }
    if (member.stream) {
      if (update_tiers) UpdateTier(member, now);
      // Still waiting for its tier's first keyframe (joined, switching): ask again.
      if (member.stream->tier() != member.wanted_tier && member.participant->connection().connected() &&
          now - member.last_keyframe_ask >= kKeyframeRetry) {
        mixer_->RequestKeyframe(member.wanted_tier);
        member.last_keyframe_ask = now;
      }
    }
  }
  if (now >= next_sender_reports_) {
    next_sender_reports_ = now + kSenderReportInterval;
    SendSenderReports(now);
  }
  if (now >= next_metrics_) {
    next_metrics_ = now + kMetricsInterval;
    UpdateMetrics();
  }
  timer_.StartOnce(static_cast<unsigned>(kFeedbackInterval.count()), [this] { OnFeedbackTimer(); });
}

void VideoConference::SendSenderReports(Clock::time_point now) {
  const auto wall = std::chrono::system_clock::now();
  for (auto& [_, member] : members_) {
    if (!member.stream) continue;
    size_t len = member.stream->WriteSenderReport(rtcp_, wall, now);
    if (len != 0) SendRtcp(member, len);
  }
}

void VideoConference::UpdateMetrics() {
  auto stats = mixer_->Stats();
  metrics_.video_frames_composed_total.WithLabels({room_}).Inc(stats.frames_composed -
                                                               reported_.frames_composed);
  for (size_t tier = 0; tier < stats.encodes.size(); ++tier) {
    const uint64_t before = tier < reported_.encodes.size() ? reported_.encodes[tier] : 0;
    metrics_.video_encodes_total.WithLabels({room_, TierLabel(static_cast<int>(tier))})
        .Inc(stats.encodes[tier] - before);
  }
  for (size_t tier = 0; tier < stats.keyframes.size(); ++tier) {
    const uint64_t before = tier < reported_.keyframes.size() ? reported_.keyframes[tier] : 0;
    metrics_.video_keyframes_total.WithLabels({room_, TierLabel(static_cast<int>(tier))})
        .Inc(stats.keyframes[tier] - before);
  }
  for (auto& [participant, member] : members_) {
    auto decoded = stats.frames_decoded.find(member.source);
    if (decoded == stats.frames_decoded.end() || decoded->second <= member.frames_decoded_reported) continue;
    metrics_.video_frames_decoded_total.WithLabels({room_, participant->id()})
        .Inc(decoded->second - member.frames_decoded_reported);
    member.frames_decoded_reported = decoded->second;
  }
  metrics_.video_nacks_served_total.WithLabels({room_}).Inc(nacks_served_ - nacks_served_reported_);
  nacks_served_reported_ = nacks_served_;
  reported_ = std::move(stats);
}

void VideoConference::SetLayout(video::Layout::Kind kind, const Participant* presenter) {
  layout_kind_ = kind;
  presenter_ = presenter;
  ApplyLayout();
}

void VideoConference::ApplyLayout() {
  video::Layout layout;
  layout.kind = layout_kind_;
  const Participant* shown = presenter_;
  if (layout_kind_ == video::Layout::kPresenter) {
    // What a trainer expects: the presenter's share large, else whichever share is on.
    const Participant* sharer = content_->Source(shown) ? shown : content_->LatestSharer();
    if (shown == nullptr) shown = sharer;
    layout.content = content_->Source(sharer);
  }
  if (Member* member = shown != nullptr ? Find(*shown) : nullptr) layout.presenter = member->source;
  mixer_->SetLayout(layout);
}

void VideoConference::SetActiveSpeaker(const Participant* speaker) {
  Member* member = speaker != nullptr ? Find(*speaker) : nullptr;
  mixer_->SetActiveSpeaker(member != nullptr ? std::optional<video::SourceId>(member->source)
                                             : std::nullopt);
}

void VideoConference::SetDisplayName(const Participant& participant, const std::string& name) {
  if (Member* member = Find(participant)) mixer_->SetSourceName(member->source, name);
  content_->SetDisplayName(participant, name);
}

void VideoConference::SetRecordingSink(RecordingSink* sink) {
  recording_sink_ = sink;
  recording_.store(sink != nullptr, std::memory_order_relaxed);
  UpdateTiersInUse();
  if (sink != nullptr) mixer_->RequestKeyframe(kRecordedTier);
}

void VideoConference::RequestRecordingKeyframe() {
  if (recording_sink_ != nullptr) mixer_->RequestKeyframe(kRecordedTier);
}

std::optional<VideoConference::ReceiverInfo> VideoConference::Receiver(
    const Participant& participant) const {
  auto it = members_.find(&participant);
  if (it == members_.end() || !it->second.stream) return std::nullopt;
  const Member& member = it->second;
  return ReceiverInfo{member.stream->tier(), member.wanted_tier, member.remb_bps,
                      member.stream->frames_sent(), member.stream->keyframes_sent(),
                      member.nacks_served, member.keyframe_requests};
}

}  // namespace vc::mcu::room
