#include "provisioning/core/Text.hpp"

#include <gtest/gtest.h>

namespace vc::provision::text {
namespace {

TEST(TextTest, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("Phòng GD&ĐT Huyện Mỹ Đức"));
  EXPECT_EQ(CodePoints("Mỹ Đức"), 6u);
  EXPECT_FALSE(IsValidUtf8("\xC3"));
  EXPECT_FALSE(IsValidUtf8("\xC0\x80"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xFF"));
  EXPECT_TRUE(HasControlCharacters("a\tb"));
}

TEST(TextTest, Iso8601WithZones) {
  EXPECT_EQ(ParseIso8601("2026-12-01T08:00:00Z"), 1796112000);
  EXPECT_EQ(ParseIso8601("2026-12-01T15:00:00+07:00"), 1796112000);
  EXPECT_EQ(ParseIso8601("2026-12-01T08:00Z"), 1796112000);
  EXPECT_EQ(FormatUtc(1796112000), "2026-12-01T08:00:00Z");
  EXPECT_FALSE(ParseIso8601("2026-12-01T08:00:00"));  // no zone
  EXPECT_FALSE(ParseIso8601("2026-02-30T08:00:00Z"));
  EXPECT_FALSE(ParseIso8601("2026-13-01T08:00:00Z"));
  EXPECT_FALSE(ParseIso8601("tomorrow"));
  EXPECT_FALSE(ParseIso8601(""));
}

}  // namespace
}  // namespace vc::provision::text
