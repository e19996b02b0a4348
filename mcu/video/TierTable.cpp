#include "mcu/video/TierTable.hpp"

#include <algorithm>
#include <stdexcept>

namespace vc::mcu::video {

TierTable TierTable::Default() {
  return TierTable({{1280, 720, 1'500'000}, {640, 360, 600'000}, {320, 180, 150'000}});
}

TierTable::TierTable(std::vector<Tier> tiers) : tiers_(std::move(tiers)) {
  if (tiers_.empty()) throw std::invalid_argument("TierTable: no tiers");
  for (const Tier& t : tiers_)
    if (t.width <= 0 || t.height <= 0 || t.bitrate_bps <= 0 || t.width % 2 || t.height % 2)
      throw std::invalid_argument("TierTable: tier sizes must be positive and even");
  if (!std::is_sorted(tiers_.begin(), tiers_.end(),
                      [](const Tier& a, const Tier& b) { return a.bitrate_bps > b.bitrate_bps; }))
    throw std::invalid_argument("TierTable: tiers must be sorted best first");
}

int TierTable::BestFor(long long bps) const {
  for (int i = 0; i < size(); ++i)
    if (at(i).bitrate_bps <= bps) return i;
  return size() - 1;
}

}  // namespace vc::mcu::video
