#pragma once
// Fake projector, camera and call for the room state machine's tests. They answer through the
// FakeScheduler (never inside the call that asked), log what they were asked, and can be told to
// fail or to stay silent.
#include <string>
#include <vector>

#include "appliance/state/RoomPorts.hpp"
#include "tests/appliance/state/FakeScheduler.hpp"

namespace vc::appliance::testing {

using devices::DeviceResult;
using std::chrono::milliseconds;
using std::chrono::seconds;

class FakeProjector : public ProjectorPort {
 public:
  explicit FakeProjector(FakeScheduler& scheduler) : scheduler_(scheduler) {}

  void PowerOn(const std::string& input, std::function<void(int)> progress,
               DeviceDone done) override {
    log.push_back("power_on " + input);
    if (!answers) return;
    if (!power_on_result.ok()) {
      scheduler_.RunAfter(milliseconds(100), [done, r = power_on_result] { done(r); });
      return;
    }
    power = "warming";
    for (int s = 0; s < warmup_s; ++s) {
      scheduler_.RunAfter(seconds(s), [progress, left = warmup_s - s] { progress(left); });
    }
    scheduler_.RunAfter(seconds(warmup_s), [this, done, input] {
      power = "on";
      this->input = input;
      done(DeviceResult::Ok());
    });
  }

  void PowerOff(DeviceDone done) override {
    log.push_back("power_off");
    if (!answers) return;
    power = "cooling";
    scheduler_.RunAfter(seconds(cooldown_s), [this, done, r = power_off_result] {
      if (r.ok()) power = "off";
      done(r);
    });
  }

  void QueryStatus(std::function<void(DeviceResult, Status)> done) override {
    log.push_back("status");
    if (!answers) return;
    scheduler_.RunAfter(milliseconds(50), [this, done] {
      done(status_result, Status{power, input, 1234, status_error});
    });
  }

  int warmup_s = 3;
  int cooldown_s = 2;
  bool answers = true;
  DeviceResult power_on_result;
  DeviceResult power_off_result;
  DeviceResult status_result;
  std::string status_error;  // e.g. "lamp failure" (reported by QueryStatus)
  std::string power = "off";
  std::string input;
  std::vector<std::string> log;

 private:
  FakeScheduler& scheduler_;
};

class FakeCamera : public CameraPort {
 public:
  explicit FakeCamera(FakeScheduler& scheduler) : scheduler_(scheduler) {}

  void PowerOn(DeviceDone done) override { Answer("power_on", power_on_result, done); }
  void RecallPreset(int preset, DeviceDone done) override {
    Answer("recall " + std::to_string(preset), recall_result, [this, preset, done](auto r) {
      if (r.ok()) this->preset = preset;
      done(r);
    });
  }
  void StorePreset(int preset, DeviceDone done) override {
    Answer("store " + std::to_string(preset), DeviceResult::Ok(), done);
  }
  void Home(DeviceDone done) override { Answer("home", DeviceResult::Ok(), done); }

  bool answers = true;
  DeviceResult power_on_result;
  DeviceResult recall_result;
  int preset = -1;
  std::vector<std::string> log;

 private:
  void Answer(const std::string& what, DeviceResult result, DeviceDone done) {
    log.push_back(what);
    if (!answers) return;
    scheduler_.RunAfter(milliseconds(200), [done, result] { done(result); });
  }

  FakeScheduler& scheduler_;
};

// Joins succeed after 500 ms unless `fail_joins` is positive (each failing join decrements it
// and reports OnCallLost after 100 ms) or `answers` is false.
class FakeCall : public CallPort {
 public:
  explicit FakeCall(FakeScheduler& scheduler) : scheduler_(scheduler) {}

  void SetListener(Listener* listener) override { listener_ = listener; }
  void Join(const CallTarget& target) override {
    log.push_back("join " + target.role);
    last_target = target;
    const uint64_t attempt = ++attempt_;
    if (!answers) return;
    if (fail_joins > 0) {
      --fail_joins;
      scheduler_.RunAfter(milliseconds(100), [this, attempt] {
        if (attempt != attempt_ || !listener_) return;
        reporting_ = true;
        listener_->OnCallLost(fail_reason);
        reporting_ = false;
      });
      return;
    }
    scheduler_.RunAfter(milliseconds(500), [this, attempt] {
      if (attempt != attempt_ || !listener_) return;
      connected = true;
      listener_->OnCallConnected();
      listener_->OnCallParticipants({{"p1", "Sở GD&ĐT"}, {"p2", last_target.display_name}});
    });
  }
  void Leave() override {
    log.push_back("leave");
    if (reporting_) leave_inside_callback = true;
    ++attempt_;  // nothing from an earlier join is reported after Leave
    connected = false;
  }
  MediaCounters Counters() const override { return counters; }
  void SetMicrophoneMute(bool muted) override { microphone_muted = muted; }
  void SetCameraEnabled(bool enabled) override { camera_enabled = enabled; }
  void SetContentSharing(bool sharing) override { content_sharing = sharing; }
  bool SendSignaling(const std::string& json) override {
    if (!connected) return false;
    signaling.push_back(json);
    return true;
  }

  // Simulates the network or the MCU dropping the call.
  void Drop(const std::string& reason) {
    connected = false;
    reporting_ = true;
    if (listener_) listener_->OnCallLost(reason);
    reporting_ = false;
  }

  Listener* listener() const { return listener_; }

  bool answers = true;
  bool leave_inside_callback = false;  // the state machine must not tear the port down there
  int fail_joins = 0;
  std::string fail_reason = "connection refused";
  bool connected = false;
  bool microphone_muted = false;
  bool camera_enabled = true;
  bool content_sharing = false;
  MediaCounters counters;
  CallTarget last_target;
  std::vector<std::string> log;
  std::vector<std::string> signaling;

 private:
  FakeScheduler& scheduler_;
  Listener* listener_ = nullptr;
  uint64_t attempt_ = 0;
  bool reporting_ = false;
};

}  // namespace vc::appliance::testing
