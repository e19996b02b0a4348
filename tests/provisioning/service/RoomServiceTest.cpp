#include "provisioning/service/RoomService.hpp"

#include "provisioning/core/ProvisionError.hpp"
#include "tests/provisioning/service/ServiceFixture.hpp"
#include "tests/provisioning/support/RoomsCsv.hpp"

namespace vc::provision {
namespace {

class RoomServiceTest : public test::ServiceFixture {
 protected:
  RoomService rooms_{stores_};
};

TEST_F(RoomServiceTest, ImportOf72RoomsThenABadFileChangesNothing) {
  const auto summary = rooms_.Import("lan", test::Rooms72());
  EXPECT_EQ(summary.added, 72);
  EXPECT_EQ(stores_.inventory.ListRooms().size(), 72u);
  const auto audit_before = stores_.audit.Count();
  const std::string before = rooms_.Export();
  try {
    rooms_.Import("lan", test::Rooms72WithThreeBadRows());
    FAIL() << "a file with bad rows was imported";
  } catch (const ProvisionError& e) {
    EXPECT_EQ(e.status(), 400);
    EXPECT_EQ(e.code(), "csv_invalid");
    ASSERT_EQ(e.details().size(), 3u);
    EXPECT_EQ(e.details()[0]["row"], 5);
    EXPECT_EQ(e.details()[1]["field"], "mcu_url");
    EXPECT_NE(std::string(e.what()).find("row 60 (line 61), field \"projector_port\""), std::string::npos) << e.what();
  }
  EXPECT_EQ(rooms_.Export(), before);
  EXPECT_EQ(stores_.audit.Count(), audit_before);
  // The same file again: nothing changes, nothing bumps a config version.
  const auto again = rooms_.Import("lan", before);
  EXPECT_EQ(again.unchanged, 72);
  for (const auto& room : stores_.inventory.ListRooms()) EXPECT_EQ(room.config_version, 1);
}

TEST_F(RoomServiceTest, BadFileIntoAnEmptyDatabaseImportsNothing) {
  EXPECT_THROW(rooms_.Import("lan", test::Rooms72WithThreeBadRows()), ProvisionError);
  EXPECT_TRUE(stores_.inventory.ListRooms().empty());
  EXPECT_TRUE(stores_.inventory.ListSites().empty());
}

TEST_F(RoomServiceTest, EnrollmentCodeIsOneTimeAndExpires) {
  const Room room = rooms_.Add("lan", SampleRoom());
  const auto code = rooms_.CreateCode("lan", room.id, 10);
  const auto enrollment = rooms_.Enroll(code.code, "VCR-0001", "0.1.0");
  EXPECT_EQ(enrollment.room.id, room.id);
  EXPECT_EQ(enrollment.config["provisioning"]["server"], "https://prov.example:8700");
  EXPECT_EQ(enrollment.config["devices"]["projector"]["host"], "10.20.72.20");
  auto status_of = [&](const std::string& c) {
    try {
      rooms_.Enroll(c, "VCR-0001", "0.1.0");
      return 200;
    } catch (const ProvisionError& e) {
      return e.status();
    }
  };
  EXPECT_EQ(status_of(code.code), 409);
  const auto late = rooms_.CreateCode("lan", room.id, 10);
  clock_.Advance(10 * 60);
  EXPECT_EQ(status_of(late.code), 410);
  EXPECT_EQ(status_of("2345-6789"), 404);
  EXPECT_EQ(status_of("not a code"), 400);
}

TEST_F(RoomServiceTest, InvalidRoomNamesEveryField) {
  Room bad = SampleRoom();
  bad.type = "meeting";
  bad.mcu_url = "http://x";
  try {
    rooms_.Add("lan", bad);
    FAIL();
  } catch (const ProvisionError& e) {
    EXPECT_EQ(e.details().size(), 2u);
  }
  rooms_.Add("lan", SampleRoom());
  try {
    rooms_.Add("lan", SampleRoom());
    FAIL();
  } catch (const ProvisionError& e) {
    EXPECT_EQ(e.status(), 409);
  }
}

TEST_F(RoomServiceTest, ConfigOverridesAreMergedOverTheGeneratedConfig) {
  Room room = SampleRoom();
  room.config_overrides = R"({"control":{"listen":"127.0.0.1:0"},"devices":{"camera":{"source":"test"}}})";
  const Room added = rooms_.Add("lan", room);
  const auto config = rooms_.ConfigFor(added);
  EXPECT_EQ(config["control"]["listen"], "127.0.0.1:0");
  EXPECT_EQ(config["devices"]["camera"]["source"], "test");
  EXPECT_EQ(config["devices"]["audio"]["capture"], "default");
  EXPECT_EQ(config["mcu"]["room"], "my-duc");
}

}  // namespace
}  // namespace vc::provision
