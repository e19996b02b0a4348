#pragma once
// One line per event on stderr (journald-friendly): "<component>: <message>".
// The packet path uses RateLimitedLog so a flood of bad packets cannot flood the journal.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <sstream>
#include <string_view>

namespace vc::common::log {

enum class Level { kDebug, kInfo, kWarn, kError };

// Writes one whole line atomically (a single write(2)), so lines from threads never interleave.
void WriteLine(Level level, std::string_view component, std::string_view message);
void SetMinimumLevel(Level level);
bool Enabled(Level level);

template <typename... Args>
void Write(Level level, std::string_view component, const Args&... args) {
  if (!Enabled(level)) return;
  std::ostringstream out;
  (out << ... << args);
  WriteLine(level, component, out.str());
}

template <typename... Args>
void Info(std::string_view component, const Args&... args) {
  Write(Level::kInfo, component, args...);
}
template <typename... Args>
void Warn(std::string_view component, const Args&... args) {
  Write(Level::kWarn, component, args...);
}
template <typename... Args>
void Error(std::string_view component, const Args&... args) {
  Write(Level::kError, component, args...);
}
template <typename... Args>
void Debug(std::string_view component, const Args&... args) {
  Write(Level::kDebug, component, args...);
}

// Lets at most one line through per interval and reports how many were suppressed meanwhile.
// Thread-safe; one instance per call site (a function-local static).
class RateLimitedLog {
 public:
  explicit RateLimitedLog(std::chrono::milliseconds interval) : interval_ms_(interval.count()) {}

  template <typename... Args>
  void Warn(std::string_view component, const Args&... args) {
    uint64_t suppressed = 0;
    if (!Admit(&suppressed)) return;
    if (suppressed > 0) {
      Write(Level::kWarn, component, args..., " (", suppressed, " similar suppressed)");
    } else {
      Write(Level::kWarn, component, args...);
    }
  }

 private:
  bool Admit(uint64_t* suppressed);

  const int64_t interval_ms_;
  std::atomic<int64_t> next_allowed_ms_{0};
  std::atomic<uint64_t> suppressed_{0};
};

}  // namespace vc::common::log
