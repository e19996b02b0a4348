#pragma once
// What the control API's commands act on. The daemon implements it over the room state machine
// and the device ports; unit tests implement a fake. Arguments arrive already checked (ranges,
// enums); every method answers through `done` exactly once, possibly later.
#include <string>

#include "appliance/control/CommandResult.hpp"

namespace vc::appliance::control {

class RoomControl {
 public:
  using Done = CommandReply;
  virtual ~RoomControl() = default;

  // Operator (touch panel).
  virtual void JoinCall(Done done) = 0;
  virtual void LeaveCall(Done done) = 0;
  virtual void SetMicrophoneMute(bool mute, Done done) = 0;
  virtual void SetVolume(int level, Done done) = 0;  // 0..100
  virtual void ActivateCameraPreset(int preset, Done done) = 0;
  virtual void EnableCamera(bool on, Done done) = 0;
  virtual void SetMode(const std::string& mode, Done done) = 0;  // "conference" | "training"
  virtual void SetContentSharing(bool on, Done done) = 0;
  virtual void MuteAll(Done done) = 0;  // training: mute the remote trainees

  // Technician screen.
  virtual void ProjectorPower(bool on, Done done) = 0;
  virtual void ProjectorTest(Done done) = 0;  // queries the projector, value = its status
  virtual void StoreCameraPreset(int preset, Done done) = 0;
  virtual void CameraHome(Done done) = 0;
  virtual void CameraTest(Done done) = 0;  // powers/homes the camera to prove the link
};

}  // namespace vc::appliance::control
