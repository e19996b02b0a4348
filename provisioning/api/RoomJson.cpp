#include "provisioning/api/RoomJson.hpp"

#include "provisioning/api/JsonInput.hpp"
#include "provisioning/core/ProvisionError.hpp"
#include "provisioning/service/Stores.hpp"

namespace vc::provision {

nlohmann::json RoomJson::ToJson(const Room& r) {
  return {{"id", ExternalId('r', r.id)},
          {"name", r.name},
          {"site", r.site},
          {"site_kind", r.site_kind},
          {"type", r.type},
          {"mcu_url", r.mcu_url},
          {"mcu_room", r.mcu_room},
          {"camera_source", r.camera_source},
          {"ptz_host", r.ptz_host},
          {"audio_capture", r.audio_capture},
          {"audio_playback", r.audio_playback},
          {"projector_host", r.projector_host},
          {"projector_port", r.projector_port},
          {"projector_input", r.projector_input},
          {"config_overrides", nlohmann::json::parse(r.config_overrides, nullptr, false)},
          {"config_version", r.config_version}};
}

void RoomJson::Apply(const nlohmann::json& body, Room& r) {
  JsonInput::OnlyKeys(body, {"name", "site", "site_kind", "type", "mcu_url", "mcu_room", "camera_source",
                             "ptz_host", "audio_capture", "audio_playback", "projector_host",
                             "projector_port", "projector_input", "config_overrides"});
  struct Text {
    const char* key;
    std::string Room::*field;
  };
  static constexpr Text kTexts[] = {
      {"name", &Room::name},           {"site", &Room::site},
      {"site_kind", &Room::site_kind}, {"type", &Room::type},
      {"mcu_url", &Room::mcu_url},     {"mcu_room", &Room::mcu_room},
      {"camera_source", &Room::camera_source}, {"ptz_host", &Room::ptz_host},
      {"audio_capture", &Room::audio_capture}, {"audio_playback", &Room::audio_playback},
      {"projector_host", &Room::projector_host}, {"projector_input", &Room::projector_input}};
  for (const auto& t : kTexts) {
    if (auto value = JsonInput::OptionalString(body, t.key)) r.*(t.field) = *value;
  }
  if (auto port = JsonInput::OptionalInteger(body, "projector_port")) r.projector_port = *port;
  if (const auto it = body.find("config_overrides"); it != body.end()) {
    if (!it->is_object()) {
      throw ProvisionError(400, "bad_request", std::string("field \"config_overrides\": expected an object, got ") +
                                                   JsonInput::TypeName(*it));
    }
    r.config_overrides = it->dump();
  }
}

}  // namespace vc::provision
