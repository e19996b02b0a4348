#include "mcu/auth/JoinAuthorizer.hpp"

#include <gtest/gtest.h>

#include "tests/mcu/auth/JoinTokenFixtures.hpp"

namespace vc::mcu::auth {
namespace {

namespace fx = fixtures;
using signaling::JoinRequest;
using signaling::Role;

JoinAuthorizer WithKey() {
  return JoinAuthorizer(std::make_unique<const JoinTokenVerifier>(
      fx::kKey, [] { return static_cast<int64_t>(fx::kIssuedAt + 300); }));
}

JoinRequest Join(const std::string& room, std::optional<std::string> token) {
  JoinRequest join;
  join.room = room;
  join.name = "whatever the client says";
  join.token = std::move(token);
  return join;
}

std::string CodeOf(const JoinAuthorizer& authorizer, JoinRequest join) {
  try {
    authorizer.Authorize(join);
  } catch (const signaling::SignalingError& e) {
    return e.code();
  }
  return "accepted";
}

TEST(JoinAuthorizerTest, TokenNameAndRoleReplaceTheClients) {
  JoinRequest join = Join("giao-ban-thang-12", fx::kChair);
  WithKey().Authorize(join);
  EXPECT_EQ(join.name, "Sở GD&ĐT");
  EXPECT_EQ(join.role, Role::kChair);
  join = Join("giao-ban-thang-12", fx::kParticipant);
  join.role = Role::kChair;  // asking for chair does not make one
  WithKey().Authorize(join);
  EXPECT_EQ(join.role, Role::kParticipant);
}

TEST(JoinAuthorizerTest, RefusesMissingAndBadTokensWithTheirCodes) {
  EXPECT_EQ(CodeOf(WithKey(), Join("giao-ban-thang-12", std::nullopt)), "token_missing");
  EXPECT_EQ(CodeOf(WithKey(), Join("giao-ban-thang-12", "")), "token_missing");
  EXPECT_EQ(CodeOf(WithKey(), Join("giao-ban-thang-12", "vc1.x.y")), "token_invalid");
  EXPECT_EQ(CodeOf(WithKey(), Join("another-room", fx::kParticipant)), "token_invalid");
  JoinAuthorizer late(std::make_unique<const JoinTokenVerifier>(
      fx::kKey, [] { return static_cast<int64_t>(fx::kExpires + 120); }));
  EXPECT_EQ(CodeOf(late, Join("giao-ban-thang-12", fx::kParticipant)), "token_expired");
}

TEST(JoinAuthorizerTest, EchoRoomsAndMcusWithoutKeyNeedNoToken) {
  EXPECT_EQ(CodeOf(WithKey(), Join("echo-test", std::nullopt)), "accepted");
  JoinAuthorizer open(nullptr);
  EXPECT_FALSE(open.enabled());
  JoinRequest join = Join("giao-ban-thang-12", std::nullopt);
  open.Authorize(join);
  EXPECT_EQ(join.name, "whatever the client says");
}

}  // namespace
}  // namespace vc::mcu::auth
