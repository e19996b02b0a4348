#include "mcu/room/UplinkRateEstimator.hpp"

#include <algorithm>

namespace vc::mcu::room {
namespace {
constexpr double kHighLoss = 0.10;
constexpr double kLowLoss = 0.02;
constexpr double kIncrease = 1.05;
constexpr double kIncreaseFloorKbps = 1.0;
}  // namespace

UplinkRateEstimator::UplinkRateEstimator(UplinkRateLimits limits)
    : limits_(limits),
      estimate_kbps_(std::clamp(limits.start_kbps, limits.min_kbps, limits.max_kbps)) {}

double UplinkRateEstimator::Ceiling() const {
  double ceiling = limits_.max_kbps;
  if (cap_kbps_) ceiling = std::min(ceiling, static_cast<double>(*cap_kbps_));
  return std::max(ceiling, static_cast<double>(limits_.min_kbps));
}

void UplinkRateEstimator::SetCap(std::optional<int> kbps) {
  cap_kbps_ = kbps;
  estimate_kbps_ = std::min(estimate_kbps_, Ceiling());
}

void UplinkRateEstimator::Restart(uint32_t ssrc, uint16_t sequence, Clock::time_point now) {
  started_ = true;
  ssrc_ = ssrc;
  extended_max_ = (uint64_t{1} << 16) | sequence;  // one cycle up, so a reordered first packet fits
  window_base_ = extended_max_ - 1;                // the first packet counts as expected
  window_received_ = 1;
  window_start_ = now;
}

bool UplinkRateEstimator::OnPacket(uint32_t ssrc, uint16_t sequence, Clock::time_point now) {
  if (!started_ || ssrc != ssrc_) {
    Restart(ssrc, sequence, now);
    return false;
  }
  // The nearest extended number to the last highest one (RFC 3550 A.1, without probation).
  const uint16_t highest = static_cast<uint16_t>(extended_max_ & 0xffff);
  const auto delta = static_cast<int16_t>(static_cast<uint16_t>(sequence - highest));
  if (delta > 0) extended_max_ += static_cast<uint64_t>(delta);
  ++window_received_;
  if (now - window_start_ < limits_.window || window_received_ < limits_.min_packets_per_window) {
    return false;
  }
  CloseWindow(now);
  return true;
}

void UplinkRateEstimator::CloseWindow(Clock::time_point now) {
  const uint64_t expected = extended_max_ - window_base_;
  // Duplicates can make received exceed expected: no loss then (RFC 3550 A.3 clamps too).
  const double lost =
      expected > window_received_ ? static_cast<double>(expected - window_received_) : 0.0;
  last_loss_ = expected > 0 ? lost / static_cast<double>(expected) : 0.0;
  if (last_loss_ > kHighLoss) {
    estimate_kbps_ *= 1.0 - 0.5 * last_loss_;
  } else if (last_loss_ < kLowLoss) {
    estimate_kbps_ = estimate_kbps_ * kIncrease + kIncreaseFloorKbps;
  }
  estimate_kbps_ = std::clamp(estimate_kbps_, static_cast<double>(limits_.min_kbps), Ceiling());
  window_base_ = extended_max_;
  window_received_ = 0;
  window_start_ = now;
}

}  // namespace vc::mcu::room
