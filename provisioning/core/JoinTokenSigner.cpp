#include "provisioning/core/JoinTokenSigner.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "provisioning/core/Crypto.hpp"

namespace vc::provision {

JoinTokenSigner::JoinTokenSigner(std::string key) : key_(std::move(key)) {
  if (key_.size() < kMinKeyBytes) {
    throw std::invalid_argument("join key has " + std::to_string(key_.size()) +
                                " bytes, needs at least " + std::to_string(kMinKeyBytes));
  }
}

JoinTokenSigner JoinTokenSigner::FromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read join key file '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  std::string key = text.str();
  while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
  try {
    return JoinTokenSigner(std::move(key));
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error("join key file '" + path + "': " + e.what());
  }
}

std::string JoinTokenSigner::Sign(const JoinClaims& claims) const {
  const nlohmann::json payload = {{"room", claims.room}, {"sub", claims.sub},
                                  {"name", claims.name}, {"role", claims.role},
                                  {"iat", claims.iat},   {"exp", claims.exp}};
  const std::string signed_part = std::string(kPrefix) + crypto::Base64UrlEncode(payload.dump());
  return signed_part + "." + crypto::Base64UrlEncode(crypto::HmacSha256(key_, signed_part));
}

std::optional<JoinClaims> JoinTokenSigner::Verify(std::string_view token) const {
  if (!token.starts_with(kPrefix)) return std::nullopt;
  const size_t dot = token.find('.', kPrefix.size());
  if (dot == std::string_view::npos) return std::nullopt;
  const auto signed_part = token.substr(0, dot);
  const auto mac = crypto::Base64UrlDecode(token.substr(dot + 1));
  if (!mac || !crypto::ConstantTimeEqual(*mac, crypto::HmacSha256(key_, signed_part))) {
    return std::nullopt;
  }
  const auto payload = crypto::Base64UrlDecode(signed_part.substr(kPrefix.size()));
  if (!payload) return std::nullopt;
  const auto json = nlohmann::json::parse(*payload, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  try {
    return JoinClaims{json.at("room").get<std::string>(), json.at("sub").get<std::string>(),
                      json.at("name").get<std::string>(), json.at("role").get<std::string>(),
                      json.at("iat").get<int64_t>(),      json.at("exp").get<int64_t>()};
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace vc::provision
