#pragma once
// The control API's commands carried out on the real room: call commands go to the room state
// machine (which refuses with a RoomCommandError when it cannot act now), the technician's
// device commands go straight to the projector and camera drivers.
#include "appliance/app/PjlinkProjectorAdapter.hpp"
#include "appliance/app/ViscaCameraAdapter.hpp"
#include "appliance/control/RoomControl.hpp"
#include "appliance/control/StatusTree.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class RoomController final : public control::RoomControl {
 public:
  // projector and camera may be null (not configured).
  RoomController(RoomStateMachine& room, CallPort& call, control::StatusTree& status,
                 PjlinkProjectorAdapter* projector, ViscaCameraAdapter* camera);
  ~RoomController() override;

  void JoinCall(Done done) override;
  void LeaveCall(Done done) override;
  void SetMicrophoneMute(bool mute, Done done) override;
  void SetVolume(int level, Done done) override;
  void ActivateCameraPreset(int preset, Done done) override;
  void EnableCamera(bool on, Done done) override;
  void SetMode(const std::string& mode, Done done) override;
  void SetContentSharing(bool on, Done done) override;
  void MuteAll(Done done) override;
  void ProjectorPower(bool on, Done done) override;
  void ProjectorTest(Done done) override;
  void StoreCameraPreset(int preset, Done done) override;
  void CameraHome(Done done) override;
  void CameraTest(Done done) override;

 private:
  // Runs a state machine command; its RoomCommandError becomes an invalid_state answer.
  template <typename F>
  void OnRoom(Done& done, F command);
  // Wraps a driver callback so it does nothing once this controller is gone (shutdown).
  template <typename F>
  auto Guard(F f);

  // Passed by argument.
  RoomStateMachine& room_;
  control::StatusTree& status_;
  PjlinkProjectorAdapter* projector_;
  ViscaCameraAdapter* camera_;
  // Allocated by this.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

}  // namespace vc::appliance::app
