#pragma once
// Rooms as CSV, the way the 72 rooms are really entered: one header line naming the columns (any
// order; name, site, type, mcu_url and mcu_room required), one room per line. Reading checks
// every row and returns every problem, so a file with any bad row can be refused as a whole.
#include <string>
#include <string_view>
#include <vector>

#include "provisioning/csv/RoomValidator.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

struct CsvRowError {
  int row = 0;   // 1-based data row (the header is row 0)
  int line = 0;  // 1-based line in the file
  std::string field;
  std::string message;

  std::string ToString() const;  // "row 12 (line 13), field \"type\": expected ..."
};

class RoomCsv {
 public:
  struct ReadResult {
    std::vector<Room> rooms;
    std::vector<CsvRowError> errors;  // empty: every row is good
  };

  static const std::vector<std::string>& Columns();
  static ReadResult Read(std::string_view text);
  static std::string Write(const std::vector<Room>& rooms);
};

}  // namespace vc::provision
