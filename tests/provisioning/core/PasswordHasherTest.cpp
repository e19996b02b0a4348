#include "provisioning/core/PasswordHasher.hpp"

#include <gtest/gtest.h>

namespace vc::provision {
namespace {

TEST(PasswordHasherTest, SaltedArgon2idHashVerifies) {
  PasswordHasher hasher;
  const auto a = hasher.Hash("mật khẩu đúng");
  const auto b = hasher.Hash("mật khẩu đúng");
  EXPECT_TRUE(a.starts_with("$argon2id$")) << a;
  EXPECT_NE(a, b);  // random salt
  EXPECT_TRUE(hasher.Verify("mật khẩu đúng", a));
  EXPECT_FALSE(hasher.Verify("mật khẩu sai", a));
  EXPECT_FALSE(hasher.Verify("mật khẩu đúng", "not a hash"));
  EXPECT_FALSE(hasher.Verify("", ""));
}

}  // namespace
}  // namespace vc::provision
