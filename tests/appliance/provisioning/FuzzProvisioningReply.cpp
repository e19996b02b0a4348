// libFuzzer target: any bytes as an answer of the provisioning server (heartbeat, enrollment,
// error) must parse or be refused with ProtocolError, never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "appliance/provisioning/ProvisioningMessages.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace p = vc::appliance::provisioning;
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  try {
    p::ParseHeartbeatReply(body);
  } catch (const p::ProtocolError&) {
  }
  try {
    p::ParseEnrollReply(body);
  } catch (const p::ProtocolError&) {
  }
  p::ParseServerError(409, body);
  p::ParseUtcTime(body);
  return 0;
}
