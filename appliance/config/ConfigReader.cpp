#include "appliance/config/ConfigReader.hpp"

#include <cmath>

namespace vc::appliance {
namespace {

constexpr size_t kMaxShownChars = 60;

std::string IntegerExpectation(int min, int max) {
  return "an integer " + std::to_string(min) + ".." + std::to_string(max);
}

std::string JoinKeys(std::initializer_list<std::string_view> keys) {
  std::string out;
  for (std::string_view key : keys) {
    if (!out.empty()) out += ", ";
    out += key;
  }
  return out;
}

}  // namespace

ConfigReader::ConfigReader(const nlohmann::json& value, std::string path, std::string expected)
    : object_(value), path_(std::move(path)) {
  if (!value.is_object()) {
    throw ConfigError::WrongType(path_.empty() ? "(root)" : path_, expected, Describe(value));
  }
}

std::string ConfigReader::FieldPath(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void ConfigReader::RejectUnknownKeys(std::initializer_list<std::string_view> known,
                                     bool devices) const {
  for (const auto& [key, value] : object_.items()) {
    bool found = false;
    for (std::string_view k : known) found = found || k == key;
    if (found) continue;
    if (devices) throw ConfigError::UnknownDevice(FieldPath(key), JoinKeys(known));
    throw ConfigError::UnknownKey(FieldPath(key), JoinKeys(known));
  }
}

const nlohmann::json* ConfigReader::Find(std::string_view key) const {
  auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

bool ConfigReader::Has(std::string_view key) const { return Find(key) != nullptr; }

ConfigReader ConfigReader::Object(std::string_view key, const std::string& expected) const {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) throw ConfigError::Missing(FieldPath(key), expected);
  return ConfigReader(*value, FieldPath(key), expected);
}

std::optional<ConfigReader> ConfigReader::OptionalObject(std::string_view key,
                                                         const std::string& expected) const {
  if (!Has(key)) return std::nullopt;
  return Object(key, expected);
}

const nlohmann::json* ConfigReader::OptionalArray(std::string_view key,
                                                  const std::string& expected) const {
  const nlohmann::json* value = Find(key);
  if (value != nullptr && !value->is_array()) {
    throw ConfigError::WrongType(FieldPath(key), expected, Describe(*value));
  }
  return value;
}

std::string ConfigReader::String(std::string_view key, const StringRule& rule) const {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) throw ConfigError::Missing(FieldPath(key), rule.expected);
  if (!value->is_string()) {
    throw ConfigError::WrongType(FieldPath(key), rule.expected, Describe(*value));
  }
  std::string text = value->get<std::string>();
  if (rule.accepts && !rule.accepts(text)) {
    throw ConfigError::BadValue(FieldPath(key), rule.expected, Describe(*value));
  }
  return text;
}

std::optional<std::string> ConfigReader::OptionalString(std::string_view key,
                                                        const StringRule& rule) const {
  if (!Has(key)) return std::nullopt;
  return String(key, rule);
}

int ConfigReader::ToInteger(std::string_view key, const nlohmann::json& value, int min,
                            int max) const {
  const std::string expected = IntegerExpectation(min, max);
  // 3.0 is accepted as 3 (some tools write every number as a float); 3.5 is not an integer.
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::trunc(d) != d || !std::isfinite(d)) {
      throw ConfigError::WrongType(FieldPath(key), expected, Describe(value));
    }
    if (d < min || d > max) throw ConfigError::BadValue(FieldPath(key), expected, Describe(value));
    return static_cast<int>(d);
  }
  if (!value.is_number_integer()) {
    throw ConfigError::WrongType(FieldPath(key), expected, Describe(value));
  }
  if (value.is_number_unsigned()) {
    const auto u = value.get<uint64_t>();
    if (u > static_cast<uint64_t>(max) || (min > 0 && u < static_cast<uint64_t>(min))) {
      throw ConfigError::BadValue(FieldPath(key), expected, Describe(value));
    }
    return static_cast<int>(u);
  }
  const auto i = value.get<int64_t>();
  if (i < min || i > max) throw ConfigError::BadValue(FieldPath(key), expected, Describe(value));
  return static_cast<int>(i);
}

int ConfigReader::Integer(std::string_view key, int min, int max) const {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) throw ConfigError::Missing(FieldPath(key), IntegerExpectation(min, max));
  return ToInteger(key, *value, min, max);
}

int ConfigReader::IntegerOr(std::string_view key, int min, int max, int fallback) const {
  const nlohmann::json* value = Find(key);
  return value == nullptr ? fallback : ToInteger(key, *value, min, max);
}

bool ConfigReader::BooleanOr(std::string_view key, bool fallback) const {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) return fallback;
  if (!value->is_boolean()) {
    throw ConfigError::WrongType(FieldPath(key), "true or false", Describe(*value));
  }
  return value->get<bool>();
}

std::string ConfigReader::Describe(const nlohmann::json& value) {
  if (value.is_object()) return "an object";
  if (value.is_array()) return "an array";
  constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
  if (value.is_string()) {
    // Shown quoted and shortened to keep the error on one readable line.
    std::string text = value.get<std::string>();
    if (text.size() > kMaxShownChars) {
      size_t cut = kMaxShownChars;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
      text = text.substr(0, cut) + "...";
    }
    return nlohmann::json(text).dump(-1, ' ', false, kReplace);
  }
  return value.dump(-1, ' ', false, kReplace);
}

}  // namespace vc::appliance
