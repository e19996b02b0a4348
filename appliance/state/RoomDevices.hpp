#pragma once
// The room's projector and PTZ camera as one unit: wake both in parallel for a call, put both
// back to standby afterwards, recall presets. Either device may be absent. A failure or a
// timeout never stops anything: it becomes a DeviceFault (until that device's next success) and
// the batch still completes.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "appliance/state/RoomPorts.hpp"
#include "appliance/state/RoomStatus.hpp"
#include "appliance/state/ScopedTimer.hpp"

namespace vc::appliance {

class RoomDevices {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // Device status, faults or warm-up progress changed.
    virtual void OnRoomDevicesChanged() = 0;
  };

  // projector and camera may be null (not configured).
  RoomDevices(Scheduler& scheduler, ProjectorPort* projector, CameraPort* camera,
              Listener& listener);
  RoomDevices(const RoomDevices&) = delete;
  RoomDevices& operator=(const RoomDevices&) = delete;

  // Projector on (warm-up, then `input`), camera on then `camera_preset`, in parallel. `done`
  // runs once, when both finished (well or not) or `timeout` passed; never inside this call's
  // caller frame if a device answers later, possibly inside it if none is configured.
  void Wake(const std::string& input, int camera_preset, Clock::duration timeout,
            std::function<void()> done);
  // Projector off (cool-down), camera to `privacy_preset`; `done` as for Wake.
  void Sleep(int privacy_preset, Clock::duration timeout, std::function<void()> done);
  // Forgets the pending Wake/Sleep's `done`; the device operations themselves still finish and
  // still update status and faults.
  void CancelPending();

  void RecallPreset(int preset);  // no-op without a camera
  // A technician's projector power on (warm-up, then `input`) or off, outside any batch: the
  // status and faults follow as for Wake/Sleep, so the next status does not undo it. `done`
  // gets the driver's result. Needs a projector (has_projector()).
  void PowerProjector(bool on, const std::string& input,
                      std::function<void(const devices::DeviceResult&)> done);
  // Asks the projector for its status (power, input, lamp, error). A failed query or an error
  // the projector reports becomes a fault (operation "status"); a clean answer clears only such
  // a fault, not the fault of an earlier power-on.
  void QueryProjector();
  void StorePreset(int preset);

  bool has_camera() const { return camera_ != nullptr; }
  bool has_projector() const { return projector_ != nullptr; }
  bool awake() const { return awake_; }
  bool busy() const { return batch_.has_value(); }
  std::optional<int> progress_seconds_left() const { return progress_; }
  const RoomDeviceStatus& projector() const { return projector_status_; }
  const RoomDeviceStatus& camera() const { return camera_status_; }
  const std::map<std::string, DeviceFault>& faults() const { return faults_; }

 private:
  enum Part : unsigned { kProjectorPart = 1, kCameraPart = 2 };
  struct Batch {
    uint64_t id = 0;
    unsigned pending = 0;  // Part bits
    std::string projector_operation;
    std::string camera_operation;
    std::function<void()> done;
  };

  uint64_t BeginBatch(Clock::duration timeout, std::function<void()> done);
  void FinishPart(uint64_t batch, Part part);
  void OnBatchTimeout(uint64_t batch, Clock::duration timeout);
  void CameraRecall(int preset, uint64_t seq, uint64_t batch, const std::string& operation);
  void Record(const std::string& device, const std::string& operation,
              const devices::DeviceResult& result);
  template <typename F>
  auto Guard(F f);  // wraps a device callback so it does nothing once this object is gone

  // Passed by argument.
  ProjectorPort* projector_;
  CameraPort* camera_;
  Listener& listener_;

  // Allocated by this.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  ScopedTimer batch_timer_;
  std::optional<Batch> batch_;
  uint64_t next_batch_ = 1;
  uint64_t projector_seq_ = 0;  // the latest projector operation; older answers are stale
  uint64_t camera_seq_ = 0;
  bool awake_ = false;
  std::optional<int> progress_;
  RoomDeviceStatus projector_status_;
  RoomDeviceStatus camera_status_;
  std::map<std::string, DeviceFault> faults_;
};

}  // namespace vc::appliance
