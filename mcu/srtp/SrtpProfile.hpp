#pragma once
// The SRTP protection profiles we negotiate through DTLS-SRTP (RFC 5764, RFC 7714). One home for
// the enum: mcu/dtls includes this header for the keys it exports.
#include <cstddef>

namespace vc::mcu::srtp {

enum class SrtpProfile {
  kAes128CmSha1_80,  // SRTP_AES128_CM_HMAC_SHA1_80: 128-bit key, 112-bit salt, 80-bit tag.
  kAeadAes128Gcm,    // SRTP_AEAD_AES_128_GCM: 128-bit key, 96-bit salt, 128-bit tag.
};

constexpr size_t SrtpKeyLength(SrtpProfile /*profile*/) { return 16; }

constexpr size_t SrtpSaltLength(SrtpProfile profile) {
  return profile == SrtpProfile::kAeadAes128Gcm ? 12 : 14;
}

// What a session's key_salt holds: the master key followed by the master salt.
constexpr size_t SrtpKeySaltLength(SrtpProfile profile) {
  return SrtpKeyLength(profile) + SrtpSaltLength(profile);
}

// Bytes ProtectRtp appends (the authentication tag; we use no MKI).
constexpr size_t SrtpRtpOverhead(SrtpProfile profile) {
  return profile == SrtpProfile::kAeadAes128Gcm ? 16 : 10;
}

// Bytes ProtectRtcp appends: the tag plus the 4-byte E flag and SRTCP index.
constexpr size_t SrtpRtcpOverhead(SrtpProfile profile) { return SrtpRtpOverhead(profile) + 4; }

constexpr const char* SrtpProfileName(SrtpProfile profile) {
  return profile == SrtpProfile::kAeadAes128Gcm ? "SRTP_AEAD_AES_128_GCM"
                                                : "SRTP_AES128_CM_SHA1_80";
}

}  // namespace vc::mcu::srtp
