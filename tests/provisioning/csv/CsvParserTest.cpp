#include "provisioning/csv/CsvParser.hpp"

#include <gtest/gtest.h>

namespace vc::provision {
namespace {

TEST(CsvParserTest, QuotedFieldsCommasQuotesAndNewlines) {
  const auto result = CsvParser::Parse("\xEF\xBB\xBFname,note\r\n\"Phòng A, tầng 3\",\"nói \"\"xin chào\"\"\"\r\n\"two\nlines\",x\n\nlast,\n");
  ASSERT_FALSE(result.error) << *result.error;
  ASSERT_EQ(result.records.size(), 4u);
  EXPECT_EQ(result.records[0].fields[0], "name");
  EXPECT_EQ(result.records[1].fields[0], "Phòng A, tầng 3");
  EXPECT_EQ(result.records[1].fields[1], "nói \"xin chào\"");
  EXPECT_EQ(result.records[2].fields[0], "two\nlines");
  EXPECT_EQ(result.records[2].line, 3);
  EXPECT_EQ(result.records[3].line, 6);  // the blank line is skipped but counted
  EXPECT_EQ(result.records[3].fields, (std::vector<std::string>{"last", ""}));
}

TEST(CsvParserTest, MalformedQuotingIsAnErrorWithTheLine) {
  EXPECT_EQ(*CsvParser::Parse("a,b\n\"open,c\n").error, "line 2: unterminated quoted field");
  EXPECT_NE(CsvParser::Parse("a,b\nx\"y,c\n").error->find("line 2"), std::string::npos);
  EXPECT_NE(CsvParser::Parse("\"a\"b,c\n").error->find("line 1"), std::string::npos);
}

TEST(CsvParserTest, QuoteRoundTrips) {
  for (const char* field : {"plain", "a,b", "say \"hi\"", "two\r\nlines", " padded ", ""}) {
    const auto parsed = CsvParser::Parse(CsvParser::Quote(field) + ",end\n");
    ASSERT_FALSE(parsed.error);
    EXPECT_EQ(parsed.records.at(0).fields.at(0), std::string(field));
  }
}

TEST(CsvParserTest, LimitsAreEnforced) {
  EXPECT_TRUE(CsvParser::Parse(std::string(CsvParser::kMaxFieldBytes + 1, 'x')).error);
  EXPECT_TRUE(CsvParser::Parse(std::string(CsvParser::kMaxFields + 1, ',')).error);
}

}  // namespace
}  // namespace vc::provision
