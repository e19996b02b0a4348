#include "appliance/state/RoomDevices.hpp"

#include <utility>

namespace vc::appliance {

using devices::DeviceErrorKind;
using devices::DeviceResult;

namespace {
constexpr const char* kProjector = "projector";
constexpr const char* kCamera = "camera";

std::string RecallOperation(int preset) { return "recall preset " + std::to_string(preset); }
}  // namespace

RoomDevices::RoomDevices(Scheduler& scheduler, ProjectorPort* projector, CameraPort* camera,
                         Listener& listener)
    : projector_(projector),
      camera_(camera),
      listener_(listener),
      batch_timer_(scheduler) {
  if (projector_) projector_status_ = {true, "unknown", "", std::nullopt};
  if (camera_) camera_status_ = {true, "unknown", "", std::nullopt};
}

template <typename F>
auto RoomDevices::Guard(F f) {
  // Drivers may answer after the room is gone (daemon shutdown): then nothing happens.
  return [weak = std::weak_ptr<int>(alive_), f = std::move(f)](auto&&... args) mutable {
    if (weak.expired()) return;
    f(std::forward<decltype(args)>(args)...);
  };
}

uint64_t RoomDevices::BeginBatch(Clock::duration timeout, std::function<void()> done) {
  const uint64_t id = next_batch_++;
  batch_ = Batch{id, 0, "", "", std::move(done)};
  batch_timer_.Start(timeout, [this, id, timeout] { OnBatchTimeout(id, timeout); });
  return id;
}

void RoomDevices::Wake(const std::string& input, int camera_preset, Clock::duration timeout,
                       std::function<void()> done) {
  awake_ = true;
  const uint64_t batch = BeginBatch(timeout, std::move(done));
  // Every part is marked pending before any device is asked: a driver may answer at once.
  if (projector_) {
    batch_->pending |= kProjectorPart;
    batch_->projector_operation = "power on";
    projector_status_.power = "warming";
    progress_.reset();
  }
  if (camera_) {
    batch_->pending |= kCameraPart;
    batch_->camera_operation = "power on";
  }
  listener_.OnRoomDevicesChanged();
  if (projector_) {
    const uint64_t seq = ++projector_seq_;
    projector_->PowerOn(
        input,
        Guard([this, seq](int seconds_left) {
          if (seq != projector_seq_) return;
          progress_ = seconds_left;
          listener_.OnRoomDevicesChanged();
        }),
        Guard([this, seq, batch, input](DeviceResult result) {
          if (seq == projector_seq_) {
            progress_.reset();
            projector_status_.power = result.ok() ? "on" : "unknown";
            projector_status_.input = result.ok() ? input : "";
            Record(kProjector, "power on", result);
          }
          FinishPart(batch, kProjectorPart);
        }));
  }
  if (camera_) {
    const uint64_t seq = ++camera_seq_;
    camera_->PowerOn(Guard([this, seq, batch, camera_preset](DeviceResult result) {
      if (seq != camera_seq_) return FinishPart(batch, kCameraPart);
      camera_status_.power = result.ok() ? "on" : "unknown";
      Record(kCamera, "power on", result);
      if (!result.ok()) return FinishPart(batch, kCameraPart);
      if (batch_ && batch_->id == batch) batch_->camera_operation = RecallOperation(camera_preset);
      CameraRecall(camera_preset, seq, batch, RecallOperation(camera_preset));
    }));
  }
  if (batch_ && batch_->id == batch && batch_->pending == 0) FinishPart(batch, Part{0});
}

void RoomDevices::Sleep(int privacy_preset, Clock::duration timeout, std::function<void()> done) {
  awake_ = false;
  const uint64_t batch = BeginBatch(timeout, std::move(done));
  if (projector_) {
    batch_->pending |= kProjectorPart;
    batch_->projector_operation = "power off";
    projector_status_.power = "cooling";
    progress_.reset();
  }
  if (camera_) {
    batch_->pending |= kCameraPart;
    batch_->camera_operation = RecallOperation(privacy_preset);
  }
  listener_.OnRoomDevicesChanged();
  if (projector_) {
    const uint64_t seq = ++projector_seq_;
    projector_->PowerOff(Guard([this, seq, batch](DeviceResult result) {
      if (seq == projector_seq_) {
        projector_status_.power = result.ok() ? "off" : "unknown";
        projector_status_.input.clear();
        Record(kProjector, "power off", result);
      }
      FinishPart(batch, kProjectorPart);
    }));
  }
  if (camera_) {
    CameraRecall(privacy_preset, ++camera_seq_, batch, RecallOperation(privacy_preset));
  }
  if (batch_ && batch_->id == batch && batch_->pending == 0) FinishPart(batch, Part{0});
}

void RoomDevices::CancelPending() {
  batch_.reset();
  batch_timer_.Cancel();
}

void RoomDevices::RecallPreset(int preset) {
  if (camera_) CameraRecall(preset, ++camera_seq_, 0, RecallOperation(preset));
}

void RoomDevices::QueryProjector() {
  if (!projector_) return;
  const uint64_t seq = projector_seq_;  // a power operation started meanwhile wins
  projector_->QueryStatus(Guard([this, seq](DeviceResult result, ProjectorPort::Status status) {
    if (seq != projector_seq_) return;
    const bool was_status_fault =
        faults_.count(kProjector) != 0 && faults_.at(kProjector).operation == "status";
    if (!result.ok()) {
      Record(kProjector, "status", result);
    } else if (!status.error.empty()) {
      Record(kProjector, "status", DeviceResult::Error(DeviceErrorKind::kDeviceFault, status.error));
    } else if (was_status_fault) {
      faults_.erase(kProjector);
    }
    if (result.ok()) {
      projector_status_.power = status.power;
      projector_status_.input = status.input;
      projector_status_.lamp_hours = status.lamp_hours;
    }
    listener_.OnRoomDevicesChanged();
  }));
}

void RoomDevices::StorePreset(int preset) {
  if (!camera_) return;
  const uint64_t seq = ++camera_seq_;
  camera_->StorePreset(preset, Guard([this, seq, preset](DeviceResult result) {
    if (seq != camera_seq_) return;
    Record(kCamera, "store preset " + std::to_string(preset), result);
    listener_.OnRoomDevicesChanged();
  }));
}

void RoomDevices::CameraRecall(int preset, uint64_t seq, uint64_t batch,
                               const std::string& operation) {
  camera_->RecallPreset(preset, Guard([this, seq, batch, preset, operation](DeviceResult result) {
    if (seq == camera_seq_) {
      if (result.ok()) {
        camera_status_.power = "on";
        camera_status_.preset = preset;
      }
      Record(kCamera, operation, result);
      listener_.OnRoomDevicesChanged();
    }
    if (batch != 0) FinishPart(batch, kCameraPart);
  }));
}

void RoomDevices::PowerProjector(bool on, const std::string& input,
                                 std::function<void(const DeviceResult&)> done) {
  if (!projector_) return;
  const uint64_t seq = ++projector_seq_;  // a batch's older projector answer is now stale
  projector_status_.power = on ? "warming" : "cooling";
  progress_.reset();
  listener_.OnRoomDevicesChanged();
  auto finish = Guard([this, seq, on, input, done = std::move(done)](DeviceResult result) {
    if (seq == projector_seq_) {
      progress_.reset();
      projector_status_.power = result.ok() ? (on ? "on" : "off") : "unknown";
      projector_status_.input = result.ok() && on ? input : "";
      Record(kProjector, on ? "power on" : "power off", result);
      listener_.OnRoomDevicesChanged();
    }
    if (done) done(result);
  });
  if (!on) {
    projector_->PowerOff(std::move(finish));
    return;
  }
  projector_->PowerOn(input,
                      Guard([this, seq](int seconds_left) {
                        if (seq != projector_seq_) return;
                        progress_ = seconds_left;
                        listener_.OnRoomDevicesChanged();
                      }),
                      std::move(finish));
}

void RoomDevices::Record(const std::string& device, const std::string& operation,
                         const DeviceResult& result) {
  if (result.ok()) {
    faults_.erase(device);
  } else {
    faults_[device] = DeviceFault{device, operation, result.kind, result.message};
  }
}

void RoomDevices::FinishPart(uint64_t batch, Part part) {
  if (!batch_ || batch_->id != batch) {
    listener_.OnRoomDevicesChanged();
    return;
  }
  batch_->pending &= ~static_cast<unsigned>(part);
  if (batch_->pending != 0) {
    listener_.OnRoomDevicesChanged();
    return;
  }
  std::function<void()> done = std::move(batch_->done);
  batch_.reset();
  batch_timer_.Cancel();
  listener_.OnRoomDevicesChanged();
  if (done) done();
}

void RoomDevices::OnBatchTimeout(uint64_t batch, Clock::duration timeout) {
  if (!batch_ || batch_->id != batch) return;
  const std::string message =
      "no answer within " +
      std::to_string(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()) + " s";
  if (batch_->pending & kProjectorPart) {
    progress_.reset();
    projector_status_.power = "unknown";
    Record(kProjector, batch_->projector_operation,
           DeviceResult::Error(DeviceErrorKind::kTimeout, message));
  }
  if (batch_->pending & kCameraPart) {
    Record(kCamera, batch_->camera_operation,
           DeviceResult::Error(DeviceErrorKind::kTimeout, message));
  }
  // A late answer of the same operation still updates status (same seq); the batch is over.
  batch_->pending = 0;
  FinishPart(batch, Part{0});
}

}  // namespace vc::appliance
