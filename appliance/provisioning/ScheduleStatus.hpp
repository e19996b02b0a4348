#pragma once
// The next meeting in the control API's status tree, for the touch panel (docs/control-api.md):
//   Schedule/NextMeeting/Id, Title, Start, DurationMinutes, MeetingRoom, Mode, JoinOpensAt,
//   Available (bool: Call.Join without arguments joins it)
// The subtree is absent when nothing is scheduled.
#include <optional>

#include "appliance/control/StatusTree.hpp"
#include "appliance/provisioning/ProvisioningMessages.hpp"

namespace vc::appliance::provisioning {

class ScheduleStatus {
 public:
  explicit ScheduleStatus(control::StatusTree& status) : status_(status) {}

  void Publish(const std::optional<Meeting>& meeting, int64_t now_epoch);

 private:
  // Passed by argument.
  control::StatusTree& status_;
  // Allocated by this.
  std::optional<std::string> shown_id_;
};

}  // namespace vc::appliance::provisioning
