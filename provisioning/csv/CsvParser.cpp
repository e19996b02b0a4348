#include "provisioning/csv/CsvParser.hpp"

namespace vc::provision {
namespace {

std::string LineError(int line, const std::string& what) {
  return "line " + std::to_string(line) + ": " + what;
}

}  // namespace

CsvParser::Result CsvParser::Parse(std::string_view text) {
  Result result;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  int line = 1;
  size_t i = 0;
  while (i < text.size()) {
    CsvRecord record{line, {}};
    std::string field;
    bool record_done = false;
    while (!record_done) {
      field.clear();
      if (i < text.size() && text[i] == '"') {
        const int quote_line = line;
        ++i;
        for (;;) {
          if (i >= text.size()) {
            result.error = LineError(quote_line, "unterminated quoted field");
            return result;
          }
          const char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
              continue;
            }
            break;
          }
          if (c == '\n') ++line;
          field += c;
          if (field.size() > kMaxFieldBytes) {
            result.error = LineError(quote_line, "field longer than " + std::to_string(kMaxFieldBytes) + " bytes");
            return result;
          }
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          result.error = LineError(line, "text after a closing quote (write \"\" for a quote inside one)");
          return result;
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') {
            result.error = LineError(line, "quote inside an unquoted field (quote the whole field)");
            return result;
          }
          field += text[i++];
          if (field.size() > kMaxFieldBytes) {
            result.error = LineError(line, "field longer than " + std::to_string(kMaxFieldBytes) + " bytes");
            return result;
          }
        }
      }
      record.fields.push_back(field);
      if (record.fields.size() > kMaxFields) {
        result.error = LineError(record.line, "more than " + std::to_string(kMaxFields) + " fields");
        return result;
      }
      if (i >= text.size()) {
        record_done = true;
      } else if (text[i] == ',') {
        ++i;
      } else {
        if (text[i] == '\r') ++i;
        if (i < text.size() && text[i] == '\n') ++i;
        ++line;
        record_done = true;
      }
    }
    const bool blank = record.fields.size() == 1 && record.fields[0].empty();
    if (!blank) {
      if (result.records.size() == kMaxRecords) {
        result.error = "more than " + std::to_string(kMaxRecords) + " records";
        return result;
      }
      result.records.push_back(std::move(record));
    }
  }
  return result;
}

std::string CsvParser::Quote(std::string_view field) {
  const bool needs = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!needs) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace vc::provision
