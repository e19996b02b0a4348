#include "provisioning/core/JoinTokenSigner.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "provisioning/core/Crypto.hpp"
#include "tests/provisioning/support/TempDir.hpp"

namespace vc::provision {
namespace {

const std::string kKey = "0123456789abcdef0123456789abcdef";

TEST(JoinTokenSignerTest, TokenHasTheContractFormat) {
  JoinTokenSigner signer(kKey);
  const JoinClaims claims{"giao-ban-thang-12", "r12", "Phòng GD&ĐT Huyện Mỹ Đức", "participant", 1764576000, 1764583200};
  const auto token = signer.Sign(claims);
  ASSERT_TRUE(token.starts_with("vc1."));
  const size_t dot = token.find('.', 4);
  ASSERT_NE(dot, std::string::npos);
  const auto payload = crypto::Base64UrlDecode(token.substr(4, dot - 4));
  ASSERT_TRUE(payload);
  const auto json = nlohmann::json::parse(*payload);
  EXPECT_EQ(json["room"], "giao-ban-thang-12");
  EXPECT_EQ(json["name"], "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_EQ(json["exp"], 1764583200);
  // The signature is HMAC-SHA256 over "vc1." + b64url(payload), independently recomputed.
  EXPECT_EQ(token.substr(dot + 1), crypto::Base64UrlEncode(crypto::HmacSha256(kKey, token.substr(0, dot))));
  const auto verified = signer.Verify(token);
  ASSERT_TRUE(verified);
  EXPECT_EQ(verified->sub, "r12");
  EXPECT_EQ(verified->role, "participant");
}

TEST(JoinTokenSignerTest, TamperedOrForeignTokensFail) {
  JoinTokenSigner signer(kKey);
  JoinTokenSigner other("another key that is long enough!!");
  const auto token = signer.Sign({"a", "r1", "A", "chair", 1, 2});
  EXPECT_FALSE(other.Verify(token));
  std::string tampered = token;
  tampered[6] = tampered[6] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(signer.Verify(tampered));
  EXPECT_FALSE(signer.Verify("vc1."));
  EXPECT_FALSE(signer.Verify("vc2." + token.substr(4)));
  EXPECT_FALSE(signer.Verify(""));
}

TEST(JoinTokenSignerTest, KeyFileIsTrimmedAndMustBeLongEnough) {
  test::TempDir dir;
  std::ofstream(dir.File("key")) << kKey << "\n\n";
  EXPECT_EQ(JoinTokenSigner::FromFile(dir.File("key")).Sign({"a", "b", "c", "participant", 1, 2}),
            JoinTokenSigner(kKey).Sign({"a", "b", "c", "participant", 1, 2}));
  std::ofstream(dir.File("short")) << "short\n";
  EXPECT_THROW(JoinTokenSigner::FromFile(dir.File("short")), std::runtime_error);
  EXPECT_THROW(JoinTokenSigner::FromFile(dir.File("absent")), std::runtime_error);
}

}  // namespace
}  // namespace vc::provision
