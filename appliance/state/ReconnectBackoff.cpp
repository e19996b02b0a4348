#include "appliance/state/ReconnectBackoff.hpp"

#include <algorithm>

namespace vc::appliance {

ReconnectBackoff::Duration ReconnectBackoff::Next() {
  const Duration delay = std::min(next_, max_);
  next_ = std::min(next_ * 2, max_);
  return delay;
}

}  // namespace vc::appliance
