#include "appliance/provisioning/ProvisioningMessages.hpp"

#include <ctime>

namespace vc::appliance::provisioning {
namespace {

using nlohmann::json;

constexpr size_t kMaxCredentialBytes = 1024;
constexpr size_t kMinCredentialBytes = 32;
constexpr size_t kMaxTextBytes = 4096;

json ParseObject(std::string_view body, const char* what) {
  json value = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded() || !value.is_object()) {
    throw ProtocolError(std::string("the server's ") + what + " answer is not a JSON object");
  }
  return value;
}

const json& Field(const json& object, const std::string& prefix, const char* name) {
  auto it = object.find(name);
  if (it == object.end()) throw ProtocolError("the server's answer lacks '" + prefix + name + "'");
  return *it;
}

std::string String(const json& object, const std::string& prefix, const char* name,
                   size_t max_bytes = kMaxTextBytes) {
  const json& value = Field(object, prefix, name);
  if (!value.is_string() || value.get_ref<const std::string&>().size() > max_bytes) {
    throw ProtocolError("the server's '" + prefix + name + "' must be a string of at most " +
                        std::to_string(max_bytes) + " bytes");
  }
  return value.get<std::string>();
}

std::optional<std::string> OptionalString(const json& object, const std::string& prefix,
                                          const char* name) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::nullopt;
  return String(object, prefix, name);
}

int Integer(const json& object, const std::string& prefix, const char* name, int min, int max) {
  const json& value = Field(object, prefix, name);
  if (!value.is_number_integer() || value.get<int64_t>() < min || value.get<int64_t>() > max) {
    throw ProtocolError("the server's '" + prefix + name + "' must be an integer " +
                        std::to_string(min) + ".." + std::to_string(max));
  }
  return value.get<int>();
}

bool Digits(std::string_view text, size_t pos, size_t count, int& out) {
  if (pos + count > text.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<int64_t> ParseUtcTime(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fff][Z|+HH:MM|-HH:MM]
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (text.size() < 20 || !Digits(text, 0, 4, year) || text[4] != '-' ||
      !Digits(text, 5, 2, month) || text[7] != '-' || !Digits(text, 8, 2, day) ||
      (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !Digits(text, 11, 2, hour) ||
      text[13] != ':' || !Digits(text, 14, 2, minute) || text[16] != ':' ||
      !Digits(text, 17, 2, second)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    const size_t digits_start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == digits_start) return std::nullopt;
  }
  int offset_seconds = 0;
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z') && pos + 1 == text.size()) {
    // UTC
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-') && pos + 6 == text.size()) {
    int oh = 0, om = 0;
    if (!Digits(text, pos + 1, 2, oh) || text[pos + 3] != ':' || !Digits(text, pos + 4, 2, om) ||
        oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset_seconds = (oh * 3600 + om * 60) * (text[pos] == '+' ? 1 : -1);
  } else {
    return std::nullopt;
  }
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return static_cast<int64_t>(timegm(&tm)) - offset_seconds;
}

std::string MakeEnrollRequest(const std::string& code, const std::string& serial,
                              const std::string& software_version) {
  return json{{"code", code}, {"serial", serial}, {"software_version", software_version}}.dump(
      -1, ' ', false, json::error_handler_t::replace);
}

std::string MakeHeartbeatRequest(const HeartbeatSummary& summary) {
  json faults = json::array();
  for (const auto& fault : summary.faults) {
    faults.push_back({{"device", fault.device}, {"message", fault.message}});
  }
  return json{{"call_state", summary.call_state},
              {"faults", std::move(faults)},
              {"software_version", summary.software_version},
              {"config_version", summary.config_version},
              {"meeting", summary.meeting ? json(*summary.meeting) : json(nullptr)}}
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

EnrollReply ParseEnrollReply(std::string_view body) {
  const json reply = ParseObject(body, "enrollment");
  EnrollReply out;
  out.room_id = String(reply, "", "room_id", 128);
  out.credential = String(reply, "", "credential", kMaxCredentialBytes);
  if (out.credential.size() < kMinCredentialBytes) {
    throw ProtocolError("the server's credential is shorter than 32 characters");
  }
  for (unsigned char c : out.credential) {
    if (c <= 0x20 || c >= 0x7F) throw ProtocolError("the server's credential is not printable ASCII");
  }
  out.config_version = Integer(reply, "", "config_version", 0, 2147483647);
  const json& config = Field(reply, "", "config");
  if (!config.is_object()) throw ProtocolError("the server's 'config' must be an object");
  out.config = config;
  return out;
}

Meeting ParseMeeting(const json& value) {
  if (!value.is_object()) throw ProtocolError("the server's meeting must be an object");
  const std::string p = "next_meeting.";
  Meeting m;
  m.id = String(value, p, "id", 128);
  m.title = String(value, p, "title", 512);
  m.start = String(value, p, "start", 64);
  m.duration_minutes = Integer(value, p, "duration_minutes", 1, 7 * 24 * 60);
  m.mcu_room = String(value, p, "mcu_room", 64);
  m.mode = String(value, p, "mode", 32);
  if (m.mode != "conference" && m.mode != "training") {
    throw ProtocolError("the server's 'next_meeting.mode' must be conference or training");
  }
  m.pin = OptionalString(value, p, "pin");
  if (m.pin && m.pin->empty()) m.pin.reset();  // "" is how a server says "no PIN" too
  m.join_opens_at = String(value, p, "join_opens_at", 64);
  m.join_token = OptionalString(value, p, "join_token");
  const auto start = ParseUtcTime(m.start);
  const auto opens = ParseUtcTime(m.join_opens_at);
  if (!start || !opens) {
    throw ProtocolError("the server's meeting times must look like 2026-12-01T08:00:00Z");
  }
  m.start_epoch = *start;
  m.join_opens_epoch = *opens;
  return m;
}

HeartbeatReply ParseHeartbeatReply(std::string_view body) {
  const json reply = ParseObject(body, "heartbeat");
  HeartbeatReply out;
  out.config_version = Integer(reply, "", "config_version", 0, 2147483647);
  if (auto it = reply.find("config"); it != reply.end() && !it->is_null()) {
    if (!it->is_object()) throw ProtocolError("the server's 'config' must be an object");
    out.config = *it;
  }
  if (auto it = reply.find("next_meeting"); it != reply.end() && !it->is_null()) {
    out.next_meeting = ParseMeeting(*it);
  }
  return out;
}

ServerError ParseServerError(int status, std::string_view body) {
  ServerError error{status, "http_" + std::to_string(status), "HTTP status " + std::to_string(status)};
  const json value = json::parse(body.begin(), body.end(), nullptr, false);
  if (value.is_object()) {
    if (auto it = value.find("error"); it != value.end() && it->is_string()) {
      error.code = it->get<std::string>().substr(0, 64);
    }
    if (auto it = value.find("reason"); it != value.end() && it->is_string()) {
      error.reason = it->get<std::string>().substr(0, 300);
    }
  }
  return error;
}

}  // namespace vc::appliance::provisioning
