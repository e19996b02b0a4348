#include "provisioning/csv/RoomCsv.hpp"

#include <gtest/gtest.h>

#include "tests/provisioning/support/RoomsCsv.hpp"

namespace vc::provision {
namespace {

TEST(RoomCsvTest, Reads72RealisticRooms) {
  const auto result = RoomCsv::Read(test::Rooms72());
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().ToString();
  ASSERT_EQ(result.rooms.size(), 72u);
  bool my_duc = false;
  for (const auto& room : result.rooms) my_duc = my_duc || room.name == "Phòng GD&ĐT Huyện Mỹ Đức";
  EXPECT_TRUE(my_duc);
  EXPECT_EQ(result.rooms[0].audio_capture, "plughw:CARD=USB,DEV=0");
}

TEST(RoomCsvTest, ThreeBadRowsAreEachNamedWithTheirField) {
  const auto result = RoomCsv::Read(test::Rooms72WithThreeBadRows());
  EXPECT_TRUE(result.rooms.empty());
  ASSERT_EQ(result.errors.size(), 3u);
  EXPECT_EQ(result.errors[0].row, 5);
  EXPECT_EQ(result.errors[0].line, 6);
  EXPECT_EQ(result.errors[0].field, "type");
  EXPECT_EQ(result.errors[1].row, 31);
  EXPECT_EQ(result.errors[1].field, "mcu_url");
  EXPECT_EQ(result.errors[2].row, 60);
  EXPECT_EQ(result.errors[2].field, "projector_port");
  EXPECT_EQ(result.errors[0].ToString(), "row 5 (line 6), field \"type\": expected conference or training");
}

TEST(RoomCsvTest, ExportRoundTrips) {
  const auto first = RoomCsv::Read(test::Rooms72());
  const std::string written = RoomCsv::Write(first.rooms);
  const auto second = RoomCsv::Read(written);
  ASSERT_TRUE(second.errors.empty());
  EXPECT_EQ(RoomCsv::Write(second.rooms), written);
  EXPECT_EQ(written, test::Rooms72());  // the committed file is in the export format already
}

TEST(RoomCsvTest, HeaderProblemsAndDuplicates) {
  auto r = RoomCsv::Read("name,site,colour\n");
  ASSERT_GE(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].field, "colour");
  EXPECT_EQ(r.errors[0].message, "unknown column");
  r = RoomCsv::Read(
      "name,site,type,mcu_url,mcu_room\n"
      "A,S,conference,ws://m/ws,a\n"
      "A,S,conference,ws://m/ws,b\n"
      "B,S,conference\n");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].row, 2);
  EXPECT_EQ(r.errors[0].field, "name");
  EXPECT_EQ(r.errors[1].row, 3);
  EXPECT_NE(r.errors[1].message.find("expected 5 fields"), std::string::npos);
  EXPECT_FALSE(RoomCsv::Read("name,site\n\xC3\x28,x\n").errors.empty());  // not UTF-8
  EXPECT_FALSE(RoomCsv::Read("").errors.empty());
}

}  // namespace
}  // namespace vc::provision
