#include "devices/media/AudioDevices.hpp"

#include <alsa/asoundlib.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace vc::devices::media {
namespace {

struct HintsFree {
  void operator()(void** hints) const { snd_device_name_free_hint(hints); }
};
struct CharFree {
  void operator()(char* text) const { std::free(text); }
};
using HintText = std::unique_ptr<char, CharFree>;

std::string HintValue(void* hint, const char* id) {
  HintText value(snd_device_name_get_hint(hint, id));
  return value ? std::string(value.get()) : std::string();
}

}  // namespace

std::vector<AudioDevice> AudioDevices::Enumerate() {
  std::vector<AudioDevice> devices;
  void** raw = nullptr;
  if (snd_device_name_hint(-1, "pcm", &raw) < 0 || raw == nullptr) return devices;
  std::unique_ptr<void*, HintsFree> hints(raw);
  for (void** hint = raw; *hint != nullptr; ++hint) {
    AudioDevice device;
    device.name = HintValue(*hint, "NAME");
    if (device.name.empty()) continue;
    const std::string description = HintValue(*hint, "DESC");
    device.description = description.substr(0, description.find('\n'));
    // IOID is absent for devices that do both.
    const std::string io = HintValue(*hint, "IOID");
    device.capture = io.empty() || io == "Input";
    device.playback = io.empty() || io == "Output";
    devices.push_back(std::move(device));
  }
  return devices;
}

std::vector<AudioDevice> AudioDevices::Enumerate(AudioDirection direction) {
  auto devices = Enumerate();
  std::erase_if(devices, [direction](const AudioDevice& device) {
    return direction == AudioDirection::kCapture ? !device.capture : !device.playback;
  });
  return devices;
}

bool AudioDevices::CanOpen(const std::string& name, AudioDirection direction,
                           std::string* reason) {
  snd_pcm_t* pcm = nullptr;
  const int result = snd_pcm_open(
      &pcm, name.c_str(),
      direction == AudioDirection::kCapture ? SND_PCM_STREAM_CAPTURE : SND_PCM_STREAM_PLAYBACK,
      SND_PCM_NONBLOCK);
  if (result < 0) {
    if (reason != nullptr) *reason = "ALSA device '" + name + "': " + snd_strerror(result);
    return false;
  }
  snd_pcm_close(pcm);
  return true;
}

}  // namespace vc::devices::media
