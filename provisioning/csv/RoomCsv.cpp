#include "provisioning/csv/RoomCsv.hpp"

#include <charconv>
#include <map>
#include <set>

#include "provisioning/core/Text.hpp"
#include "provisioning/csv/CsvParser.hpp"

namespace vc::provision {
namespace {

using Setter = void (*)(Room&, const std::string&);

struct Column {
  const char* name;
  bool required;
  Setter set;
  std::string (*get)(const Room&);
};

const std::vector<Column>& Table() {
  static const std::vector<Column> kTable = {
      {"name", true, [](Room& r, const std::string& v) { r.name = v; }, [](const Room& r) { return r.name; }},
      {"site", true, [](Room& r, const std::string& v) { r.site = v; }, [](const Room& r) { return r.site; }},
      {"site_kind", false, [](Room& r, const std::string& v) { r.site_kind = v; }, [](const Room& r) { return r.site_kind; }},
      {"type", true, [](Room& r, const std::string& v) { r.type = v; }, [](const Room& r) { return r.type; }},
      {"mcu_url", true, [](Room& r, const std::string& v) { r.mcu_url = v; }, [](const Room& r) { return r.mcu_url; }},
      {"mcu_room", true, [](Room& r, const std::string& v) { r.mcu_room = v; }, [](const Room& r) { return r.mcu_room; }},
      {"camera_source", false, [](Room& r, const std::string& v) { r.camera_source = v; }, [](const Room& r) { return r.camera_source; }},
      {"ptz_host", false, [](Room& r, const std::string& v) { r.ptz_host = v; }, [](const Room& r) { return r.ptz_host; }},
      {"audio_capture", false, [](Room& r, const std::string& v) { r.audio_capture = v; }, [](const Room& r) { return r.audio_capture; }},
      {"audio_playback", false, [](Room& r, const std::string& v) { r.audio_playback = v; }, [](const Room& r) { return r.audio_playback; }},
      {"projector_host", false, [](Room& r, const std::string& v) { r.projector_host = v; }, [](const Room& r) { return r.projector_host; }},
      {"projector_port", false,
       [](Room& r, const std::string& v) {
         int64_t port = -1;
         const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), port);
         r.projector_port = (ec == std::errc() && end == v.data() + v.size()) ? port : -1;
       },
       [](const Room& r) { return std::to_string(r.projector_port); }},
      {"projector_input", false, [](Room& r, const std::string& v) { r.projector_input = v; }, [](const Room& r) { return r.projector_input; }},
  };
  return kTable;
}

}  // namespace

std::string CsvRowError::ToString() const {
  std::string out = row > 0 ? "row " + std::to_string(row) + " (line " + std::to_string(line) + ")"
                            : "line " + std::to_string(line);
  if (!field.empty()) out += ", field \"" + field + "\"";
  return out + ": " + message;
}

const std::vector<std::string>& RoomCsv::Columns() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const auto& c : Table()) names.push_back(c.name);
    return names;
  }();
  return kNames;
}

RoomCsv::ReadResult RoomCsv::Read(std::string_view text) {
  ReadResult result;
  if (!text::IsValidUtf8(text)) {
    result.errors.push_back({0, 1, "", "the file is not UTF-8 text (save it as CSV UTF-8)"});
    return result;
  }
  const auto parsed = CsvParser::Parse(text);
  if (parsed.error) {
    result.errors.push_back({0, 0, "", *parsed.error});
    return result;
  }
  if (parsed.records.empty()) {
    result.errors.push_back({0, 1, "", "the file is empty (expected a header line)"});
    return result;
  }
  // Header: which table column each CSV column fills.
  const auto& header = parsed.records.front();
  std::vector<const Column*> mapping;
  std::set<std::string> seen;
  for (const auto& raw : header.fields) {
    std::string name = raw;
    while (!name.empty() && name.back() == ' ') name.pop_back();
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    const Column* found = nullptr;
    for (const auto& c : Table()) {
      if (name == c.name) found = &c;
    }
    if (!found) {
      result.errors.push_back({0, header.line, name, "unknown column"});
    } else if (!seen.insert(name).second) {
      result.errors.push_back({0, header.line, name, "column given twice"});
    }
    mapping.push_back(found);
  }
  for (const auto& c : Table()) {
    if (c.required && !seen.contains(c.name)) {
      result.errors.push_back({0, header.line, c.name, "required column missing"});
    }
  }
  if (!result.errors.empty()) return result;

  std::map<std::string, int> row_of_name;
  for (size_t i = 1; i < parsed.records.size(); ++i) {
    const auto& record = parsed.records[i];
    const int row = int(i);
    if (record.fields.size() != mapping.size()) {
      result.errors.push_back({row, record.line, "",
                               "expected " + std::to_string(mapping.size()) + " fields, got " +
                                   std::to_string(record.fields.size())});
      continue;
    }
    Room room;
    for (size_t f = 0; f < mapping.size(); ++f) {
      // An empty optional cell keeps the default; an empty required cell fails validation.
      if (record.fields[f].empty() && !mapping[f]->required) continue;
      mapping[f]->set(room, record.fields[f]);
    }
    for (const auto& e : RoomValidator::Validate(room)) {
      result.errors.push_back({row, record.line, e.field, e.message});
    }
    if (!room.name.empty()) {
      const auto [it, fresh] = row_of_name.emplace(room.name, row);
      if (!fresh) {
        result.errors.push_back({row, record.line, "name",
                                 "\"" + room.name + "\" is already used by row " + std::to_string(it->second)});
      }
    }
    result.rooms.push_back(std::move(room));
  }
  if (!result.errors.empty()) result.rooms.clear();
  return result;
}

std::string RoomCsv::Write(const std::vector<Room>& rooms) {
  std::string out;
  const auto& table = Table();
  for (size_t c = 0; c < table.size(); ++c) out += (c ? "," : "") + std::string(table[c].name);
  out += "\r\n";
  for (const auto& room : rooms) {
    for (size_t c = 0; c < table.size(); ++c) {
      if (c) out += ',';
      out += CsvParser::Quote(table[c].get(room));
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace vc::provision
