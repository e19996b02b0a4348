#pragma once
// The few primitives provisioning needs, over OpenSSL and libsodium: random secrets, base64url
// without padding, SHA-256 (credentials and sessions are stored hashed), HMAC-SHA256 (join tokens).
#include <optional>
#include <string>
#include <string_view>

namespace vc::provision::crypto {

// n random bytes from the OS CSPRNG (libsodium randombytes_buf).
std::string RandomBytes(size_t n);
// A random secret of `bytes` bytes as base64url text (32 bytes -> 43 characters).
std::string RandomToken(size_t bytes = 32);
std::string Base64UrlEncode(std::string_view bytes);
// nullopt when the text has characters outside the base64url alphabet or an impossible length.
std::optional<std::string> Base64UrlDecode(std::string_view text);
std::string Sha256Hex(std::string_view bytes);
std::string HmacSha256(std::string_view key, std::string_view message);
// Compares in time independent of where the inputs differ.
bool ConstantTimeEqual(std::string_view a, std::string_view b);

}  // namespace vc::provision::crypto
