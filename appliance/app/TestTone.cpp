#include "appliance/app/TestTone.hpp"

#include <chrono>

#include "common/log/Log.hpp"

namespace vc::appliance::app {
namespace {

using control::CommandError;
using control::CommandReply;
using control::CommandResult;
namespace error_code = control::error_code;
constexpr auto kToneLength = std::chrono::seconds(2);
constexpr int kToneHz = 440;

bool Discards(const std::string& playback) { return playback.empty() || playback == "null"; }

}  // namespace

TestTone::TestTone(boost::asio::io_context& io, std::string playback, const RoomStateMachine& room)
    : playback_(std::move(playback)), room_(room), stop_timer_(io) {}

TestTone::~TestTone() { Stop(); }

void TestTone::Register(control::CommandTable& table) {
  table.Register("Audio.TestTone", "technician: 2 s of a 440 Hz tone on the speakers (outside a call)",
                 [this](const nlohmann::json& args, CommandReply reply) {
                   if (!args.is_null() && !args.empty()) {
                     throw CommandError(error_code::kBadArgs, "this command takes no arguments");
                   }
                   Play(reply);
                 });
}

void TestTone::Play(const CommandReply& reply) {
  const RoomState state = room_.status().state;
  if (state != RoomState::kStandby && state != RoomState::kError) {
    reply(CommandResult::Error(error_code::kInvalidState, "the test tone plays only when the room is not in a call"));
    return;
  }
  if (pipeline_) {
    reply(CommandResult::Error(error_code::kInvalidState, "a test tone is already playing"));
    return;
  }
  const std::string sink = Discards(playback_) ? "fakesink sync=true" : "alsasink device=\"" + playback_ + "\"";
  const std::string description = "audiotestsrc wave=sine freq=" + std::to_string(kToneHz) +
                                  " volume=0.3 is-live=true ! audioconvert ! audioresample ! " + sink;
  GError* raw_error = nullptr;
  common::gst::GstElementPtr pipeline(gst_parse_launch(description.c_str(), &raw_error));
  common::gst::GErrorPtr error(raw_error);
  if (!pipeline || error) {
    reply(CommandResult::Error(error_code::kDeviceError,
                               "cannot build the test tone: " + std::string(error ? error->message : "unknown error")));
    return;
  }
  if (gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    reply(CommandResult::Error(error_code::kDeviceError, "the speakers '" + playback_ + "' cannot play"));
    return;
  }
  pipeline_ = std::move(pipeline);
  vc::common::log::Info("vc-room", "test tone on the speakers (", Discards(playback_) ? "none configured" : playback_, ")");
  stop_timer_.expires_after(kToneLength);
  stop_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) Stop();
  });
  reply(CommandResult::Ok({{"tone_hz", kToneHz},
                           {"seconds", std::chrono::duration_cast<std::chrono::seconds>(kToneLength).count()},
                           {"speakers", Discards(playback_) ? "none" : playback_}}));
}

void TestTone::Stop() {
  stop_timer_.cancel();
  if (pipeline_) {
    gst_element_set_state(pipeline_.get(), GST_STATE_NULL);
    pipeline_.reset();
  }
}

}  // namespace vc::appliance::app
