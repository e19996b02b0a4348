#pragma once
// Reading request bodies strictly: a JSON object of bounded size, only the keys the endpoint
// knows, each of the expected type; anything else is ProvisionError 400/413 naming the field.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "provisioning/api/HttpTypes.hpp"

namespace vc::provision {

class JsonInput {
 public:
  static constexpr size_t kMaxJsonBody = 64 * 1024;

  // The body as a JSON object; an empty body counts as {} when allow_empty.
  static nlohmann::json Object(const Request& request, bool allow_empty = false);
  // Refuses keys outside `known` (a typo must not be silently ignored).
  static void OnlyKeys(const nlohmann::json& object, std::initializer_list<const char*> known);

  static std::string String(const nlohmann::json& object, const char* key);
  static std::optional<std::string> OptionalString(const nlohmann::json& object, const char* key);
  static int64_t Integer(const nlohmann::json& object, const char* key);
  static std::optional<int64_t> OptionalInteger(const nlohmann::json& object, const char* key);
  static std::vector<std::string> StringArray(const nlohmann::json& object, const char* key,
                                              size_t max_items);
  static const char* TypeName(const nlohmann::json& value);
};

}  // namespace vc::provision
