#include "provisioning/core/EnrollmentCode.hpp"

#include <gtest/gtest.h>

#include <set>

namespace vc::provision {
namespace {

TEST(EnrollmentCodeTest, GeneratedCodesUseTheUnambiguousAlphabet) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const auto code = EnrollmentCode::Generate();
    ASSERT_EQ(code.size(), 9u);
    EXPECT_EQ(code[4], '-');
    for (size_t k = 0; k < code.size(); ++k) {
      if (k != 4) {
        EXPECT_NE(EnrollmentCode::kAlphabet.find(code[k]), std::string_view::npos) << code;
      }
    }
    EXPECT_EQ(EnrollmentCode::Normalize(code), code);
    seen.insert(code);
  }
  EXPECT_GT(seen.size(), 195u);
}

TEST(EnrollmentCodeTest, NormalizeAcceptsLowerCaseAndNoDash) {
  EXPECT_EQ(EnrollmentCode::Normalize("7kq2m9xd"), "7KQ2-M9XD");
  EXPECT_EQ(EnrollmentCode::Normalize("7KQ2-M9XD"), "7KQ2-M9XD");
  EXPECT_FALSE(EnrollmentCode::Normalize("7KQ2-M9X"));
  EXPECT_FALSE(EnrollmentCode::Normalize("7KQ2-M9XD0"));
  EXPECT_FALSE(EnrollmentCode::Normalize("OKQ2-M9XD"));  // O is not in the alphabet
  EXPECT_FALSE(EnrollmentCode::Normalize("7KQ-2M9XD"));
  EXPECT_FALSE(EnrollmentCode::Normalize(""));
}

}  // namespace
}  // namespace vc::provision
