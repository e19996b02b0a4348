#include "provisioning/csv/RoomValidator.hpp"

#include <cctype>

#include "provisioning/core/Text.hpp"

namespace vc::provision {

bool RoomValidator::IsText(const std::string& s, size_t max) {
  return !s.empty() && text::IsValidUtf8(s) && !text::HasControlCharacters(s) &&
         text::CodePoints(s) <= max;
}

bool RoomValidator::IsMcuUrl(const std::string& url) {
  size_t host_start = 0;
  if (url.starts_with("ws://")) {
    host_start = 5;
  } else if (url.starts_with("wss://")) {
    host_start = 6;
  } else {
    return false;
  }
  if (url.size() > 512 || url.size() == host_start) return false;
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7F) return false;
  }
  const char first = url[host_start];
  return first != '/' && first != ':';
}

bool RoomValidator::IsMcuRoom(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  }
  return true;
}

bool RoomValidator::IsHost(const std::string& host) {
  if (host.empty() || host.size() > 253) return false;
  for (char c : host) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != ':') return false;
  }
  return true;
}

std::vector<FieldError> RoomValidator::Validate(const Room& r) {
  std::vector<FieldError> errors;
  auto fail = [&](const char* field, std::string message) {
    errors.push_back({field, std::move(message)});
  };
  if (!IsText(r.name, 64)) fail("name", "expected text of 1-64 characters");
  if (!IsText(r.site, 128)) fail("site", "expected text of 1-128 characters");
  if (r.site_kind != "department" && r.site_kind != "district" && r.site_kind != "school") {
    fail("site_kind", "expected department, district or school");
  }
  if (r.type != "conference" && r.type != "training") fail("type", "expected conference or training");
  if (!IsMcuUrl(r.mcu_url)) fail("mcu_url", "expected a ws:// or wss:// URL like wss://mcu.example:8443/ws");
  if (!IsMcuRoom(r.mcu_room)) fail("mcu_room", "expected 1-64 of A-Z a-z 0-9 - _ .");
  const bool v4l2 = r.camera_source.starts_with("v4l2:/dev/video") && r.camera_source.size() > 15 &&
                    r.camera_source.find_first_not_of("0123456789", 15) == std::string::npos;
  if (r.camera_source != "test" && !v4l2) fail("camera_source", "expected test or v4l2:/dev/videoN");
  if (!r.ptz_host.empty() && !IsHost(r.ptz_host)) fail("ptz_host", "expected a host name or IP address");
  if (!IsText(r.audio_capture, 128)) fail("audio_capture", "expected an ALSA device name or test");
  if (!IsText(r.audio_playback, 128)) fail("audio_playback", "expected an ALSA device name or null");
  if (!r.projector_host.empty() && !IsHost(r.projector_host)) {
    fail("projector_host", "expected a host name or IP address");
  }
  if (r.projector_port < 1 || r.projector_port > 65535) fail("projector_port", "expected an integer 1-65535");
  const bool input_ok = r.projector_input.size() == 2 && r.projector_input[0] >= '1' &&
                        r.projector_input[0] <= '9' && std::isalnum(static_cast<unsigned char>(r.projector_input[1]));
  if (!input_ok) fail("projector_input", "expected a PJLink input code such as 31");
  return errors;
}

}  // namespace vc::provision
