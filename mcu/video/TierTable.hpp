#pragma once
// The output quality tiers, best first: index 0 is 1280x720 @ 1.5 Mb/s by default.
#include <cstddef>
#include <vector>

namespace vc::mcu::video {

struct Tier {
  int width = 0;
  int height = 0;
  int bitrate_bps = 0;
  bool operator==(const Tier&) const = default;
};

class TierTable {
 public:
  static TierTable Default();  // 1280x720 1.5 Mb/s, 640x360 600 kb/s, 320x180 150 kb/s
  // Sorted best (highest bitrate) first; must be non-empty (throws std::invalid_argument).
  explicit TierTable(std::vector<Tier> tiers);

  int size() const { return static_cast<int>(tiers_.size()); }
  const Tier& at(int index) const { return tiers_.at(static_cast<size_t>(index)); }
  const std::vector<Tier>& tiers() const { return tiers_; }
  // The best tier whose bitrate fits in `bps` (the lowest tier if none does).
  int BestFor(long long bps) const;

 private:
  std::vector<Tier> tiers_;
};

}  // namespace vc::mcu::video
