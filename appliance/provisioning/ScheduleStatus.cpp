#include "appliance/provisioning/ScheduleStatus.hpp"

namespace vc::appliance::provisioning {
namespace {
constexpr const char* kRoot = "Schedule/NextMeeting";
}

void ScheduleStatus::Publish(const std::optional<Meeting>& meeting, int64_t now_epoch) {
  if (!meeting) {
    if (shown_id_) status_.Erase(kRoot);
    shown_id_.reset();
    return;
  }
  const std::string root = kRoot;
  status_.Set(root + "/Id", meeting->id);
  status_.Set(root + "/Title", meeting->title);
  status_.Set(root + "/Start", meeting->start);
  status_.Set(root + "/DurationMinutes", meeting->duration_minutes);
  status_.Set(root + "/MeetingRoom", meeting->mcu_room);
  status_.Set(root + "/Mode", meeting->mode);
  status_.Set(root + "/JoinOpensAt", meeting->join_opens_at);
  status_.Set(root + "/Available", meeting->Available(now_epoch));
  shown_id_ = meeting->id;
}

}  // namespace vc::appliance::provisioning
