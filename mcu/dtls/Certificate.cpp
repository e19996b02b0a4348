#include "mcu/dtls/Certificate.hpp"

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "mcu/dtls/DtlsError.hpp"
#include "mcu/dtls/Fingerprint.hpp"

namespace vc::mcu::dtls {
namespace {

constexpr long kOneDaySeconds = 24 * 60 * 60;
constexpr long kValidDays = 30;
constexpr int kSerialBits = 63;  // Positive and within the 8 bytes some peers assume.

[[noreturn]] void Throw(const char* what) {
  const unsigned long code = ERR_get_error();
  char detail[256] = "no OpenSSL error";
  if (code != 0) ERR_error_string_n(code, detail, sizeof(detail));
  ERR_clear_error();
  throw DtlsError(std::string("certificate generation: ") + what + ": " + detail);
}

}  // namespace

Certificate::Certificate(PrivateTag, EvpPkeyPtr key, X509Ptr cert)
    : key_(std::move(key)), cert_(std::move(cert)) {}

std::shared_ptr<const Certificate> Certificate::Generate() {
  EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  if (!key) Throw("EC P-256 key generation failed");

  X509Ptr cert(X509_new());
  if (!cert) Throw("X509_new failed");
  if (X509_set_version(cert.get(), X509_VERSION_3) != 1) Throw("X509_set_version failed");

  BignumPtr serial(BN_new());
  if (!serial || BN_rand(serial.get(), kSerialBits, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
      BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) == nullptr) {
    Throw("random serial failed");
  }
  if (X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kOneDaySeconds) == nullptr ||
      X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValidDays * kOneDaySeconds) == nullptr) {
    Throw("validity failed");
  }
  if (X509_set_pubkey(cert.get(), key.get()) != 1) Throw("X509_set_pubkey failed");

  // The subject name belongs to cert; self-signed, so it is also the issuer.
  X509_NAME* name = X509_get_subject_name(cert.get());
  const auto* common_name = reinterpret_cast<const unsigned char*>("vc-mcu");
  if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, common_name, -1, -1, 0) != 1 ||
      X509_set_issuer_name(cert.get(), name) != 1) {
    Throw("subject name failed");
  }
  if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) Throw("X509_sign failed");

  return std::make_shared<const Certificate>(PrivateTag{}, std::move(key), std::move(cert));
}

std::string Certificate::FingerprintSha256() const {
  auto fingerprint = ComputeFingerprint(cert_.get(), "sha-256");
  if (!fingerprint) throw DtlsError("sha-256 fingerprint failed");
  return *fingerprint;
}

}  // namespace vc::mcu::dtls
