#pragma once
// A loss-based estimate of one sender's uplink, from the RTP sequence numbers of its video as
// they reach the MCU. Loss is measured per window the way RFC 3550 A.3 measures the fraction
// lost of a report interval (expected from the extended highest sequence number, minus what
// arrived). After each window the estimate moves like the loss-based half of Google congestion
// control: loss above 10 % cuts it by half the loss, 2-10 % holds it, below 2 % lets it grow by
// 5 % (plus 1 kb/s so it leaves a low value). It stays within [min, max] and under the cap an
// admin set. Time is passed in (an injected clock); no timers, no threads.
#include <chrono>
#include <cstdint>
#include <optional>

namespace vc::mcu::room {

struct UplinkRateLimits {
  int min_kbps = 100;
  int max_kbps = 2500;
  int start_kbps = 2500;  // before the first window: trust the link until it loses
  std::chrono::milliseconds window{1000};
  uint32_t min_packets_per_window = 10;  // fewer: too little to judge, the window goes on
};

class UplinkRateEstimator {
 public:
  using Clock = std::chrono::steady_clock;

  explicit UplinkRateEstimator(UplinkRateLimits limits = {});

  // One received RTP packet of the stream (ssrc, sequence number) at `now`. A new SSRC starts
  // the count over. Returns true when a window closed and the estimate was updated.
  bool OnPacket(uint32_t ssrc, uint16_t sequence, Clock::time_point now);

  // nullopt removes the cap. The estimate drops to a lower cap at once.
  void SetCap(std::optional<int> kbps);
  std::optional<int> Cap() const { return cap_kbps_; }

  int EstimateKbps() const { return static_cast<int>(estimate_kbps_); }
  double LastLossFraction() const { return last_loss_; }
  uint32_t Ssrc() const { return ssrc_; }
  bool HasStream() const { return started_; }

 private:
  void Restart(uint32_t ssrc, uint16_t sequence, Clock::time_point now);
  void CloseWindow(Clock::time_point now);
  double Ceiling() const;

  UplinkRateLimits limits_;
  std::optional<int> cap_kbps_;
  double estimate_kbps_;
  double last_loss_ = 0;
  bool started_ = false;
  uint32_t ssrc_ = 0;
  // Extended highest sequence number (cycles << 16 | highest), RFC 3550 A.1.
  uint64_t extended_max_ = 0;
  uint64_t window_base_ = 0;  // extended_max_ when the window opened
  uint32_t window_received_ = 0;
  Clock::time_point window_start_{};
};

}  // namespace vc::mcu::room
