#include "appliance/control/SettingsStore.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace vc::appliance::control {
namespace {

nlohmann::json ReadJsonFile(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());  // throws parse_error (a std::exception)
}

// Temp file beside the target, then rename: a crash never leaves a half-written configuration.
std::optional<std::string> WriteJsonFileAtomically(const std::filesystem::path& file,
                                                   const nlohmann::json& document) {
  const auto temp = file.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::trunc);
    if (!out) return "cannot write " + temp;
    out << document.dump(2) << "\n";
    out.flush();
    if (!out) return "cannot write " + temp;
  }
  std::error_code ec;
  std::filesystem::rename(temp, file, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return "cannot replace " + file.string();
  }
  return std::nullopt;
}

}  // namespace

SettingsStore::SettingsStore(std::filesystem::path file, StatusTree& status)
    : file_(std::move(file)), status_(status), document_(ReadJsonFile(file_)) {}

void SettingsStore::Register(const std::string& path, std::string json_pointer, Check check) {
  settings_[path] = Setting{nlohmann::json::json_pointer(json_pointer), std::move(check)};
}

void SettingsStore::Reload() {
  document_ = ReadJsonFile(file_);
  PublishAll();
}

void SettingsStore::PublishAll() {
  for (const auto& [path, setting] : settings_) {
    status_.Set("Config/" + path,
                document_.contains(setting.pointer) ? document_.at(setting.pointer) : nullptr);
  }
}

std::optional<nlohmann::json> SettingsStore::Get(const std::string& path) const {
  auto it = settings_.find(path);
  if (it == settings_.end() || !document_.contains(it->second.pointer)) return std::nullopt;
  return document_.at(it->second.pointer);
}

CommandResult SettingsStore::Set(const std::string& path, const nlohmann::json& value) {
  auto it = settings_.find(path);
  if (it == settings_.end()) {
    return CommandResult::Error(error_code::kUnknownSetting, "no persisted setting '" + path + "'");
  }
  if (auto problem = it->second.check(value)) {
    return CommandResult::Error(error_code::kBadArgs, path + ": " + *problem);
  }
  nlohmann::json edited = document_;
  try {
    edited[it->second.pointer] = value;
  } catch (const nlohmann::json::exception& e) {
    return CommandResult::Error(error_code::kWriteFailed, path + ": " + e.what());
  }
  if (document_check_) {
    if (auto problem = document_check_(edited)) {
      return CommandResult::Error(error_code::kBadArgs, *problem);
    }
  }
  if (auto problem = WriteJsonFileAtomically(file_, edited)) {
    return CommandResult::Error(error_code::kWriteFailed, *problem);
  }
  document_ = std::move(edited);
  status_.Set("Config/" + path, value);
  if (applied_) applied_(path, value);
  return CommandResult::Ok();
}

SettingsStore::Check SettingsStore::IntegerIn(int min, int max) {
  return [min, max](const nlohmann::json& v) -> std::optional<std::string> {
    if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > max) {
      return "must be an integer " + std::to_string(min) + ".." + std::to_string(max);
    }
    return std::nullopt;
  };
}

SettingsStore::Check SettingsStore::OneOf(std::vector<std::string> allowed) {
  return [allowed = std::move(allowed)](const nlohmann::json& v) -> std::optional<std::string> {
    if (v.is_string()) {
      for (const auto& option : allowed) {
        if (v.get<std::string>() == option) return std::nullopt;
      }
    }
    std::string list;
    for (const auto& option : allowed) list += (list.empty() ? "" : " | ") + option;
    return "must be one of " + list;
  };
}

SettingsStore::Check SettingsStore::NonEmptyString() {
  return [](const nlohmann::json& v) -> std::optional<std::string> {
    if (!v.is_string() || v.get<std::string>().empty()) return "must be a non-empty string";
    return std::nullopt;
  };
}

SettingsStore::Check SettingsStore::Boolean() {
  return [](const nlohmann::json& v) -> std::optional<std::string> {
    if (!v.is_boolean()) return "must be true or false";
    return std::nullopt;
  };
}

}  // namespace vc::appliance::control
