#include "appliance/config/ConfigError.hpp"

#include <algorithm>

namespace vc::appliance {
namespace {

// Keeps what() on one line whatever the input contained.
std::string OneLine(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return text;
}

std::string FieldPrefix(const std::string& field) { return "config field \"" + field + "\": "; }
std::string FilePrefix(const std::string& path) { return "config file \"" + path + "\": "; }

}  // namespace

const char* ConfigErrorKindName(ConfigErrorKind kind) {
  switch (kind) {
    case ConfigErrorKind::kUnreadable: return "unreadable";
    case ConfigErrorKind::kUnwritable: return "unwritable";
    case ConfigErrorKind::kSyntax: return "syntax";
    case ConfigErrorKind::kMissing: return "missing";
    case ConfigErrorKind::kWrongType: return "wrong_type";
    case ConfigErrorKind::kBadValue: return "bad_value";
    case ConfigErrorKind::kUnknownKey: return "unknown_key";
    case ConfigErrorKind::kUnknownDevice: return "unknown_device";
  }
  return "unknown";
}

ConfigError::ConfigError(ConfigErrorKind kind, std::string field, const std::string& line)
    : std::runtime_error(OneLine(line)), kind_(kind), field_(std::move(field)) {}

ConfigError ConfigError::Missing(const std::string& field, const std::string& expected) {
  return {ConfigErrorKind::kMissing, field, FieldPrefix(field) + "missing, expected " + expected};
}

ConfigError ConfigError::WrongType(const std::string& field, const std::string& expected,
                                   const std::string& got) {
  return {ConfigErrorKind::kWrongType, field,
          FieldPrefix(field) + "expected " + expected + ", got " + got};
}

ConfigError ConfigError::BadValue(const std::string& field, const std::string& expected,
                                  const std::string& got) {
  return {ConfigErrorKind::kBadValue, field,
          FieldPrefix(field) + "expected " + expected + ", got " + got};
}

ConfigError ConfigError::UnknownKey(const std::string& field, const std::string& known) {
  return {ConfigErrorKind::kUnknownKey, field,
          FieldPrefix(field) + "unknown key (known here: " + known + ")"};
}

ConfigError ConfigError::UnknownDevice(const std::string& field, const std::string& known) {
  return {ConfigErrorKind::kUnknownDevice, field,
          FieldPrefix(field) + "unknown device kind (vc-room drives: " + known + ")"};
}

ConfigError ConfigError::Unreadable(const std::string& path, const std::string& reason) {
  return {ConfigErrorKind::kUnreadable, path, FilePrefix(path) + "cannot read: " + reason};
}

ConfigError ConfigError::Unwritable(const std::string& path, const std::string& reason) {
  return {ConfigErrorKind::kUnwritable, path, FilePrefix(path) + "cannot write: " + reason};
}

ConfigError ConfigError::Syntax(const std::string& path, const std::string& reason) {
  return {ConfigErrorKind::kSyntax, path, FilePrefix(path) + "not valid JSON: " + reason};
}

}  // namespace vc::appliance
