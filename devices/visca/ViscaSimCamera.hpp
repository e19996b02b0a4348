#pragma once
// The emulated camera's model, without I/O: decodes a VISCA command or inquiry, decides how the
// camera answers (error, inquiry answer, done at once, done after a move) and applies the
// change when the command completes. ViscaSimulator puts it on a UDP socket.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>

#include "devices/visca/ViscaCommands.hpp"
#include "devices/visca/ViscaPacket.hpp"

namespace vc::devices::visca {

class ViscaSimCamera {
 public:
  struct Pose {
    int16_t pan = 0;
    int16_t tilt = 0;
    uint16_t zoom = 0;
  };
  struct State {
    bool power_on = true;
    Pose pose;
    std::string drive = "stop";  // continuous pan-tilt drive in progress
    std::string zoom_drive = "stop";
    std::map<int, Pose> presets;
    std::optional<int> last_recalled;  // preset number of the last completed recall
  };

  // What a command does once it completes.
  struct Change {
    enum class Kind { kPower, kDrive, kMoveTo, kHome, kZoomDrive, kZoomTo, kPresetReset, kPresetSet, kPresetRecall };
    Kind kind = Kind::kPower;
    bool power_on = false;
    Pose target;            // kMoveTo (pan, tilt), kZoomTo (zoom)
    int preset = 0;
    std::string drive;      // kDrive / kZoomDrive: "up", "tele", "stop", ...
    int pan_speed = 0;
    int tilt_speed = 0;
  };

  struct Decision {
    enum class Kind { kError, kAnswer, kDoneNow, kDoneAfterMove };
    Kind kind = Kind::kError;
    uint8_t error = 0;  // kError: VISCA error code
    Bytes answer;       // kAnswer: the inquiry's data (between 50 and FF)
    Change change;      // kDoneNow / kDoneAfterMove
  };

  explicit ViscaSimCamera(bool power_on = true) { state_.power_on = power_on; }

  // `type` is kCommand or kInquiry; anything unknown is a syntax error, motion while in
  // standby is "not executable", as on a real camera.
  Decision Decide(PayloadType type, std::span<const uint8_t> payload) const;
  // Applies a completed command and returns the log line describing it ("preset recalled 2").
  std::string Apply(const Change& change);

  const State& state() const { return state_; }

 private:
  std::optional<Decision> DecideCommand(std::span<const uint8_t> payload) const;
  std::optional<Decision> DecideInquiry(std::span<const uint8_t> payload) const;

  State state_;
};

}  // namespace vc::devices::visca
