#include "appliance/app/PresetThumbnails.hpp"

#include <glib.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <system_error>

namespace vc::appliance::app {
namespace {

constexpr size_t kMaxThumbnailBytes = 256 * 1024;  // a 192x108 JPEG is ~5-15 KB

}  // namespace

PresetThumbnails::PresetThumbnails(std::filesystem::path folder) : folder_(std::move(folder)) {}

std::filesystem::path PresetThumbnails::FolderFor(const std::string& config_path) {
  std::filesystem::path path(config_path);
  const std::string stem = path.stem().empty() ? "room" : path.stem().string();
  return path.parent_path() / (stem + "-camera-presets");
}

std::string PresetThumbnails::DataUrl(const std::string& jpeg) {
  gchar* encoded = g_base64_encode(reinterpret_cast<const guchar*>(jpeg.data()), jpeg.size());
  std::string url = std::string("data:image/jpeg;base64,") + encoded;
  g_free(encoded);
  return url;
}

std::filesystem::path PresetThumbnails::FileOf(int preset) const {
  return folder_ / ("preset-" + std::to_string(preset) + ".jpg");
}

std::optional<std::string> PresetThumbnails::DataUrlOf(int preset) {
  auto it = data_urls_.find(preset);
  if (it != data_urls_.end()) return it->second;
  std::optional<std::string> url;
  std::ifstream in(FileOf(preset), std::ios::binary);
  if (in) {
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string jpeg = bytes.str();
    // Only what looks like a JPEG we wrote (SOI marker, bounded size) reaches the panel.
    if (jpeg.size() > 4 && jpeg.size() <= kMaxThumbnailBytes &&
        static_cast<unsigned char>(jpeg[0]) == 0xFF &&
        static_cast<unsigned char>(jpeg[1]) == 0xD8) {
      url = DataUrl(jpeg);
    }
  }
  data_urls_[preset] = url;
  return url;
}

std::optional<std::string> PresetThumbnails::Save(int preset, const std::string& jpeg) {
  if (jpeg.empty() || jpeg.size() > kMaxThumbnailBytes)
    return "the camera picture has no usable size";
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  if (ec) return "cannot create " + folder_.string() + ": " + ec.message();
  const std::filesystem::path file = FileOf(preset);
  const std::string temp = file.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(jpeg.data(), static_cast<std::streamsize>(jpeg.size()));
    out.flush();
    if (!out) {
      std::filesystem::remove(temp, ec);
      return "cannot write " + temp;
    }
  }
  std::filesystem::rename(temp, file, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return "cannot replace " + file.string();
  }
  data_urls_[preset] = DataUrl(jpeg);
  return std::nullopt;
}

}  // namespace vc::appliance::app
