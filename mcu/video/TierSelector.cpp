#include "mcu/video/TierSelector.hpp"

#include <algorithm>

namespace vc::mcu::video {

TierSelector::TierSelector(TierTable table, int initial_tier, TierSelectorConfig config)
    : table_(std::move(table)),
      config_(config),
      tier_(std::clamp(initial_tier, 0, table_.size() - 1)) {}

int TierSelector::Update(Clock::time_point now, long long estimate_bps, double loss_fraction) {
  const bool lossy = loss_fraction > config_.loss_down;
  const bool below = estimate_bps < table_.at(tier_).bitrate_bps || lossy;
  if (below && tier_ < table_.size() - 1) {
    if (!below_since_) {
      below_since_ = now;
      lowest_recent_bps_ = estimate_bps;
    }
    lowest_recent_bps_ = std::min(lowest_recent_bps_, estimate_bps);
    if (now - *below_since_ >= config_.down_after) {
      // Straight to the tier the estimate fits (the latest one: it has lasted down_after);
      // at least one step when the reason is loss.
      const int fits = table_.BestFor(estimate_bps);
      tier_ = std::clamp(std::max(fits, tier_ + 1), 0, table_.size() - 1);
      below_since_.reset();
    }
  } else {
    below_since_.reset();
  }

  const bool above = tier_ > 0 && !below &&
                     static_cast<double>(estimate_bps) >
                         table_.at(tier_ - 1).bitrate_bps * config_.up_factor &&
                     loss_fraction < config_.loss_up;
  if (above) {
    if (!above_since_) above_since_ = now;
    if (now - *above_since_ >= config_.up_after) {
      --tier_;
      above_since_.reset();
    }
  } else {
    above_since_.reset();
  }
  return tier_;
}

}  // namespace vc::mcu::video
