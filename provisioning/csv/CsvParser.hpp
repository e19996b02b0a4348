#pragma once
// RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" is a quote inside one),
// CRLF or LF line ends, a UTF-8 byte-order mark at the start ignored. Bounded: a file over the
// limits is refused, not half-read.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vc::provision {

struct CsvRecord {
  int line = 0;  // the 1-based line the record starts on
  std::vector<std::string> fields;
};

class CsvParser {
 public:
  static constexpr size_t kMaxRecords = 10000;
  static constexpr size_t kMaxFields = 64;
  static constexpr size_t kMaxFieldBytes = 4096;

  struct Result {
    std::vector<CsvRecord> records;
    std::optional<std::string> error;  // "line 7: unterminated quoted field", ...
  };

  // Blank lines are skipped.
  static Result Parse(std::string_view text);
  // One field written back: quoted when it holds a comma, quote, CR or LF, or leading/trailing space.
  static std::string Quote(std::string_view field);
};

}  // namespace vc::provision
