#include "common/log/Log.hpp"

#include <unistd.h>

#include <string>

namespace vc::common::log {
namespace {
std::atomic<Level> g_minimum{Level::kInfo};

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kDebug: return "debug";
    case Level::kInfo: return "info";
    case Level::kWarn: return "warn";
    case Level::kError: return "error";
  }
  return "?";
}
}  // namespace

void SetMinimumLevel(Level level) { g_minimum.store(level); }
bool Enabled(Level level) { return level >= g_minimum.load(std::memory_order_relaxed); }

void WriteLine(Level level, std::string_view component, std::string_view message) {
  std::string line;
  line.reserve(component.size() + message.size() + 16);
  line.append(component).append(": ");
  if (level != Level::kInfo) line.append(LevelName(level)).append(": ");
  line.append(message).push_back('\n');
  // A single write keeps lines whole; a short write to stderr is not worth retrying.
  [[maybe_unused]] ssize_t n = ::write(STDERR_FILENO, line.data(), line.size());
}

bool RateLimitedLog::Admit(uint64_t* suppressed) {
  const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count();
  int64_t next = next_allowed_ms_.load(std::memory_order_relaxed);
  if (now < next || !next_allowed_ms_.compare_exchange_strong(next, now + interval_ms_)) {
    suppressed_.fetch_add(1, std::memory_order_relaxed);
    return false;
  }
  *suppressed = suppressed_.exchange(0, std::memory_order_relaxed);
  return true;
}

}  // namespace vc::common::log
