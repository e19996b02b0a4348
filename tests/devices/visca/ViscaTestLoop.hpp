#pragma once
// Runs an io_context in bounded slices until a condition holds (tests only): every wait in the
// VISCA tests ends, even when the code under test never answers.
#include <boost/asio/io_context.hpp>

#include <chrono>
#include <functional>

namespace vc::devices::visca::testing {

inline bool RunUntil(boost::asio::io_context& io, const std::function<bool()>& done,
                     std::chrono::milliseconds limit = std::chrono::milliseconds(15000)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    if (io.stopped()) io.restart();
    io.run_for(std::chrono::milliseconds(5));
  }
  return true;
}

}  // namespace vc::devices::visca::testing
