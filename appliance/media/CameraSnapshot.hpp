#pragma once
// One picture from the room camera while no call holds it: a short pipeline of its own (the
// configured camera source, scaled, jpegenc, appsink) that runs until the first JPEG and is torn
// down at once. In a call the camera belongs to the call's pipeline: use CallMedia's grab then.
// Created, driven and destroyed on the io thread; `done` is called there exactly once (unless
// this is destroyed first).
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "appliance/media/CallMediaConfig.hpp"
#include "appliance/media/GstHandles.hpp"
#include "appliance/media/JpegThumbnail.hpp"

namespace vc::appliance::media {

class CameraSnapshot {
 public:
  // jpeg, or nullopt with a reason.
  using Done = std::function<void(std::optional<std::string> jpeg, const std::string& error)>;

  CameraSnapshot(boost::asio::io_context& io, const CallMediaConfig& config);
  ~CameraSnapshot();
  CameraSnapshot(const CameraSnapshot&) = delete;
  CameraSnapshot& operator=(const CameraSnapshot&) = delete;

  // One at a time: a second Take while one runs answers at once with an error.
  void Take(ThumbnailSize size, std::chrono::milliseconds timeout, Done done);
  bool Busy() const { return pipeline_ != nullptr; }

 private:
  static GstFlowReturn OnSample(GstElement* sink, gpointer self);
  static GstBusSyncReply OnBusMessage(GstBus* bus, GstMessage* message, gpointer self);
  void Finish(std::optional<std::string> jpeg, const std::string& error);  // io thread

  // Passed by argument.
  boost::asio::io_context& io_;
  CallMediaConfig config_;
  // Allocated by this.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  GstElementPtr pipeline_;
  boost::asio::steady_timer timer_;
  Done done_;
  uint64_t attempt_ = 0;
};

}  // namespace vc::appliance::media
