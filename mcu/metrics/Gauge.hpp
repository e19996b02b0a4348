#pragma once

#include <atomic>
#include <cstdint>

namespace vc::mcu::metrics {

// A value that goes up and down (rooms, connections). Lock-free from any thread.
class alignas(64) Gauge {
 public:
  static constexpr const char* kTypeName = "gauge";

  void Set(int64_t v) noexcept { value_.store(v, std::memory_order_relaxed); }
  void Inc(int64_t n = 1) noexcept { value_.fetch_add(n, std::memory_order_relaxed); }
  void Dec(int64_t n = 1) noexcept { value_.fetch_sub(n, std::memory_order_relaxed); }
  int64_t Value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<int64_t> value_{0};
};

}  // namespace vc::mcu::metrics
