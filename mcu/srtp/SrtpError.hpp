#pragma once
// Control-plane error of the SRTP wrapper (bad keys, library failure). The packet path never
// throws.
#include <stdexcept>
#include <string>

namespace vc::mcu::srtp {

class SrtpError : public std::runtime_error {
 public:
  explicit SrtpError(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace vc::mcu::srtp
