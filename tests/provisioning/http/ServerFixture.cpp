#include "tests/provisioning/http/ServerFixture.hpp"

#include <filesystem>

#include "provisioning/store/Database.hpp"

namespace vc::provision::test {

TempDir* ServerFixture::template_dir_ = nullptr;

void ServerFixture::SetUpTestSuite() {
  template_dir_ = new TempDir();
  const std::string db = template_dir_->File("provision.db");
  for (const auto& [user, role] : std::vector<std::pair<std::string, std::string>>{
           {"admin", "admin"}, {"minh", "technician"}, {"lan", "viewer"}}) {
    const auto result = RunCli({"users", "add", user, "--role", role, "--db", db}, role + "-password\n");
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
}

void ServerFixture::TearDownTestSuite() {
  delete template_dir_;
  template_dir_ = nullptr;
}

void ServerFixture::SetUp() {
  db_ = dir_.File("provision.db");
  std::filesystem::copy_file(template_dir_->File("provision.db"), db_);
  const auto creds = RunCli({"mcu-credentials", "--out", dir_.File("creds")});
  ASSERT_EQ(creds.exit_code, 0) << creds.err;
  key_file_ = dir_.File("creds") + "/join-key";
}

void ServerFixture::Start(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"--join-key-file", key_file_};
  args.insert(args.end(), extra.begin(), extra.end());
  server_ = std::make_unique<ServeProcess>(db_, args);
  admin_ = Login(port(), "admin", "admin-password");
  technician_ = Login(port(), "minh", "technician-password");
  viewer_ = Login(port(), "lan", "viewer-password");
}

std::string ServerFixture::Cli(std::vector<std::string> args, const std::string& input) {
  args.push_back("--db");
  args.push_back(db_);
  const auto result = RunCli(args, input);
  EXPECT_EQ(result.exit_code, 0) << args[0] << ": " << result.err;
  std::string out = result.out;
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string ServerFixture::AddRoom(const std::string& name, const std::string& mcu_room, const std::string& site) {
  return Cli({"rooms", "add", name, "--site", site.empty() ? name : site, "--mcu-url", "ws://127.0.0.1:9/ws",
              "--mcu-room", mcu_room, "--camera-source", "test", "--audio-capture", "test",
              "--audio-playback", "null"});
}

std::string ServerFixture::EnrollRoom(const std::string& room, const std::string& serial) {
  const std::string code = Cli({"enroll-code", room});
  const auto reply = Api(port(), "POST", "/api/v1/enroll", "",
                         nlohmann::json({{"code", code}, {"serial", serial}, {"software_version", "0.1.0"}}).dump());
  EXPECT_EQ(reply.status, 200) << reply.body;
  return reply.Json().value("credential", "");
}

std::string ServerFixture::Snapshot() {
  Database db(db_);
  std::vector<std::string> tables;
  auto list = db.Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (list.Step()) tables.push_back(list.Text(0));
  std::string out;
  for (const auto& table : tables) {
    out += "[" + table + "]\n";
    auto rows = db.Query("SELECT * FROM \"" + table + "\" ORDER BY rowid");
    while (rows.Step()) {
      for (int c = 0; c < rows.ColumnCount(); ++c) out += (rows.IsNull(c) ? "NULL" : rows.Text(c)) + "|";
      out += "\n";
    }
  }
  return out;
}

}  // namespace vc::provision::test
