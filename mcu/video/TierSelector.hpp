#pragma once
// Chooses one receiver's tier from its bandwidth estimate (REMB / transport-cc) and loss, with
// hysteresis: down (straight to the tier that fits) once the estimate has stayed below the
// current tier's bitrate, or loss above loss_down, for down_after; up one tier once the
// estimate has stayed above the next better tier's bitrate * up_factor with loss below
// loss_up for up_after. Time comes from the caller.
#include <chrono>
#include <optional>

#include "mcu/video/TierTable.hpp"
#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::video {

struct TierSelectorConfig {
  std::chrono::milliseconds down_after{1000};
  std::chrono::milliseconds up_after{3000};
  double up_factor = 1.3;
  double loss_down = 0.10;  // fraction lost that counts as "too much" for the current tier
  double loss_up = 0.02;
};

class TierSelector {
 public:
  explicit TierSelector(TierTable table, int initial_tier = 0, TierSelectorConfig config = {});

  // Feed every estimate/report; returns the tier to use now.
  int Update(Clock::time_point now, long long estimate_bps, double loss_fraction);
  int tier() const { return tier_; }

 private:
  TierTable table_;
  TierSelectorConfig config_;
  int tier_;
  std::optional<Clock::time_point> below_since_;
  std::optional<Clock::time_point> above_since_;
  long long lowest_recent_bps_ = 0;
};

}  // namespace vc::mcu::video
