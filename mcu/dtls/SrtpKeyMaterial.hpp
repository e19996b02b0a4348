#pragma once
// SRTP keys that a finished DTLS-SRTP handshake exports (RFC 5764 section 4.2).
#include <cstdint>
#include <vector>

#include "mcu/srtp/SrtpProfile.hpp"

namespace vc::mcu::dtls {

struct SrtpKeyMaterial {
  srtp::SrtpProfile profile = srtp::SrtpProfile::kAes128CmSha1_80;
  // Master key followed by master salt (srtp::SrtpKeySaltLength(profile) bytes each).
  std::vector<uint8_t> local_key_salt;   // Protects what we send (outbound SrtpSession).
  std::vector<uint8_t> remote_key_salt;  // Unprotects what the peer sends (inbound SrtpSession).
};

}  // namespace vc::mcu::dtls
