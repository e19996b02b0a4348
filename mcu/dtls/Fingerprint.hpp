#pragma once
// Certificate fingerprints as SDP carries them (RFC 8122 a=fingerprint): upper-case hex bytes
// separated by colons, e.g. "sha-256 AB:CD:...".
#include <openssl/x509.h>

#include <optional>
#include <string>
#include <string_view>

namespace vc::mcu::dtls {

// The fingerprint of cert under an SDP hash name ("sha-1", "sha-224", "sha-256", "sha-384",
// "sha-512", any case); nullopt when the algorithm is unknown or hashing fails.
std::optional<std::string> ComputeFingerprint(X509* cert, std::string_view algorithm);

// True when the SDP hash name is one ComputeFingerprint knows.
bool IsSupportedFingerprintAlgorithm(std::string_view algorithm);

// Compares two fingerprints ignoring case (peers differ in the case they write).
bool FingerprintsEqual(std::string_view a, std::string_view b);

}  // namespace vc::mcu::dtls
