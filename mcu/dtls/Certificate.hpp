#pragma once
// A DTLS identity: an ECDSA P-256 key and a self-signed certificate (WebRTC peers authenticate
// each other by the fingerprint in SDP, not by a CA). Immutable once generated, so one instance
// can be shared by every transport of the process.
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <string>

#include "mcu/dtls/OpenSslPtr.hpp"

namespace vc::mcu::dtls {

class Certificate {
 public:
  // New key and certificate: random serial, CN=vc-mcu, valid from now-1d to now+30d.
  // Throws DtlsError if OpenSSL fails.
  static std::shared_ptr<const Certificate> Generate();

  // "sha-256" fingerprint in SDP form: "AB:CD:...".
  std::string FingerprintSha256() const;

  // Borrowed pointers, valid while this Certificate lives. OpenSSL's API takes non-const.
  X509* x509() const { return cert_.get(); }
  EVP_PKEY* private_key() const { return key_.get(); }

 private:
  struct PrivateTag {};

 public:
  // Only Generate can name PrivateTag; public so that make_shared can call it.
  Certificate(PrivateTag, EvpPkeyPtr key, X509Ptr cert);

 private:
  // Allocated by this.
  EvpPkeyPtr key_;
  X509Ptr cert_;
};

}  // namespace vc::mcu::dtls
