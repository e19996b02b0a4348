#pragma once
// What the room state machine drives, as interfaces. The daemon wires them to the real drivers
// (PJLink projector, VISCA camera, the GStreamer/webrtcbin call); unit tests wire fakes. Every
// callback and listener call is delivered on the daemon's one control thread (its io_context),
// never on a GStreamer or driver-internal thread.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "devices/DeviceResult.hpp"

namespace vc::appliance {

using Clock = std::chrono::steady_clock;
using DeviceDone = std::function<void(devices::DeviceResult)>;

// Time for the state machine: the real one runs on Asio timers, tests advance a fake by hand.
class Scheduler {
 public:
  using TimerId = uint64_t;
  virtual ~Scheduler() = default;
  virtual Clock::time_point Now() const = 0;
  virtual TimerId RunAfter(Clock::duration delay, std::function<void()> task) = 0;
  virtual void Cancel(TimerId id) = 0;  // unknown or already-run ids are ignored
};

// The room's projector (PJLink). PowerOn waits through warm-up and then selects the input;
// PowerOff waits through cool-down. Progress reports seconds left while warming/cooling.
class ProjectorPort {
 public:
  struct Status {
    std::string power;           // "off" | "on" | "warming" | "cooling" | "unknown"
    std::string input;           // e.g. "31" (PJLink input code), "" when unknown
    std::optional<int> lamp_hours;
    std::string error;           // empty when fine, else a sentence (lamp failure, ...)
  };
  virtual ~ProjectorPort() = default;
  virtual void PowerOn(const std::string& input, std::function<void(int seconds_left)> progress,
                       DeviceDone done) = 0;
  virtual void PowerOff(DeviceDone done) = 0;
  virtual void QueryStatus(std::function<void(devices::DeviceResult, Status)> done) = 0;
};

// The room's PTZ camera (VISCA over IP). Presets are numbered as the camera numbers them.
class CameraPort {
 public:
  virtual ~CameraPort() = default;
  virtual void PowerOn(DeviceDone done) = 0;
  virtual void RecallPreset(int preset, DeviceDone done) = 0;
  virtual void StorePreset(int preset, DeviceDone done) = 0;
  virtual void Home(DeviceDone done) = 0;
};

// Where and as whom the room joins (the MCU's signaling protocol, docs/signaling.md).
struct CallTarget {
  std::string mcu_url;       // ws://HOST:PORT/ws or wss://HOST:PORT/ws
  std::string room;
  std::string display_name;  // the room's name as the other sites see it
  std::optional<std::string> pin;
  std::optional<std::string> token;  // signed join token (provisioning), when the MCU wants one
  std::string role = "participant";  // or "chair"
};

struct CallParticipant {
  std::string id;
  std::string name;
};

struct MediaCounters {
  uint64_t audio_packets_in = 0;
  uint64_t video_packets_in = 0;
  uint64_t audio_packets_out = 0;
  uint64_t video_packets_out = 0;
  uint64_t video_frames_shown = 0;  // decoded frames that reached the projector output
};

// The call: signaling to vc-mcu plus the GStreamer media pipelines (camera, microphone with echo
// cancellation, speakers, projector output). One call at a time. Reconnecting is the state
// machine's job: after OnCallLost it calls Join again (with backoff).
class CallPort {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    virtual void OnCallConnected() = 0;                         // media flows both ways
    virtual void OnCallLost(const std::string& reason) = 0;     // signaling or media died
    virtual void OnCallParticipants(const std::vector<CallParticipant>& participants) = 0;
    // Anything else the MCU tells the room (active speaker, muted by chair, layout), as the
    // signaling message's JSON text, for the control API to pass on.
    virtual void OnCallEvent(const std::string& json) = 0;
  };
  virtual ~CallPort() = default;
  virtual void SetListener(Listener* listener) = 0;
  virtual void Join(const CallTarget& target) = 0;  // answers through the listener
  virtual void Leave() = 0;                          // idempotent; no listener call afterwards
  virtual MediaCounters Counters() const = 0;
  virtual void SetMicrophoneMute(bool muted) = 0;
  virtual void SetCameraEnabled(bool enabled) = 0;
  virtual void SetContentSharing(bool sharing) = 0;  // second outgoing video stream
  // Sends a signaling message as is (e.g. a chair's mute-all); false when not in a call.
  virtual bool SendSignaling(const std::string& json) = 0;
};

}  // namespace vc::appliance
