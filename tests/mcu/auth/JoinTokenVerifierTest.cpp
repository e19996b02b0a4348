#include "mcu/auth/JoinTokenVerifier.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>
#include <unistd.h>

#include "tests/mcu/auth/JoinTokenFixtures.hpp"

namespace vc::mcu::auth {
namespace {

namespace fx = fixtures;
constexpr const char* kRoom = "giao-ban-thang-12";

JoinTokenVerifier At(long long now) {
  return JoinTokenVerifier(fx::kKey, [now] { return now; });
}

// The refusal's code, or "accepted".
std::string CodeOf(const std::string& token, const std::string& room = kRoom,
                   long long now = fx::kIssuedAt) {
  try {
    At(now).Verify(token, room);
  } catch (const JoinTokenError& e) {
    EXPECT_FALSE(std::string(e.what()).empty());
    return e.code();
  }
  return "accepted";
}

TEST(JoinTokenVerifierTest, AcceptsTheServersTokenAndReturnsItsClaims) {
  const JoinTokenClaims claims = At(fx::kIssuedAt + 60).Verify(fx::kParticipant, kRoom);
  EXPECT_EQ(claims.room, kRoom);
  EXPECT_EQ(claims.subject, "r12");
  EXPECT_EQ(claims.name, "Phòng GD&ĐT Huyện Mỹ Đức");
  EXPECT_FALSE(claims.chair);
  EXPECT_EQ(claims.issued_at, fx::kIssuedAt);
  EXPECT_EQ(claims.expires_at, fx::kExpires);
  EXPECT_TRUE(At(fx::kIssuedAt).Verify(fx::kChair, kRoom).chair);
}

TEST(JoinTokenVerifierTest, ExpiryHasSixtySecondsOfLeeway) {
  EXPECT_EQ(CodeOf(fx::kParticipant, kRoom, fx::kExpires), "accepted");
  EXPECT_EQ(CodeOf(fx::kParticipant, kRoom, fx::kExpires + 60), "accepted");
  EXPECT_EQ(CodeOf(fx::kParticipant, kRoom, fx::kExpires + 61), "token_expired");
  // Issued "in the future" by a server whose clock runs ahead: tolerated up to the leeway.
  EXPECT_EQ(CodeOf(fx::kParticipant, kRoom, fx::kIssuedAt - 60), "accepted");
  EXPECT_EQ(CodeOf(fx::kParticipant, kRoom, fx::kIssuedAt - 61), "token_invalid");
}

TEST(JoinTokenVerifierTest, ExpiredReasonSaysHowLongAgo) {
  try {
    At(fx::kExpires + 3600).Verify(fx::kParticipant, kRoom);
    FAIL() << "accepted an expired token";
  } catch (const JoinTokenError& e) {
    EXPECT_EQ(e.code(), "token_expired");
    EXPECT_NE(std::string(e.what()).find("3600 s ago"), std::string::npos) << e.what();
  }
}

TEST(JoinTokenVerifierTest, RefusesAnotherRoomAnotherKeyAndAlteredTokens) {
  EXPECT_EQ(CodeOf(fx::kParticipant, "giao-ban-thang-11"), "token_invalid");
  EXPECT_EQ(CodeOf(fx::kOtherKey), "token_invalid");
  std::string altered = fx::kParticipant;
  altered[10] = altered[10] == 'A' ? 'B' : 'A';  // one payload character
  EXPECT_EQ(CodeOf(altered), "token_invalid");
  std::string resigned = fx::kParticipant;
  resigned.back() = resigned.back() == 'I' ? 'E' : 'I';
  EXPECT_EQ(CodeOf(resigned), "token_invalid");
}

TEST(JoinTokenVerifierTest, RefusesMalformedTokens) {
  for (const std::string& token : std::vector<std::string>{"", "vc1", "vc1.", "vc1..", "vc2.eyJ9.xUYU", "vc1.eyJyb29tIjoi", "vc1.e30.short",
        "vc1.e30.xUYUIUaJYuaTIw9RXDjAGawY19NAzPdihjwDQaVdG-I=", "Bearer abc",
        std::string("vc1.") + std::string(5000, 'A') + ".x"}) {
    EXPECT_EQ(CodeOf(token), "token_invalid") << token.substr(0, 40);
  }
}

TEST(JoinTokenVerifierTest, RefusesSignedPayloadsThatBreakTheFormat) {
  EXPECT_EQ(CodeOf(fx::kBadRole), "token_invalid");
  EXPECT_EQ(CodeOf(fx::kNotJson), "token_invalid");
  EXPECT_EQ(CodeOf(fx::kNoExpiry), "token_invalid");
}

TEST(JoinTokenVerifierTest, KeyMustBeThirtyTwoBytes) {
  EXPECT_THROW(JoinTokenVerifier(std::string(31, 'k')), std::invalid_argument);
  EXPECT_NO_THROW(JoinTokenVerifier(std::string(32, 'k')));
}

TEST(JoinTokenVerifierTest, ReadsKeyFileWithTrailingWhitespaceTrimmed) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto path = dir / ("vc-join-key-" + std::to_string(::getpid()));
  {
    std::ofstream(path) << fx::kKey << "\r\n  \n";
  }
  EXPECT_EQ(JoinTokenVerifier::ReadKeyFile(path.string()), fx::kKey);
  {
    std::ofstream(path) << "short key\n";
  }
  try {
    JoinTokenVerifier::ReadKeyFile(path.string());
    FAIL() << "accepted a 9-byte key";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("at least 32"), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
  EXPECT_THROW(JoinTokenVerifier::ReadKeyFile(path.string()), std::runtime_error);
}

}  // namespace
}  // namespace vc::mcu::auth
