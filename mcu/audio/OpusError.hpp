#pragma once
// Control-plane failure of libopus (creating or configuring a codec). The packet path never throws.
#include <stdexcept>
#include <string>

namespace vc::mcu::audio {

class OpusError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace vc::mcu::audio
