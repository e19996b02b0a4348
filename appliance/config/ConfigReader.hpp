#pragma once
// Reads one JSON object of the room configuration with its dotted path, so that every failure
// becomes a ConfigError naming the exact field. Each object declares its keys up front; anything
// else is an error, not silently ignored (a typo in "pasword" must not leave the projector
// without its password).
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "appliance/config/ConfigError.hpp"

namespace vc::appliance {

// What a string field must look like, and how to say so in an error.
struct StringRule {
  std::string expected;  // "a ws:// or wss:// URL"
  std::function<bool(const std::string&)> accepts;
};

class ConfigReader {
 public:
  // Throws ConfigError (wrong type) when `value` is not an object. path "" is the root.
  ConfigReader(const nlohmann::json& value, std::string path, std::string expected = "an object");

  const std::string& path() const { return path_; }
  std::string FieldPath(std::string_view key) const;

  // Throws kUnknownKey (or kUnknownDevice when `devices` is true) for any key not in `known`.
  void RejectUnknownKeys(std::initializer_list<std::string_view> known, bool devices = false) const;

  bool Has(std::string_view key) const;
  ConfigReader Object(std::string_view key, const std::string& expected) const;
  std::optional<ConfigReader> OptionalObject(std::string_view key,
                                             const std::string& expected) const;

  // The array's elements; nullptr when absent. Throws kWrongType when it is not an array.
  const nlohmann::json* OptionalArray(std::string_view key, const std::string& expected) const;

  std::string String(std::string_view key, const StringRule& rule) const;
  std::optional<std::string> OptionalString(std::string_view key, const StringRule& rule) const;
  int Integer(std::string_view key, int min, int max) const;
  int IntegerOr(std::string_view key, int min, int max, int fallback) const;
  bool BooleanOr(std::string_view key, bool fallback) const;

  // The value as an error message shows it: "abc" quoted, numbers as written, "an object".
  static std::string Describe(const nlohmann::json& value);

 private:
  const nlohmann::json* Find(std::string_view key) const;
  int ToInteger(std::string_view key, const nlohmann::json& value, int min, int max) const;

  const nlohmann::json& object_;
  std::string path_;
};

}  // namespace vc::appliance
