#pragma once
// A RoomControl that records what it was asked and answers at once (or holds the answer back,
// to test replies that arrive later).
#include <string>
#include <vector>

#include "appliance/control/RoomControl.hpp"

namespace vc::appliance::control {

class FakeRoomControl : public RoomControl {
 public:
  std::vector<std::string> calls;
  CommandResult next = CommandResult::Ok();
  bool hold = false;
  std::vector<Done> held;

  void JoinCall(Done d) override { Answer("JoinCall", d); }
  void LeaveCall(Done d) override { Answer("LeaveCall", d); }
  void SetMicrophoneMute(bool m, Done d) override { Answer("Mute " + B(m), d); }
  void SetVolume(int level, Done d) override { Answer("Volume " + std::to_string(level), d); }
  void ActivateCameraPreset(int p, Done d) override { Answer("Preset " + std::to_string(p), d); }
  void EnableCamera(bool on, Done d) override { Answer("Camera " + B(on), d); }
  void SetMode(const std::string& mode, Done d) override { Answer("Mode " + mode, d); }
  void SetContentSharing(bool on, Done d) override { Answer("Share " + B(on), d); }
  void MuteAll(Done d) override { Answer("MuteAll", d); }
  void ProjectorPower(bool on, Done d) override { Answer("Projector " + B(on), d); }
  void ProjectorTest(Done d) override { Answer("ProjectorTest", d); }
  void StoreCameraPreset(int p, Done d) override { Answer("Store " + std::to_string(p), d); }
  void CameraHome(Done d) override { Answer("Home", d); }
  void CameraTest(Done d) override { Answer("CameraTest", d); }

 private:
  static std::string B(bool b) { return b ? "true" : "false"; }
  void Answer(const std::string& call, Done& done) {
    calls.push_back(call);
    if (hold) {
      held.push_back(std::move(done));
    } else {
      done(next);
    }
  }
};

}  // namespace vc::appliance::control
