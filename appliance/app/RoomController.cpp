#include "appliance/app/RoomController.hpp"

#include "appliance/state/RoomCommandError.hpp"

namespace vc::appliance::app {
namespace {

using control::CommandResult;
namespace error_code = control::error_code;

CommandResult FromDevice(const devices::DeviceResult& result, nlohmann::json value = nullptr) {
  if (result.ok()) return CommandResult::Ok(std::move(value));
  return CommandResult::Error(error_code::kDeviceError, result.message);
}

}  // namespace

// The call is reached through the state machine (mute-all included), so `call` is unused.
RoomController::RoomController(RoomStateMachine& room, CallPort& /*call*/,
                               control::StatusTree& status, PjlinkProjectorAdapter* projector,
                               ViscaCameraAdapter* camera)
    : room_(room), status_(status), projector_(projector), camera_(camera) {}

RoomController::~RoomController() = default;

template <typename F>
void RoomController::OnRoom(Done& done, F command) {
  try {
    command();
  } catch (const RoomCommandError& e) {
    done(CommandResult::Error(error_code::kInvalidState, e.what()));
    return;
  }
  done(CommandResult::Ok());
}

template <typename F>
auto RoomController::Guard(F f) {
  return [alive = std::weak_ptr<int>(alive_), f = std::move(f)](auto&&... args) mutable {
    if (alive.lock()) f(std::forward<decltype(args)>(args)...);
  };
}

void RoomController::JoinCall(Done done) { OnRoom(done, [this] { room_.Join(); }); }
void RoomController::LeaveCall(Done done) { OnRoom(done, [this] { room_.Leave(); }); }

void RoomController::SetMicrophoneMute(bool mute, Done done) {
  OnRoom(done, [this, mute] { room_.SetMicrophoneMute(mute); });
}

void RoomController::SetVolume(int level, Done done) {
  // The loudspeaker level as the panel shows it; the playback path applies it per call.
  status_.Set("Audio/Volume", level);
  done(CommandResult::Ok());
}

void RoomController::ActivateCameraPreset(int preset, Done done) {
  OnRoom(done, [this, preset] { room_.ActivatePreset(preset); });
}

void RoomController::EnableCamera(bool on, Done done) {
  OnRoom(done, [this, on] { room_.SetCameraEnabled(on); });
}

void RoomController::SetMode(const std::string& mode, Done done) {
  const auto parsed = ParseRoomMode(mode);
  if (!parsed) {
    done(CommandResult::Error(error_code::kBadArgs, "unknown mode '" + mode + "'"));
    return;
  }
  OnRoom(done, [this, parsed] { room_.SetMode(*parsed); });
}

void RoomController::SetContentSharing(bool on, Done done) {
  OnRoom(done, [this, on] { room_.SetContentSharing(on); });
}

void RoomController::MuteAll(Done done) {
  // Through the state machine, so Call/RemoteMuted follows the request.
  OnRoom(done, [this] { room_.SetRemoteMuted(true); });
}

void RoomController::ProjectorPower(bool on, Done done) {
  if (!projector_) {
    done(CommandResult::Error(error_code::kInvalidState, "no projector is configured"));
    return;
  }
  // Through the room's devices, so Devices/Projector/* follow this command and the state
  // machine's next status does not overwrite it.
  try {
    room_.PowerProjector(on, Guard([done](const devices::DeviceResult& result) { done(FromDevice(result)); }));
  } catch (const RoomCommandError& e) {
    done(CommandResult::Error(error_code::kInvalidState, e.what()));
  }
}

void RoomController::ProjectorTest(Done done) {
  if (!projector_) {
    done(CommandResult::Error(error_code::kInvalidState, "no projector is configured"));
    return;
  }
  projector_->QueryStatus(Guard([this, done](devices::DeviceResult result, ProjectorPort::Status s) {
    nlohmann::json value = {{"power", s.power},
                            {"input", s.input},
                            {"lamp_hours", s.lamp_hours ? nlohmann::json(*s.lamp_hours) : nullptr},
                            {"error", s.error}};
    if (result.ok()) {
      status_.Set("Devices/Projector/LampHours", value["lamp_hours"]);
      // What the projector itself reports (ERST: lamp, fan, filter...), beside our own faults.
      status_.Set("Devices/Projector/Reported", s.error);
    }
    done(FromDevice(result, std::move(value)));
  }));
}

void RoomController::StoreCameraPreset(int preset, Done done) {
  OnRoom(done, [this, preset] { room_.StorePreset(preset); });
}

void RoomController::CameraHome(Done done) {
  if (!camera_) {
    done(CommandResult::Error(error_code::kInvalidState, "no PTZ camera is configured"));
    return;
  }
  camera_->Home(Guard([done](devices::DeviceResult result) { done(FromDevice(result)); }));
}

void RoomController::CameraTest(Done done) {
  if (!camera_) {
    done(CommandResult::Error(error_code::kInvalidState, "no PTZ camera is configured"));
    return;
  }
  camera_->QueryPower(Guard([done](devices::DeviceResult result, bool on) {
    done(FromDevice(result, {{"camera", "answered"}, {"power", on ? "on" : "standby"}}));
  }));
}

}  // namespace vc::appliance::app
