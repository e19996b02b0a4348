#include <gtest/gtest.h>
#include <openssl/x509.h>

#include <regex>

#include "mcu/dtls/Certificate.hpp"
#include "mcu/dtls/Fingerprint.hpp"

namespace vc::mcu::dtls {
namespace {

TEST(CertificateTest, FingerprintIsUpperCaseColonHexSha256) {
  const auto certificate = Certificate::Generate();
  const std::string fingerprint = certificate->FingerprintSha256();
  EXPECT_TRUE(std::regex_match(fingerprint, std::regex("([0-9A-F]{2}:){31}[0-9A-F]{2}")))
      << fingerprint;
  EXPECT_EQ(fingerprint, ComputeFingerprint(certificate->x509(), "SHA-256"));
}

TEST(CertificateTest, EachGenerationIsANewIdentity) {
  const auto a = Certificate::Generate();
  const auto b = Certificate::Generate();
  EXPECT_NE(a->FingerprintSha256(), b->FingerprintSha256());
  EXPECT_NE(ASN1_INTEGER_cmp(X509_get0_serialNumber(a->x509()), X509_get0_serialNumber(b->x509())),
            0);
}

TEST(CertificateTest, IsSelfSignedEcdsaP256ForVcMcu) {
  const auto certificate = Certificate::Generate();
  X509* cert = certificate->x509();
  EXPECT_EQ(EVP_PKEY_get_base_id(certificate->private_key()), EVP_PKEY_EC);
  char group[64] = {};
  size_t group_len = 0;
  ASSERT_EQ(EVP_PKEY_get_group_name(certificate->private_key(), group, sizeof(group), &group_len),
            1);
  EXPECT_STREQ(group, "prime256v1");
  EXPECT_EQ(X509_verify(cert, certificate->private_key()), 1);
  EXPECT_EQ(X509_check_private_key(cert, certificate->private_key()), 1);
  EXPECT_EQ(X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)), 0);
  char cn[64] = {};
  X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof(cn));
  EXPECT_STREQ(cn, "vc-mcu");
  EXPECT_EQ(ASN1_INTEGER_get(X509_get0_serialNumber(cert)) > 0, true);
}

TEST(CertificateTest, ValidFromYesterdayForAMonth) {
  const auto certificate = Certificate::Generate();
  X509* cert = certificate->x509();
  EXPECT_LT(X509_cmp_current_time(X509_get0_notBefore(cert)), 0);
  EXPECT_GT(X509_cmp_current_time(X509_get0_notAfter(cert)), 0);
  int days = 0;
  int seconds = 0;
  ASSERT_EQ(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(cert), X509_get0_notAfter(cert)),
            1);
  EXPECT_EQ(days, 31);
}

TEST(FingerprintTest, ComparesIgnoringCaseAndKnowsSdpNames) {
  EXPECT_TRUE(FingerprintsEqual("ab:CD:01", "AB:cd:01"));
  EXPECT_FALSE(FingerprintsEqual("AB:CD:01", "AB:CD:02"));
  EXPECT_FALSE(FingerprintsEqual("AB:CD", "AB:CD:01"));
  EXPECT_TRUE(IsSupportedFingerprintAlgorithm("sha-1"));
  EXPECT_TRUE(IsSupportedFingerprintAlgorithm("SHA-512"));
  EXPECT_FALSE(IsSupportedFingerprintAlgorithm("md5"));
  const auto certificate = Certificate::Generate();
  EXPECT_EQ(ComputeFingerprint(certificate->x509(), "sha-1")->size(), 20u * 3 - 1);
  EXPECT_FALSE(ComputeFingerprint(certificate->x509(), "md5").has_value());
}

}  // namespace
}  // namespace vc::mcu::dtls
