#include "provisioning/api/JsonInput.hpp"

#include <cmath>

#include "provisioning/core/ProvisionError.hpp"

namespace vc::provision {
namespace {

[[noreturn]] void Bad(const std::string& reason) { throw ProvisionError(400, "bad_request", reason); }

[[noreturn]] void WrongType(const char* key, const char* expected, const nlohmann::json& value) {
  Bad(std::string("field \"") + key + "\": expected " + expected + ", got " + JsonInput::TypeName(value));
}

}  // namespace

const char* JsonInput::TypeName(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::number_float: return "a fractional number";
    default: return "a number";
  }
}

nlohmann::json JsonInput::Object(const Request& request, bool allow_empty) {
  if (request.body.size() > kMaxJsonBody) {
    throw ProvisionError(413, "too_large", "JSON body over " + std::to_string(kMaxJsonBody) + " bytes");
  }
  if (request.body.empty() && allow_empty) return nlohmann::json::object();
  if (request.body.empty()) Bad("empty body: expected a JSON object");
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(request.body);
  } catch (const nlohmann::json::parse_error& e) {
    Bad(std::string("body is not valid JSON: ") + e.what());
  }
  if (!parsed.is_object()) Bad(std::string("body: expected a JSON object, got ") + TypeName(parsed));
  return parsed;
}

void JsonInput::OnlyKeys(const nlohmann::json& object, std::initializer_list<const char*> known) {
  for (const auto& [key, value] : object.items()) {
    bool ok = false;
    for (const char* k : known) ok = ok || key == k;
    if (!ok) {
      std::string list;
      for (const char* k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      Bad("unknown field \"" + key.substr(0, 64) + "\" (known here: " + list + ")");
    }
  }
}

std::string JsonInput::String(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) Bad(std::string("field \"") + key + "\": missing");
  if (!it->is_string()) WrongType(key, "a string", *it);
  return it->get<std::string>();
}

std::optional<std::string> JsonInput::OptionalString(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) WrongType(key, "a string", *it);
  return it->get<std::string>();
}

std::optional<int64_t> JsonInput::OptionalInteger(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (it->is_number_integer()) {
    if (it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(INT64_MAX)) {
      Bad(std::string("field \"") + key + "\": integer out of range");
    }
    return it->get<int64_t>();
  }
  if (it->is_number_float()) {
    const double v = it->get<double>();
    // 3.0 is 3; 3.5 is not an integer.
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9e15) return int64_t(v);
  }
  WrongType(key, "an integer", *it);
}

int64_t JsonInput::Integer(const nlohmann::json& object, const char* key) {
  if (!object.contains(key)) Bad(std::string("field \"") + key + "\": missing");
  return *OptionalInteger(object, key);
}

std::vector<std::string> JsonInput::StringArray(const nlohmann::json& object, const char* key,
                                                size_t max_items) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  if (!it->is_array()) WrongType(key, "an array of strings", *it);
  if (it->size() > max_items) Bad(std::string("field \"") + key + "\": at most " + std::to_string(max_items) + " items");
  std::vector<std::string> out;
  for (const auto& item : *it) {
    if (!item.is_string()) WrongType(key, "an array of strings", item);
    out.push_back(item.get<std::string>());
  }
  return out;
}

}  // namespace vc::provision
