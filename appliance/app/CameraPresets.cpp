#include "appliance/app/CameraPresets.hpp"

#include "appliance/config/ConfigRules.hpp"
#include "appliance/control/CommandArgs.hpp"
#include "appliance/control/RoomCommands.hpp"
#include "appliance/state/RoomCommandError.hpp"
#include "common/log/Log.hpp"

namespace vc::appliance::app {
namespace {

using control::CommandArgs;
using control::CommandError;
using control::CommandReply;
using control::CommandResult;
using nlohmann::json;
namespace error_code = control::error_code;

constexpr std::string_view kLog = "camera-presets";
constexpr const char* kSettingPath = "Camera/Presets";  // Config/Camera/Presets
constexpr size_t kMaxPresetName = 40;                   // as the configuration allows
constexpr media::ThumbnailSize kThumbnailSize{192, 108};
constexpr auto kPictureTimeout = std::chrono::seconds(6);

json ToJson(const std::vector<CameraPresetConfig>& presets) {
  json list = json::array();
  for (const auto& p : presets) list.push_back({{"number", p.number}, {"name", p.name}});
  return list;
}

}  // namespace

CameraPresets::CameraPresets(boost::asio::io_context& io, control::StatusTree& status,
                             control::SettingsStore& settings, RoomStateMachine& room,
                             media::CallMedia& call, const media::CallMediaConfig& media_config,
                             std::vector<CameraPresetConfig> presets,
                             std::filesystem::path thumbnail_folder)
    : status_(status),
      settings_(settings),
      room_(room),
      call_(call),
      presets_(std::move(presets)),
      thumbnails_(std::move(thumbnail_folder)),
      snapshot_(io, media_config),
      picture_timer_(io) {
  // Editable like the other persisted settings (config_set); the whole file is re-validated.
  settings_.Register(kSettingPath, "/devices/camera/presets",
                     [](const json& v) -> std::optional<std::string> {
                       if (!v.is_array()) return "must be an array of {number, name}";
                       return std::nullopt;
                     });
  settings_.PublishAll();
  Publish();
  status_.Set("Camera/ActivePreset", status_.Get("Devices/Camera/Preset").value_or(json(nullptr)));
  subscriptions_.push_back(
      status_.Subscribe("Devices/Camera/Preset", [this](const std::string&, const json& value) {
        status_.Set("Camera/ActivePreset", value);
      }));
  subscriptions_.push_back(status_.Subscribe(
      std::string("Config/") + kSettingPath,
      [this](const std::string&, const json& value) { OnConfiguredPresets(value); }));
}

CameraPresets::~CameraPresets() {
  for (auto id : subscriptions_) status_.Unsubscribe(id);
}

void CameraPresets::Register(control::CommandTable& table) {
  table.Register(
      "Camera.Preset.Store",
      "{preset: 0..127, name?: text} store the camera's position as a preset and take its "
      "thumbnail; a name adds or renames the preset on the panel",
      [this](const json& args, CommandReply reply) {
        CommandArgs checked(args);
        const int preset = checked.Int("preset", 0, control::kMaxCameraPreset);
        std::optional<std::string> name;
        if (checked.Has("name")) {
          name = checked.String("name");
          if (!rules::Text(kMaxPresetName).accepts(*name)) {
            throw CommandError(error_code::kBadArgs, "argument 'name' must be a text of 1.." +
                                                         std::to_string(kMaxPresetName) +
                                                         " characters");
          }
        }
        for (const auto& [key, value] : args.items()) {
          if (key != "preset" && key != "name") {
            throw CommandError(error_code::kBadArgs,
                               "unknown argument '" + key + "' (known: preset, name)");
          }
        }
        Store(preset, std::move(name), std::move(reply));
      });
}

void CameraPresets::Store(int preset, std::optional<std::string> name, CommandReply reply) {
  if (pending_) {
    reply(CommandResult::Error(
        error_code::kInvalidState,
        "preset " + std::to_string(pending_->preset) + " is being stored; try again in a moment"));
    return;
  }
  try {
    room_.StorePreset(preset);  // VISCA memory set; its outcome shows in Devices/Camera/Error
  } catch (const RoomCommandError& e) {
    reply(CommandResult::Error(error_code::kInvalidState, e.what()));
    return;
  }
  if (name) {
    std::vector<CameraPresetConfig> edited = presets_;
    bool found = false;
    for (auto& p : edited) {
      if (p.number == preset) {
        p.name = *name;
        found = true;
      }
    }
    if (!found) edited.push_back({preset, *name});
    CommandResult saved = settings_.Set(kSettingPath, ToJson(edited));  // → OnConfiguredPresets
    if (!saved.ok) {
      reply(std::move(saved));
      return;
    }
  }
  pending_ = PendingStore{preset, std::move(reply)};
  TakePicture();
}

void CameraPresets::TakePicture() {
  const uint64_t attempt = ++picture_attempt_;
  auto answer = [this, alive = std::weak_ptr<int>(alive_), attempt](std::optional<std::string> jpeg,
                                                                    const std::string& error) {
    if (alive.expired() || attempt != picture_attempt_) return;
    OnPicture(std::move(jpeg), error);
  };
  // Bounded: a call that ends before its frame arrives never answers the grab.
  picture_timer_.expires_after(kPictureTimeout);
  picture_timer_.async_wait([answer](const boost::system::error_code& ec) {
    if (!ec) answer(std::nullopt, "the camera gave no picture in time");
  });
  if (call_.GrabCameraJpeg(kThumbnailSize, answer)) {
    vc::common::log::Info(kLog, "preset ", pending_->preset, ": picture from the call's camera");
    return;
  }
  vc::common::log::Info(kLog, "preset ", pending_->preset, ": picture from the camera (one-shot)");
  snapshot_.Take(kThumbnailSize,
                 std::chrono::duration_cast<std::chrono::milliseconds>(kPictureTimeout) -
                     std::chrono::milliseconds(500),
                 answer);
}

void CameraPresets::OnPicture(std::optional<std::string> jpeg, const std::string& error) {
  ++picture_attempt_;  // later answers of this attempt are ignored
  picture_timer_.cancel();
  if (!pending_) return;
  PendingStore store = std::move(*pending_);
  pending_.reset();
  std::string problem = error;
  if (jpeg) {
    if (auto failed = thumbnails_.Save(store.preset, *jpeg)) problem = *failed;
  }
  const bool has_thumbnail = jpeg && problem.empty();
  if (has_thumbnail) {
    vc::common::log::Info(kLog, "preset ", store.preset, ": thumbnail of ", jpeg->size(),
                          " bytes saved");
    Publish();
  } else {
    vc::common::log::Warn(kLog, "preset ", store.preset,
                          ": position stored, no thumbnail: ", problem);
  }
  // The position is stored either way; the answer says whether the picture is there too.
  json value = {{"preset", store.preset}, {"thumbnail", has_thumbnail}};
  if (!has_thumbnail) value["reason"] = problem;
  store.reply(CommandResult::Ok(std::move(value)));
}

void CameraPresets::OnConfiguredPresets(const json& list) {
  std::vector<CameraPresetConfig> presets;
  if (list.is_array()) {
    for (const json& entry : list) {
      if (!entry.is_object() || !entry.value("number", json()).is_number_integer() ||
          !entry.value("name", json()).is_string()) {
        continue;  // the document check has refused such a list already
      }
      presets.push_back({entry["number"].get<int>(), entry["name"].get<std::string>()});
    }
  }
  presets_ = std::move(presets);
  Publish();
}

void CameraPresets::Publish() {
  json list = json::array();
  for (const auto& p : presets_) {
    auto url = thumbnails_.DataUrlOf(p.number);
    list.push_back(
        {{"number", p.number}, {"name", p.name}, {"thumbnail", url ? json(*url) : json()}});
  }
  status_.Set("Camera/Presets", std::move(list));
}

}  // namespace vc::appliance::app
