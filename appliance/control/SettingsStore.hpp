#pragma once
// Persisted configuration edited through the control API ({"type":"config_set"}). Each setting
// has a control path ("Audio/DefaultVolume"), a place in the room's JSON configuration file (a
// JSON pointer, "/audio/default_volume") and a check of its value. A change is checked, applied to
// the whole file, re-validated as a whole, written atomically (temp file + rename) and mirrored
// into the status tree under "Config/<path>". Control thread only.
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "appliance/control/CommandResult.hpp"
#include "appliance/control/StatusTree.hpp"

namespace vc::appliance::control {

class SettingsStore {
 public:
  // Returns an error sentence, or nullopt when the value is acceptable.
  using Check = std::function<std::optional<std::string>(const nlohmann::json& value)>;
  // Validates the whole edited document (e.g. with the room configuration parser); same contract.
  using DocumentCheck = std::function<std::optional<std::string>(const nlohmann::json& document)>;
  // Called after a successful write, so the daemon can apply the new value live.
  using Applied = std::function<void(const std::string& path, const nlohmann::json& value)>;

  // Reads `file` now (throws std::runtime_error when it is not readable JSON).
  SettingsStore(std::filesystem::path file, StatusTree& status);

  void Register(const std::string& path, std::string json_pointer, Check check);
  void SetDocumentCheck(DocumentCheck check) { document_check_ = std::move(check); }
  void SetApplied(Applied applied) { applied_ = std::move(applied); }

  // Publishes every registered setting's current value under Config/.
  void PublishAll();
  // Reads the file again after someone else rewrote it (provisioning), then PublishAll. Throws
  // std::runtime_error like the constructor; the old document stays then.
  void Reload();
  CommandResult Set(const std::string& path, const nlohmann::json& value);
  std::optional<nlohmann::json> Get(const std::string& path) const;

  // Ready-made checks.
  static Check IntegerIn(int min, int max);
  static Check OneOf(std::vector<std::string> allowed);
  static Check NonEmptyString();
  static Check Boolean();

 private:
  struct Setting {
    nlohmann::json::json_pointer pointer;
    Check check;
  };

  std::filesystem::path file_;
  StatusTree& status_;
  nlohmann::json document_;
  std::map<std::string, Setting> settings_;
  DocumentCheck document_check_;
  Applied applied_;
};

}  // namespace vc::appliance::control
