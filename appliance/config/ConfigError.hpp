#pragma once
// A room configuration that cannot be used. what() is always ONE line that names the field path
// (or the file), so that vc-room can print it and exit: an operator or a provisioning script
// sees exactly what to fix, e.g.
//   config field "devices.projector.port": expected an integer 1..65535, got "abc"
#include <stdexcept>
#include <string>

namespace vc::appliance {

enum class ConfigErrorKind {
  kUnreadable,     // the file cannot be opened or read
  kUnwritable,     // saving failed
  kSyntax,         // not JSON
  kMissing,        // a required field is absent
  kWrongType,      // a field has the wrong JSON type
  kBadValue,       // right type, unacceptable value (range, format)
  kUnknownKey,     // a key this object does not have (typo, or a field from a newer format)
  kUnknownDevice,  // a device kind vc-room does not drive
};

const char* ConfigErrorKindName(ConfigErrorKind kind);

class ConfigError : public std::runtime_error {
 public:
  ConfigError(ConfigErrorKind kind, std::string field, const std::string& line);

  ConfigErrorKind kind() const { return kind_; }
  // Dotted path of the field ("devices.projector.port"); for file errors, the file's path.
  const std::string& field() const { return field_; }

  static ConfigError Missing(const std::string& field, const std::string& expected);
  static ConfigError WrongType(const std::string& field, const std::string& expected,
                               const std::string& got);
  static ConfigError BadValue(const std::string& field, const std::string& expected,
                              const std::string& got);
  static ConfigError UnknownKey(const std::string& field, const std::string& known);
  static ConfigError UnknownDevice(const std::string& field, const std::string& known);
  static ConfigError Unreadable(const std::string& path, const std::string& reason);
  static ConfigError Unwritable(const std::string& path, const std::string& reason);
  static ConfigError Syntax(const std::string& path, const std::string& reason);

 private:
  ConfigErrorKind kind_;
  std::string field_;
};

}  // namespace vc::appliance
