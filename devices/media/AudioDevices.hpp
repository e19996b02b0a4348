#pragma once
// ALSA PCM devices as ALSA's own configuration names them (snd_device_name_hint): on a box
// without a sound card "null" and "default" still exist, so the list is never empty there.
// Open() checks one device for real by opening and closing it.
#include <string>
#include <vector>

namespace vc::devices::media {

enum class AudioDirection { kCapture, kPlayback };

struct AudioDevice {
  std::string name;         // what alsasrc/alsasink take as device=, e.g. "hw:CARD=USB,DEV=0"
  std::string description;  // first line of ALSA's description
  bool capture = false;
  bool playback = false;
};

class AudioDevices {
 public:
  static std::vector<AudioDevice> Enumerate();
  // Only the devices usable in `direction`.
  static std::vector<AudioDevice> Enumerate(AudioDirection direction);
  // Opens and closes the PCM (non-blocking); false with `reason` when ALSA refuses it.
  static bool CanOpen(const std::string& name, AudioDirection direction, std::string* reason);
};

}  // namespace vc::devices::media
