#pragma once
// Recording of the meeting, the room's side (docs/control-api.md "Recording", docs/signaling.md
// record/recording). vc-mcu records a conference room into one file; only a chair may start or
// stop it, and everyone in the room is told (they must know they are recorded):
//   MCU -> room   {"type":"recording","available":true,"recording":true,"since":"..."} right
//                 after `joined` and on every change -> Call/Recording, Call/RecordingSince
//   room -> MCU   {"type":"record","recording":true|false} <- Call.Recording.Start / Stop
//   MCU errors    not_chair | recording_unavailable | recording_failed -> Call/RecordingError
//                 (the code) until our next request takes effect
// Call/Recording is present only while the MCU has said available:true in this call;
// Call/RecordingSince only while recording. All three leave with the call.
#include <optional>
#include <string>

#include "appliance/control/CommandTable.hpp"
#include "appliance/control/StatusTree.hpp"
#include "appliance/state/RoomStateMachine.hpp"

namespace vc::appliance::app {

class CallRecording final : public RoomStateMachine::Listener {
 public:
  CallRecording(CallPort& call, control::StatusTree& status);

  // Call.Recording.Start {}   Call.Recording.Stop {}
  void Register(control::CommandTable& table);

  // RoomStateMachine::Listener.
  void OnRoomStatusChanged(const RoomStatus& status) override;
  void OnRoomCallEvent(const std::string& json) override;

 private:
  void Ask(bool recording);  // throws CommandError when the room cannot ask now
  void OnRecording(bool available, bool recording, const std::string& since);
  void OnError(const std::string& code, const std::string& reason);
  void Clear();

  // Passed by argument.
  CallPort& call_;
  control::StatusTree& status_;
  // Allocated by this.
  bool in_call_ = false;       // in_call: commands may be sent
  bool call_on_ = false;       // joining, in_call or reconnecting: the MCU may report
  bool chair_ = false;         // the current call joined as chair
  bool available_ = false;     // the MCU said available:true in this call
  std::optional<bool> asked_;  // our record request not yet seen to take effect
};

}  // namespace vc::appliance::app
