#include "provisioning/store/Database.hpp"

#include <sqlite3.h>

#include "provisioning/store/Migrations.hpp"
#include "provisioning/store/StoreError.hpp"

namespace vc::provision {

Database::Database(const std::string& path) {
  const int rc = sqlite3_open_v2(path.c_str(), &db_,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    const std::string reason = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(StoreError::Kind::kFailure, "cannot open database '" + path + "': " + reason);
  }
  sqlite3_busy_timeout(db_, 5000);
  try {
    // The file must be a database before anything else: a text file fails here, with the reason.
    Exec("PRAGMA journal_mode=WAL");
    Exec("PRAGMA foreign_keys=ON");
    Exec("PRAGMA synchronous=NORMAL");
    Migrations::Apply(*this);
  } catch (const StoreError& e) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(e.kind(), "database '" + path + "': " + e.what());
  }
}

Database::~Database() { sqlite3_close(db_); }

void Database::Exec(const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    const std::string reason = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    const auto kind = (rc & 0xff) == SQLITE_CONSTRAINT ? StoreError::Kind::kConflict
                                                       : StoreError::Kind::kFailure;
    throw StoreError(kind, reason);
  }
}

int64_t Database::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Database::Changes() const { return sqlite3_changes(db_); }

int Database::SchemaVersion() {
  auto statement = Query("PRAGMA user_version");
  statement.Step();
  return int(statement.Int(0));
}

}  // namespace vc::provision
