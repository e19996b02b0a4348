#include "mcu/dtls/Fingerprint.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>

namespace vc::mcu::dtls {
namespace {

const EVP_MD* DigestFor(std::string_view algorithm) {
  std::string name(algorithm);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (name == "sha-1") return EVP_sha1();
  if (name == "sha-224") return EVP_sha224();
  if (name == "sha-256") return EVP_sha256();
  if (name == "sha-384") return EVP_sha384();
  if (name == "sha-512") return EVP_sha512();
  return nullptr;
}

}  // namespace

std::optional<std::string> ComputeFingerprint(X509* cert, std::string_view algorithm) {
  const EVP_MD* digest = DigestFor(algorithm);
  if (cert == nullptr || digest == nullptr) return std::nullopt;
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int hash_len = 0;
  if (X509_digest(cert, digest, hash, &hash_len) != 1) return std::nullopt;
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(hash_len * 3);
  for (unsigned int i = 0; i < hash_len; ++i) {
    if (i > 0) out.push_back(':');
    out.push_back(kHex[hash[i] >> 4]);
    out.push_back(kHex[hash[i] & 0x0f]);
  }
  return out;
}

bool IsSupportedFingerprintAlgorithm(std::string_view algorithm) {
  return DigestFor(algorithm) != nullptr;
}

bool FingerprintsEqual(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::toupper(x) == std::toupper(y);
         });
}

}  // namespace vc::mcu::dtls
