#pragma once
namespace vc::provision {

class Database;

// The schema's history, one numbered step per change, never edited once released: a database
// at version N gets steps N+1.. applied in one transaction each (PRAGMA user_version records N).
class Migrations {
 public:
  static int Latest();
  // Throws StoreError when the file is newer than this program or a step fails.
  static void Apply(Database& db);
};

}  // namespace vc::provision
