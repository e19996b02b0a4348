#pragma once
// Control-plane error: the client's offer cannot be served. The message says what is missing
// or wrong (it reaches the client as the reason of a "bad_sdp" error).
#include <stdexcept>
#include <string>

namespace vc::mcu::negotiation {

class NegotiationError : public std::runtime_error {
 public:
  explicit NegotiationError(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace vc::mcu::negotiation
