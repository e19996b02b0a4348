#pragma once
// The camera presets' thumbnails on disk: one small JPEG per preset number in a folder beside
// the room configuration (room.json → room-camera-presets/preset-2.jpg), written atomically so
// a restart finds either the old picture or the new one. Control thread only.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace vc::appliance::app {

class PresetThumbnails {
 public:
  explicit PresetThumbnails(std::filesystem::path folder);

  // The folder for the configuration at `config_path`.
  static std::filesystem::path FolderFor(const std::string& config_path);
  // "data:image/jpeg;base64,..." for the panel's Image, which may run on another box.
  static std::string DataUrl(const std::string& jpeg);

  // The preset's picture as a data URL (read from disk once, then remembered); nullopt when it
  // has none yet.
  std::optional<std::string> DataUrlOf(int preset);
  // Saves and remembers; returns an error sentence when the file cannot be written.
  std::optional<std::string> Save(int preset, const std::string& jpeg);

  const std::filesystem::path& folder() const { return folder_; }

 private:
  std::filesystem::path FileOf(int preset) const;

  std::filesystem::path folder_;
  std::map<int, std::optional<std::string>> data_urls_;  // nullopt: looked, no file
};

}  // namespace vc::appliance::app
