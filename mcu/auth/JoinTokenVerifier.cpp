#include "mcu/auth/JoinTokenVerifier.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "mcu/auth/Base64Url.hpp"

namespace vc::mcu::auth {
namespace {

using nlohmann::json;

constexpr std::string_view kPrefix = "vc1.";
constexpr size_t kSignatureBytes = 32;  // SHA-256
constexpr size_t kMaxNameChars = 64;

[[noreturn]] void Invalid(const std::string& reason) {
  throw JoinTokenError("token_invalid", "join token refused: " + reason);
}

const std::string& RequireString(const json& payload, const char* field) {
  auto it = payload.find(field);
  if (it == payload.end() || !it->is_string()) {
    Invalid(std::string("its payload lacks the string '") + field + "'");
  }
  return it->get_ref<const std::string&>();
}

int64_t RequireInteger(const json& payload, const char* field) {
  auto it = payload.find(field);
  if (it == payload.end() || !it->is_number_integer()) {
    Invalid(std::string("its payload lacks the integer '") + field + "'");
  }
  return it->get<int64_t>();
}

size_t CodePoints(const std::string& text) {
  size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

}  // namespace

JoinTokenVerifier::JoinTokenVerifier(std::string key, Clock now)
    : key_(std::move(key)), now_(std::move(now)) {
  if (key_.size() < kMinKeyBytes) {
    throw std::invalid_argument("the join key must be at least 32 bytes");
  }
}

int64_t JoinTokenVerifier::SystemNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string JoinTokenVerifier::ReadKeyFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot read join key file '" + path + "'");
  std::string key{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  if (file.bad()) throw std::runtime_error("cannot read join key file '" + path + "'");
  const auto last = key.find_last_not_of(" \t\r\n");
  key.erase(last == std::string::npos ? 0 : last + 1);
  if (key.size() < kMinKeyBytes) {
    throw std::runtime_error("join key file '" + path + "' holds " + std::to_string(key.size()) +
                             " bytes; at least 32 are needed");
  }
  return key;
}

JoinTokenClaims JoinTokenVerifier::Verify(std::string_view token, std::string_view room) const {
  if (token.size() > kMaxTokenBytes) Invalid("it is longer than 4096 bytes");
  if (!token.starts_with(kPrefix)) Invalid("it does not start with 'vc1.'");
  const size_t dot = token.find('.', kPrefix.size());
  if (dot == std::string_view::npos) Invalid("it lacks the signature part");
  const std::string_view signed_part = token.substr(0, dot);
  const std::string_view payload_text = signed_part.substr(kPrefix.size());
  const auto signature = Base64UrlDecode(token.substr(dot + 1));
  if (!signature || signature->size() != kSignatureBytes) Invalid("its signature is malformed");

  unsigned char expected[EVP_MAX_MD_SIZE];
  unsigned int expected_size = 0;
  if (HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
           reinterpret_cast<const unsigned char*>(signed_part.data()), signed_part.size(),
           expected, &expected_size) == nullptr ||
      expected_size != kSignatureBytes) {
    throw JoinTokenError("token_invalid", "join token refused: HMAC-SHA256 is unavailable");
  }
  // Constant time, so timing does not tell how much of a forged signature matched.
  if (CRYPTO_memcmp(expected, signature->data(), kSignatureBytes) != 0) {
    Invalid("its signature does not match (another key, or the token was altered)");
  }
  // Only a token we signed gets this far: its payload is still checked field by field.
  const auto payload = Base64UrlDecode(payload_text);
  if (!payload) Invalid("its payload is not base64url");
  JoinTokenClaims claims = ParsePayload(*payload);
  if (claims.room != room) {
    Invalid("it is for room '" + claims.room.substr(0, 64) + "', not '" +
            std::string(room.substr(0, 64)) + "'");
  }
  const int64_t now = now_();
  if (now > claims.expires_at + kLeewaySeconds) {
    throw JoinTokenError("token_expired", "join token expired " +
                                              std::to_string(now - claims.expires_at) +
                                              " s ago; ask for a new one");
  }
  if (claims.issued_at > now + kLeewaySeconds) Invalid("it is issued in the future");
  return claims;
}

JoinTokenClaims JoinTokenVerifier::ParsePayload(const std::string& text) const {
  const json payload = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (payload.is_discarded() || !payload.is_object()) Invalid("its payload is not a JSON object");
  JoinTokenClaims claims;
  claims.room = RequireString(payload, "room");
  claims.name = RequireString(payload, "name");
  const size_t chars = CodePoints(claims.name);
  if (chars == 0 || chars > kMaxNameChars) Invalid("its name must be 1 to 64 characters");
  if (auto sub = payload.find("sub"); sub != payload.end()) {
    if (!sub->is_string()) Invalid("its 'sub' must be a string");
    claims.subject = sub->get<std::string>();
  }
  const std::string& role = RequireString(payload, "role");
  if (role != "participant" && role != "chair") Invalid("its role must be participant or chair");
  claims.chair = role == "chair";
  claims.issued_at = payload.contains("iat") ? RequireInteger(payload, "iat") : 0;
  claims.expires_at = RequireInteger(payload, "exp");
  return claims;
}

}  // namespace vc::mcu::auth
