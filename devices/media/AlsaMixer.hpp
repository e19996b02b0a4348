#pragma once
// Volume and mute of one ALSA mixer control (e.g. card "default", element "Master" for the
// speakers, "Capture" for the microphones). Every call opens the mixer afresh, so a card that is
// plugged in later is found and one that disappears gives an error instead of a stale handle.
// Without a sound card every call returns a DeviceResult error naming the card; nothing throws.
#include <string>

#include "devices/DeviceResult.hpp"
#include "devices/media/AudioDevices.hpp"

namespace vc::devices::media {

struct MixerLevel {
  int volume_percent = 0;  // 0..100 of the control's own range
  bool muted = false;
};

class AlsaMixer {
 public:
  struct Control {
    std::string card = "default";    // a mixer (ctl) name: "default", "hw:0", "hw:CARD=USB"
    std::string element = "Master";  // simple control name
    AudioDirection direction = AudioDirection::kPlayback;
  };

  explicit AlsaMixer(Control control);

  DeviceResult SetVolume(int percent);  // clamped to 0..100
  DeviceResult SetMute(bool muted);
  DeviceResult Read(MixerLevel* level) const;
  const Control& GetControl() const { return control_; }

 private:
  // Passed by argument.
  Control control_;
};

}  // namespace vc::devices::media
