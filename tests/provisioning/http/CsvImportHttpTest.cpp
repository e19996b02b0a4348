// Must-show 4 over HTTP and the CLI: 72 rooms import; a file with 3 bad rows among 72 imports
// nothing and names the 3 rows and fields; export round-trips. Plus the fleet page's HTML.
#include <fstream>

#include "tests/provisioning/http/ServerFixture.hpp"
#include "tests/provisioning/support/RoomsCsv.hpp"

namespace vc::provision::test {
namespace {

class CsvImportHttpTest : public ServerFixture {
 protected:
  HttpResult Import(const std::string& csv) {
    return Http(port(), "POST", "/api/v1/rooms/import", csv,
                {{"Content-Type", "text/csv; charset=utf-8"}, {"Authorization", "Bearer " + technician_}});
  }
};

TEST_F(CsvImportHttpTest, SeventyTwoRoomsImportAndABadFileImportsNothing) {
  Start();
  const auto bad_first = Import(Rooms72WithThreeBadRows());
  ASSERT_EQ(bad_first.status, 400) << bad_first.body;
  const auto details = bad_first.Json()["details"];
  ASSERT_EQ(details.size(), 3u) << bad_first.body;
  EXPECT_EQ(details[0]["row"], 5);
  EXPECT_EQ(details[0]["field"], "type");
  EXPECT_EQ(details[1]["row"], 31);
  EXPECT_EQ(details[1]["field"], "mcu_url");
  EXPECT_EQ(details[2]["row"], 60);
  EXPECT_EQ(details[2]["field"], "projector_port");
  EXPECT_EQ(bad_first.Json()["error"], "csv_invalid");
  EXPECT_TRUE(Api(port(), "GET", "/api/v1/rooms", viewer_).Json()["rooms"].empty());

  const auto good = Import(Rooms72());
  ASSERT_EQ(good.status, 200) << good.body;
  EXPECT_EQ(good.Json()["added"], 72);
  EXPECT_EQ(Api(port(), "GET", "/api/v1/rooms", viewer_).Json()["rooms"].size(), 72u);
  EXPECT_EQ(Api(port(), "GET", "/api/v1/sites", viewer_).Json()["sites"].size(), 71u);  // the department has two rooms

  const std::string snapshot = Snapshot();
  EXPECT_EQ(Import(Rooms72WithThreeBadRows()).status, 400);
  EXPECT_EQ(Snapshot(), snapshot);

  const auto exported = Http(port(), "GET", "/api/v1/rooms/export", "", {{"Authorization", "Bearer " + viewer_}});
  ASSERT_EQ(exported.status, 200);
  EXPECT_EQ(exported.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(exported.body.size(), Rooms72().size());
  const auto again = Import(exported.body);
  EXPECT_EQ(again.Json()["unchanged"], 72) << again.body;
}

TEST_F(CsvImportHttpTest, CliImportNamesTheBadRowsAndExportRoundTrips) {
  std::ofstream(dir_.File("bad.csv")) << Rooms72WithThreeBadRows();
  std::ofstream(dir_.File("good.csv")) << Rooms72();
  const auto bad = RunCli({"rooms", "import", dir_.File("bad.csv"), "--db", db_});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("nothing imported: 3 problem(s)"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("row 5 (line 6), field type"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("row 31 (line 32), field mcu_url"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("row 60 (line 61), field projector_port"), std::string::npos) << bad.err;
  EXPECT_EQ(Cli({"rooms", "list", "--json"}), "[]");
  EXPECT_EQ(Cli({"rooms", "import", dir_.File("good.csv")}).find("72 added"), std::string("imported " + dir_.File("good.csv") + ": ").size());
  Cli({"rooms", "export", "--out", dir_.File("out.csv")});
  std::ifstream out(dir_.File("out.csv"), std::ios::binary);
  const std::string exported((std::istreambuf_iterator<char>(out)), std::istreambuf_iterator<char>());
  EXPECT_EQ(exported, Rooms72());
}

TEST_F(CsvImportHttpTest, FleetPageInVietnameseWithStatesAlertsAndSiteFilter) {
  const std::string room = AddRoom("Phòng GD&ĐT Huyện Mỹ Đức", "my-duc");
  AddRoom("Phòng họp Trường THPT Chu Văn An", "thpt-chu-van-an", "Trường THPT Chu Văn An");
  Start();
  const std::string credential = EnrollRoom(room, "VCR-0001");
  Api(port(), "POST", "/api/v1/appliance/heartbeat", credential,
      R"({"call_state":"in_call","faults":[{"device":"projector","message":"lamp failure"}]})");
  // Not signed in: to the login page.
  const auto anonymous = Http(port(), "GET", "/fleet");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.Header("location"), "/login");
  const auto wrong = Http(port(), "POST", "/login", "username=lan&password=nope",
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(wrong.Header("location"), "/login?error=1");
  const auto login = Http(port(), "POST", "/login", "username=lan&password=viewer-password",
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
  ASSERT_EQ(login.status, 303);
  const std::string cookie = login.Header("set-cookie").substr(0, login.Header("set-cookie").find(';'));
  EXPECT_NE(login.Header("set-cookie").find("HttpOnly"), std::string::npos);
  const auto page = Http(port(), "GET", "/fleet", "", {{"Cookie", cookie}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<html lang=\"vi\">"), std::string::npos);
  EXPECT_NE(page.body.find("Phòng GD&amp;ĐT Huyện Mỹ Đức"), std::string::npos);
  EXPECT_NE(page.body.find("Lỗi thiết bị"), std::string::npos);
  EXPECT_NE(page.body.find("lamp failure"), std::string::npos);
  EXPECT_NE(page.body.find("Chưa đăng ký"), std::string::npos);
  EXPECT_NE(page.body.find("Phòng họp Trường THPT Chu Văn An"), std::string::npos);
  const auto filtered = Http(port(), "GET", "/fleet?site=Tr%C6%B0%E1%BB%9Dng+THPT+Chu+V%C4%83n+An", "", {{"Cookie", cookie}});
  EXPECT_EQ(filtered.body.find("Huyện Mỹ Đức</td>"), std::string::npos);
  EXPECT_NE(filtered.body.find("Phòng họp Trường THPT Chu Văn An"), std::string::npos);
  const auto english = Http(port(), "GET", "/fleet?lang=en", "", {{"Cookie", cookie}});
  EXPECT_NE(english.body.find("Device fault"), std::string::npos);
}

}  // namespace
}  // namespace vc::provision::test
