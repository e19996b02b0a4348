#pragma once
// The technician's speaker test, Audio.TestTone: two seconds of a 440 Hz tone on the room's
// configured speakers (docs/control-api.md). Only outside a call, so it never fights the call's
// own playback for the ALSA device; "null" speakers play to a fakesink (the command still proves
// the audio path's plumbing). GStreamer runs the tone; the stop is an Asio timer on the control thread.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <string>

#include "appliance/control/CommandTable.hpp"
#include "appliance/state/RoomStateMachine.hpp"
#include "common/gst/GstHandles.hpp"

namespace vc::appliance::app {

class TestTone {
 public:
  TestTone(boost::asio::io_context& io, std::string playback, const RoomStateMachine& room);
  ~TestTone();
  TestTone(const TestTone&) = delete;
  TestTone& operator=(const TestTone&) = delete;

  void Register(control::CommandTable& table);

 private:
  void Play(const control::CommandReply& reply);
  void Stop();

  // Passed by argument.
  std::string playback_;
  const RoomStateMachine& room_;
  // Allocated by this.
  boost::asio::steady_timer stop_timer_;
  common::gst::GstElementPtr pipeline_;
};

}  // namespace vc::appliance::app
