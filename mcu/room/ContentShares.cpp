#include "mcu/room/ContentShares.hpp"

#include <vector>

#include "common/log/Log.hpp"
#include "mcu/room/Participant.hpp"

namespace vc::mcu::room {
namespace {
constexpr std::string_view kLog = "video";
std::string ContentName(const std::string& name) { return name + " · nội dung"; }
}  // namespace

ContentShares::ContentShares(video::VideoMixer& mixer, SendRtcp send_rtcp,
                             std::function<void()> on_change)
    : mixer_(mixer), send_rtcp_(std::move(send_rtcp)), on_change_(std::move(on_change)) {}

ContentShares::~ContentShares() = default;

void ContentShares::Negotiated(Participant& participant,
                               const negotiation::Negotiation& negotiation) {
  auto input = ContentInput::FromNegotiation(negotiation);
  if (!input) return;
  Share& share = shares_[&participant];
  Stop(share);
  share.participant = &participant;
  share.input = std::move(input);
}

void ContentShares::Remove(const Participant& participant) {
  auto it = shares_.find(&participant);
  if (it == shares_.end()) return;
  Stop(it->second);
  shares_.erase(it);
}

bool ContentShares::OnRtp(Participant& participant, std::span<const uint8_t> rtp,
                          Clock::time_point now) {
  auto it = shares_.find(&participant);
  if (it == shares_.end()) return false;
  Share& share = it->second;
  std::vector<video::EncodedFrame> frames;
  bool started = false;
  if (!share.input->OnRtp(rtp, now, frames, started)) return false;
  if (started) {
    share.source = next_source_++;
    share.order = ++started_;
    mixer_.AddSource(*share.source, ContentName(participant.name()));
    common::log::Info(kLog, "participant ", participant.id(), " shares content (source ",
                      *share.source, ")");
    on_change_();
  }
  for (auto& frame : frames) mixer_.PushFrame(*share.source, std::move(frame));
  return true;
}

size_t ContentShares::OnFeedbackTimer(Clock::time_point now) {
  size_t nacked_total = 0;
  for (auto& [_, share] : shares_) {
    if (share.input->TakeStopped(now)) {
      common::log::Info(kLog, "participant ", share.participant->id(), " stopped sharing (no content for ",
                        ContentInput::kIdle.count(), " s)");
      Stop(share);
      continue;
    }
    size_t nacked = 0;
    const size_t len = share.input->WriteFeedback(rtcp_, now, nacked);
    if (len != 0 && send_rtcp_(*share.participant, rtcp_.data(), len)) nacked_total += nacked;
  }
  return nacked_total;
}

void ContentShares::OnKeyframeNeeded(video::SourceId source) {
  for (auto& [_, share] : shares_) {
    if (share.source == source) share.input->RequestKeyframe();
  }
}

void ContentShares::SetDisplayName(const Participant& participant, const std::string& name) {
  auto it = shares_.find(&participant);
  if (it != shares_.end() && it->second.source) {
    mixer_.SetSourceName(*it->second.source, ContentName(name));
  }
}

std::optional<video::SourceId> ContentShares::Source(const Participant* participant) const {
  auto it = shares_.find(participant);
  return it != shares_.end() ? it->second.source : std::nullopt;
}

const Participant* ContentShares::LatestSharer() const {
  const Share* latest = nullptr;
  for (const auto& [_, share] : shares_) {
    if (share.source && (latest == nullptr || share.order > latest->order)) latest = &share;
  }
  return latest != nullptr ? latest->participant : nullptr;
}

void ContentShares::Stop(Share& share) {
  if (share.input) share.input->Stop();
  if (!share.source) return;
  mixer_.RemoveSource(*share.source);
  share.source.reset();
  on_change_();
}

}  // namespace vc::mcu::room
