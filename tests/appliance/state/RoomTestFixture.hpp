#pragma once
// A room (state machine + fake devices and call on a fake clock) and a listener that records
// what the control API would have seen.
#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "appliance/state/RoomStateMachine.hpp"
#include "tests/appliance/state/FakeRoomPorts.hpp"

namespace vc::appliance::testing {

class RecordingListener : public RoomStateMachine::Listener {
 public:
  void OnRoomStatusChanged(const RoomStatus& status) override {
    const std::string name = RoomStateName(status.state);
    if (states.empty() || states.back() != name) states.push_back(name);
    if (status.progress_seconds_left &&
        (progress.empty() || progress.back() != *status.progress_seconds_left)) {
      progress.push_back(*status.progress_seconds_left);
    }
    // Each wait before a rejoin, once (a wait starts when retry_in_seconds appears).
    if (status.retry_in_seconds && !waiting_retry) retries.push_back(*status.retry_in_seconds);
    waiting_retry = status.retry_in_seconds.has_value();
    ++notifications;
  }
  void OnRoomCallEvent(const std::string& json) override { events.push_back(json); }

  std::vector<std::string> states;
  std::vector<int> progress;
  std::vector<int> retries;
  std::vector<std::string> events;
  bool waiting_retry = false;
  int notifications = 0;
};

class RoomTest : public ::testing::Test {
 protected:
  static RoomOptions DefaultOptions() {
    RoomOptions options;
    options.target = {"ws://127.0.0.1:8443/ws", "giao-ban", "Phòng họp A", std::nullopt,
                      std::nullopt, "participant"};
    options.presets.conference.camera_preset = 1;
    options.presets.training.camera_preset = 2;
    options.privacy_preset = 9;
    options.projector_input = "31";
    options.idle_timeout = seconds(60);
    options.wake_timeout = seconds(20);
    options.sleep_timeout = seconds(20);
    return options;
  }

  // Builds the room; with_projector/with_camera false leaves that device out.
  void MakeRoom(RoomOptions options = DefaultOptions(), bool with_projector = true,
                bool with_camera = true) {
    room = std::make_unique<RoomStateMachine>(scheduler, call, with_projector ? &projector : nullptr,
                                              with_camera ? &camera : nullptr, options);
    room->AddListener(&listener);
  }

  RoomState State() const { return room->status().state; }

  FakeScheduler scheduler;
  FakeProjector projector{scheduler};
  FakeCamera camera{scheduler};
  FakeCall call{scheduler};
  RecordingListener listener;
  std::unique_ptr<RoomStateMachine> room;
};

}  // namespace vc::appliance::testing
