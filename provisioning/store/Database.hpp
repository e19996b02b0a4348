#pragma once
// The one SQLite file: opened in WAL mode with foreign keys on and a busy timeout (the CLI and the
// server may share it), migrated to the newest schema on open. Every change runs in Transaction.
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "provisioning/store/Statement.hpp"

struct sqlite3;

namespace vc::provision {

class Database {
 public:
  // Opens (creating if needed) and migrates. Throws StoreError with the reason.
  explicit Database(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  template <class... Args>
  Statement Query(std::string_view sql, const Args&... args) {
    Statement statement(db_, sql);
    int index = 1;
    (statement.Bind(index++, args), ...);
    return statement;
  }
  template <class... Args>
  void Run(std::string_view sql, const Args&... args) {
    Query(sql, args...).Run();
  }
  void Exec(const std::string& sql);
  int64_t LastInsertId() const;
  int Changes() const;
  int SchemaVersion();

  // Runs fn inside BEGIN IMMEDIATE ... COMMIT; any exception rolls back and propagates.
  template <class Fn>
  auto Transaction(Fn&& fn) {
    Exec("BEGIN IMMEDIATE");
    try {
      if constexpr (std::is_void_v<decltype(fn())>) {
        fn();
        Exec("COMMIT");
      } else {
        auto result = fn();
        Exec("COMMIT");
        return result;
      }
    } catch (...) {
      Exec("ROLLBACK");
      throw;
    }
  }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace vc::provision
