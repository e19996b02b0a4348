#include "mcu/audio/TalkerSelector.hpp"

#include <algorithm>

#include "mcu/audio/AudioFormat.hpp"

namespace vc::mcu::audio {
namespace {

// Rises fast (a talker is heard from the first syllables), falls slowly (pauses between words).
constexpr double kAttack = 0.5;
constexpr double kRelease = 0.1;

constexpr int Ticks(std::chrono::milliseconds d) { return static_cast<int>(d / kFrameDuration); }

}  // namespace

TalkerSelector::TalkerSelector(size_t max_talkers) : max_talkers_(max_talkers) {}

const std::vector<ParticipantKey>& TalkerSelector::Update(
    std::span<const TalkerCandidate> candidates) {
  ++tick_;
  for (const TalkerCandidate& candidate : candidates) {
    State& state = states_[candidate.key];
    const double level = -static_cast<double>(std::min<uint8_t>(candidate.level_dbov, 127));
    const double alpha = level > state.smoothed_dbov ? kAttack : kRelease;
    state.smoothed_dbov += alpha * (level - state.smoothed_dbov);
    state.eligible = candidate.eligible;
    state.seen_tick = tick_;
  }
  // Participants not offered this tick decay as silent.
  for (auto& [key, state] : states_) {
    if (state.seen_tick != tick_) state.smoothed_dbov += kRelease * (-127.0 - state.smoothed_dbov);
  }
  DropQuietTalkers();
  challengers_.clear();
  for (const auto& [key, state] : states_) {
    if (state.eligible && Speaking(state) && !IsTalker(key)) challengers_.push_back(key);
  }
  std::sort(challengers_.begin(), challengers_.end(), [this](ParticipantKey a, ParticipantKey b) {
    return states_[a].smoothed_dbov > states_[b].smoothed_dbov;
  });
  FillFreeSlots();
  Challenge();
  SortTalkers();
  return talkers_;
}

void TalkerSelector::DropQuietTalkers() {
  std::erase_if(talkers_, [this](ParticipantKey key) {
    State& state = states_[key];
    if (!state.eligible) return true;
    state.quiet_ticks = Speaking(state) ? 0 : state.quiet_ticks + 1;
    return state.quiet_ticks >= Ticks(kHold);
  });
}

void TalkerSelector::FillFreeSlots() {
  while (talkers_.size() < max_talkers_ && !challengers_.empty()) {
    const ParticipantKey key = challengers_.front();
    challengers_.erase(challengers_.begin());
    State& state = states_[key];
    state.quiet_ticks = 0;
    state.challenge_ticks = 0;
    talkers_.push_back(key);
  }
}

void TalkerSelector::Challenge() {
  // Only the loudest challenger accumulates time; the others start over.
  for (size_t i = 1; i < challengers_.size(); ++i) states_[challengers_[i]].challenge_ticks = 0;
  if (challengers_.empty() || talkers_.empty()) return;
  const ParticipantKey best = challengers_.front();
  State& challenger = states_[best];
  auto quietest = std::min_element(talkers_.begin(), talkers_.end(),
                                   [this](ParticipantKey a, ParticipantKey b) {
                                     return states_[a].smoothed_dbov < states_[b].smoothed_dbov;
                                   });
  if (challenger.smoothed_dbov <= states_[*quietest].smoothed_dbov + kMarginDb) {
    challenger.challenge_ticks = 0;
    return;
  }
  if (++challenger.challenge_ticks < Ticks(kChallenge)) return;
  challenger.challenge_ticks = 0;
  challenger.quiet_ticks = 0;
  *quietest = best;
}

void TalkerSelector::SortTalkers() {
  std::stable_sort(talkers_.begin(), talkers_.end(), [this](ParticipantKey a, ParticipantKey b) {
    return states_[a].smoothed_dbov > states_[b].smoothed_dbov;
  });
}

void TalkerSelector::Remove(ParticipantKey key) {
  states_.erase(key);
  std::erase(talkers_, key);
}

bool TalkerSelector::IsTalker(ParticipantKey key) const {
  return std::find(talkers_.begin(), talkers_.end(), key) != talkers_.end();
}

double TalkerSelector::SmoothedDbov(ParticipantKey key) const {
  auto it = states_.find(key);
  return it == states_.end() ? -127.0 : it->second.smoothed_dbov;
}

}  // namespace vc::mcu::audio
