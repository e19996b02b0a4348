#include "devices/media/AlsaMixer.hpp"

#include <alsa/asoundlib.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vc::devices::media {
namespace {

struct MixerClose {
  void operator()(snd_mixer_t* mixer) const { snd_mixer_close(mixer); }
};
using MixerPtr = std::unique_ptr<snd_mixer_t, MixerClose>;

// An open, loaded mixer and the one element, or the reason there is none.
struct OpenedElement {
  MixerPtr mixer;
  snd_mixer_elem_t* element = nullptr;  // owned by mixer
  DeviceResult result;
};

OpenedElement OpenElement(const AlsaMixer::Control& control) {
  OpenedElement opened;
  const std::string where = "ALSA mixer '" + control.card + "'";
  snd_mixer_t* raw = nullptr;
  int error = snd_mixer_open(&raw, 0);
  if (error < 0) {
    opened.result = DeviceResult::Error(DeviceErrorKind::kUnreachable,
                                        where + ": cannot open (" + snd_strerror(error) + ")");
    return opened;
  }
  opened.mixer.reset(raw);
  error = snd_mixer_attach(raw, control.card.c_str());
  if (error >= 0) error = snd_mixer_selem_register(raw, nullptr, nullptr);
  if (error >= 0) error = snd_mixer_load(raw);
  if (error < 0) {
    opened.result = DeviceResult::Error(
        DeviceErrorKind::kUnreachable,
        where + ": no such sound card or mixer (" + snd_strerror(error) + ")");
    return opened;
  }
  snd_mixer_selem_id_t* id = nullptr;
  snd_mixer_selem_id_alloca(&id);
  snd_mixer_selem_id_set_index(id, 0);
  snd_mixer_selem_id_set_name(id, control.element.c_str());
  opened.element = snd_mixer_find_selem(raw, id);
  if (opened.element == nullptr) {
    opened.result = DeviceResult::Error(DeviceErrorKind::kDeviceFault,
                                        where + " has no control '" + control.element + "'");
  }
  return opened;
}

bool IsCapture(const AlsaMixer::Control& control) {
  return control.direction == AudioDirection::kCapture;
}

DeviceResult Failed(const AlsaMixer::Control& control, const char* what, int error) {
  return DeviceResult::Error(DeviceErrorKind::kDeviceFault,
                             "ALSA mixer '" + control.card + "' control '" + control.element +
                                 "': cannot " + what + " (" + snd_strerror(error) + ")");
}

}  // namespace

AlsaMixer::AlsaMixer(Control control) : control_(std::move(control)) {}

DeviceResult AlsaMixer::SetVolume(int percent) {
  auto opened = OpenElement(control_);
  if (!opened.result.ok()) return opened.result;
  const bool capture = IsCapture(control_);
  const bool has_volume = capture ? snd_mixer_selem_has_capture_volume(opened.element)
                                  : snd_mixer_selem_has_playback_volume(opened.element);
  if (!has_volume) {
    return DeviceResult::Error(DeviceErrorKind::kDeviceFault,
                               "ALSA control '" + control_.element + "' has no volume");
  }
  long min = 0;
  long max = 0;
  int error = capture ? snd_mixer_selem_get_capture_volume_range(opened.element, &min, &max)
                      : snd_mixer_selem_get_playback_volume_range(opened.element, &min, &max);
  if (error < 0) return Failed(control_, "read the volume range", error);
  const long value =
      min + std::lround(static_cast<double>(max - min) * std::clamp(percent, 0, 100) / 100.0);
  error = capture ? snd_mixer_selem_set_capture_volume_all(opened.element, value)
                  : snd_mixer_selem_set_playback_volume_all(opened.element, value);
  return error < 0 ? Failed(control_, "set the volume", error) : DeviceResult::Ok();
}

DeviceResult AlsaMixer::SetMute(bool muted) {
  auto opened = OpenElement(control_);
  if (!opened.result.ok()) return opened.result;
  const bool capture = IsCapture(control_);
  const bool has_switch = capture ? snd_mixer_selem_has_capture_switch(opened.element)
                                  : snd_mixer_selem_has_playback_switch(opened.element);
  if (!has_switch) {
    return DeviceResult::Error(DeviceErrorKind::kDeviceFault,
                               "ALSA control '" + control_.element + "' cannot be muted");
  }
  // ALSA's switch is "sound on", the opposite of mute.
  const int error = capture ? snd_mixer_selem_set_capture_switch_all(opened.element, !muted)
                            : snd_mixer_selem_set_playback_switch_all(opened.element, !muted);
  return error < 0 ? Failed(control_, "set mute", error) : DeviceResult::Ok();
}

DeviceResult AlsaMixer::Read(MixerLevel* level) const {
  auto opened = OpenElement(control_);
  if (!opened.result.ok()) return opened.result;
  const bool capture = IsCapture(control_);
  const auto channel = SND_MIXER_SCHN_FRONT_LEFT;
  MixerLevel read;
  long min = 0;
  long max = 0;
  long value = 0;
  int error = capture ? snd_mixer_selem_get_capture_volume_range(opened.element, &min, &max)
                      : snd_mixer_selem_get_playback_volume_range(opened.element, &min, &max);
  if (error >= 0) {
    error = capture ? snd_mixer_selem_get_capture_volume(opened.element, channel, &value)
                    : snd_mixer_selem_get_playback_volume(opened.element, channel, &value);
  }
  if (error < 0) return Failed(control_, "read the volume", error);
  read.volume_percent =
      max > min ? static_cast<int>(std::lround(100.0 * static_cast<double>(value - min) /
                                               static_cast<double>(max - min)))
                : 0;
  int on = 1;
  const bool has_switch = capture ? snd_mixer_selem_has_capture_switch(opened.element)
                                  : snd_mixer_selem_has_playback_switch(opened.element);
  if (has_switch) {
    error = capture ? snd_mixer_selem_get_capture_switch(opened.element, channel, &on)
                    : snd_mixer_selem_get_playback_switch(opened.element, channel, &on);
    if (error < 0) return Failed(control_, "read mute", error);
  }
  read.muted = on == 0;
  if (level != nullptr) *level = read;
  return DeviceResult::Ok();
}

}  // namespace vc::devices::media
