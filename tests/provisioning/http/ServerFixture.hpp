#pragma once
// A database prepared with the CLI (three accounts, join key), and `vc-provision serve` on it.
#include <gtest/gtest.h>

#include <memory>

#include "tests/provisioning/http/ProvisionProcess.hpp"
#include "tests/provisioning/support/TempDir.hpp"

namespace vc::provision::test {

class ServerFixture : public ::testing::Test {
 protected:
  // The accounts are made once per test binary (password hashing is slow on purpose) and the
  // database file copied for each test.
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  void SetUp() override;
  void Start(const std::vector<std::string>& extra = {});
  uint16_t port() const { return server_->port(); }

  // `vc-provision ARGS --db DB`, expecting success; returns stdout without the final newline.
  std::string Cli(std::vector<std::string> args, const std::string& input = "");
  std::string AddRoom(const std::string& name, const std::string& mcu_room, const std::string& site = "");
  // Enrolls the room through the API with a fresh code; returns the credential.
  std::string EnrollRoom(const std::string& room, const std::string& serial);
  // Every row of every table, as text: equal snapshots mean an unchanged database.
  std::string Snapshot();

  static TempDir* template_dir_;
  TempDir dir_;
  std::string db_;
  std::string key_file_;
  std::unique_ptr<ServeProcess> server_;
  std::string admin_, technician_, viewer_;  // session tokens after Start()
};

}  // namespace vc::provision::test
