#pragma once
// Extends a wrapping RTP counter (16-bit sequence, 32-bit timestamp) to a monotonic int64 by
// taking the nearest candidate to the last value, so reordering across the wrap stays ordered.
#include <cstdint>
#include <limits>
#include <optional>
#include <type_traits>

namespace vc::mcu::audio {

template <typename T>
class SequenceUnwrapper {
  static_assert(std::is_unsigned_v<T>);

 public:
  int64_t Unwrap(T value) {
    if (!last_) {
      // Start one cycle up so values just before the first stay positive.
      last_ = kCycle + static_cast<int64_t>(value);
      return *last_;
    }
    using Signed = std::make_signed_t<T>;
    const auto delta = static_cast<Signed>(static_cast<T>(value - static_cast<T>(*last_)));
    const int64_t unwrapped = *last_ + delta;
    if (delta > 0) last_ = unwrapped;
    return unwrapped;
  }
  void Reset() { last_.reset(); }

 private:
  static constexpr int64_t kCycle = static_cast<int64_t>(std::numeric_limits<T>::max()) + 1;
  std::optional<int64_t> last_;
};

}  // namespace vc::mcu::audio
