#pragma once
// Control-plane error of the SDP parser: the input is not SDP we can read. Carries the 1-based
// line number (0 when the error is not tied to one line) so a client learns what to fix.
#include <stdexcept>
#include <string>

namespace vc::common::sdp {

class SdpError : public std::runtime_error {
 public:
  SdpError(size_t line, const std::string& message)
      : std::runtime_error(line == 0 ? message : "line " + std::to_string(line) + ": " + message),
        line_(line) {}

  size_t line() const { return line_; }

 private:
  size_t line_;
};

}  // namespace vc::common::sdp
