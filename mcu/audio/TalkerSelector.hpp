#pragma once
// Picks the loudest N talkers of a conference once per 20 ms tick, with hysteresis so the set
// does not flap: a talker stays kHold after it goes quiet, and when the set is full a newcomer
// must be kMarginDb louder than the quietest talker for kChallenge before it takes that place.
// Levels are RFC 6464 values (0 loudest .. 127 silence) per tick, smoothed here.
#include <chrono>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "mcu/audio/AudioMixer.hpp"

namespace vc::mcu::audio {

struct TalkerCandidate {
  ParticipantKey key = 0;
  uint8_t level_dbov = 127;  // this tick's level
  bool eligible = true;      // false when muted
};

class TalkerSelector {
 public:
  static constexpr double kSpeechDbov = -55.0;  // smoothed level above which one is talking
  static constexpr double kMarginDb = 6.0;
  static constexpr std::chrono::milliseconds kHold{500};
  static constexpr std::chrono::milliseconds kChallenge{200};

  explicit TalkerSelector(size_t max_talkers);

  // Once per tick with every participant (a participant missing from candidates is silent).
  // Returns the talker set, loudest first.
  const std::vector<ParticipantKey>& Update(std::span<const TalkerCandidate> candidates);
  void Remove(ParticipantKey key);

  const std::vector<ParticipantKey>& talkers() const { return talkers_; }
  bool IsTalker(ParticipantKey key) const;
  // Smoothed level in dBov (-127 .. 0), for tests and metrics.
  double SmoothedDbov(ParticipantKey key) const;

 private:
  struct State {
    double smoothed_dbov = -127.0;
    int quiet_ticks = 0;
    int challenge_ticks = 0;
    bool eligible = true;
    uint64_t seen_tick = 0;
  };

  bool Speaking(const State& state) const { return state.smoothed_dbov > kSpeechDbov; }
  void DropQuietTalkers();
  void FillFreeSlots();
  void Challenge();
  void SortTalkers();

  // Passed by argument.
  const size_t max_talkers_;
  // Allocated by this.
  std::unordered_map<ParticipantKey, State> states_;
  std::vector<ParticipantKey> talkers_;
  std::vector<ParticipantKey> challengers_;  // speaking, eligible, not talkers; loudest first
  uint64_t tick_ = 0;
};

}  // namespace vc::mcu::audio
