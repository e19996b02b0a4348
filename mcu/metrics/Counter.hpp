#pragma once

#include <atomic>
#include <cstdint>

namespace vc::mcu::metrics {

// A monotonically increasing count. Lock-free from any thread; aligned to its own cache line so
// counters bumped by different threads do not false-share.
class alignas(64) Counter {
 public:
  static constexpr const char* kTypeName = "counter";

  void Inc(uint64_t n = 1) noexcept { value_.fetch_add(n, std::memory_order_relaxed); }
  uint64_t Value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

}  // namespace vc::mcu::metrics
