#include "provisioning/store/Database.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "provisioning/store/Migrations.hpp"
#include "provisioning/store/StoreError.hpp"
#include "tests/provisioning/support/TempDir.hpp"

namespace vc::provision {
namespace {

TEST(DatabaseTest, NewFileIsMigratedAndInWalMode) {
  test::TempDir dir;
  Database db(dir.File("p.db"));
  EXPECT_EQ(db.SchemaVersion(), Migrations::Latest());
  auto mode = db.Query("PRAGMA journal_mode");
  ASSERT_TRUE(mode.Step());
  EXPECT_EQ(mode.Text(0), "wal");
  auto fk = db.Query("PRAGMA foreign_keys");
  ASSERT_TRUE(fk.Step());
  EXPECT_EQ(fk.Int(0), 1);
}

TEST(DatabaseTest, ReopeningKeepsDataAndDoesNotMigrateAgain) {
  test::TempDir dir;
  {
    Database db(dir.File("p.db"));
    db.Run("INSERT INTO sites (name, kind) VALUES (?, ?)", "Sở GD&ĐT", "department");
  }
  Database db(dir.File("p.db"));
  auto s = db.Query("SELECT name FROM sites");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Text(0), "Sở GD&ĐT");
}

TEST(DatabaseTest, FailedTransactionRollsBack) {
  test::TempDir dir;
  Database db(dir.File("p.db"));
  EXPECT_THROW(db.Transaction([&] {
    db.Run("INSERT INTO sites (name, kind) VALUES ('a', 'school')");
    db.Run("INSERT INTO sites (name, kind) VALUES ('a', 'school')");  // UNIQUE
  }), StoreError);
  auto s = db.Query("SELECT count(*) FROM sites");
  s.Step();
  EXPECT_EQ(s.Int(0), 0);
}

TEST(DatabaseTest, NewerSchemaOrNotADatabaseIsRefusedWithAReason) {
  test::TempDir dir;
  {
    Database db(dir.File("p.db"));
    db.Exec("PRAGMA user_version=999");
  }
  try {
    Database db(dir.File("p.db"));
    FAIL() << "opened a newer schema";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("newer than this program"), std::string::npos) << e.what();
  }
  std::ofstream(dir.File("text.db")) << "name,site\nthis is a CSV file, not a database\n";
  EXPECT_THROW(Database(dir.File("text.db")), StoreError);
  EXPECT_THROW(Database(dir.File("no/such/dir/p.db")), StoreError);
}

}  // namespace
}  // namespace vc::provision
