#pragma once
// Runs an io_context until a condition holds, bounded by a generous deadline.
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <functional>

namespace vc::devices::pjlink {

inline bool RunUntil(boost::asio::io_context& io, const std::function<bool()>& condition,
                     std::chrono::milliseconds limit = std::chrono::milliseconds(20000)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  io.restart();
  while (!condition() && std::chrono::steady_clock::now() < deadline) {
    io.run_one_for(std::chrono::milliseconds(50));
    if (io.stopped()) io.restart();
  }
  return condition();
}

}  // namespace vc::devices::pjlink
