#include "appliance/media/CameraSnapshot.hpp"

#include <gst/app/gstappsink.h>

#include <boost/asio/post.hpp>

#include "appliance/media/PipelineDescription.hpp"

namespace vc::appliance::media {
namespace {

constexpr const char* kSinkName = "snapshot_sink";

// Everything a streaming thread needs to hand its result to the io thread safely.
struct Courier {
  boost::asio::io_context* io;
  std::weak_ptr<int> alive;
  CameraSnapshot* self;
  uint64_t attempt;
};

}  // namespace

CameraSnapshot::CameraSnapshot(boost::asio::io_context& io, const CallMediaConfig& config)
    : io_(io), config_(config), timer_(io) {}

CameraSnapshot::~CameraSnapshot() {
  alive_.reset();
  if (pipeline_) gst_element_set_state(pipeline_.get(), GST_STATE_NULL);  // joins its threads
}

void CameraSnapshot::Take(ThumbnailSize size, std::chrono::milliseconds timeout, Done done) {
  if (pipeline_) {
    done(std::nullopt, "a camera picture is being taken already");
    return;
  }
  const auto devices = devices::media::MediaDeviceResolver().Resolve(config_.devices);
  // A tight JPEG of the picture as the call would frame it (borders, not stretching).
  const std::string description =
      CameraSourceDescription(config_, devices.camera) +
      " ! videoconvert ! videoscale add-borders=true ! video/x-raw,width=" +
      std::to_string(size.width) + ",height=" + std::to_string(size.height) +
      ",pixel-aspect-ratio=1/1 ! jpegenc quality=85 ! " + "appsink name=" + kSinkName +
      " max-buffers=1 drop=true sync=false emit-signals=true";
  GError* raw_error = nullptr;
  GstElementPtr pipeline(gst_parse_launch(description.c_str(), &raw_error));
  GErrorPtr parse_error(raw_error);
  if (!pipeline || parse_error) {
    done(std::nullopt, std::string("camera picture pipeline: ") +
                           (parse_error ? parse_error->message : "cannot be built"));
    return;
  }
  pipeline_ = std::move(pipeline);
  done_ = std::move(done);
  ++attempt_;
  // The sink and bus callbacks run on GStreamer threads: they only post, and the post finds
  // out on the io thread whether this attempt is still the current one.
  auto courier = std::make_shared<Courier>(Courier{&io_, alive_, this, attempt_});
  GstElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kSinkName));
  g_signal_connect_data(
      sink.get(), "new-sample", G_CALLBACK(OnSample), new std::shared_ptr<Courier>(courier),
      [](gpointer data, GClosure*) { delete static_cast<std::shared_ptr<Courier>*>(data); },
      GConnectFlags(0));
  GstBusPtr bus(gst_element_get_bus(pipeline_.get()));
  gst_bus_set_sync_handler(
      bus.get(), OnBusMessage, new std::shared_ptr<Courier>(courier),
      [](gpointer data) { delete static_cast<std::shared_ptr<Courier>*>(data); });
  timer_.expires_after(timeout);
  timer_.async_wait([this, alive = std::weak_ptr<int>(alive_),
                     attempt = attempt_](const boost::system::error_code& ec) {
    if (ec || alive.expired() || attempt != attempt_) return;
    Finish(std::nullopt, "the camera gave no picture in time");
  });
  if (gst_element_set_state(pipeline_.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
    Finish(std::nullopt, "the camera cannot be opened");
  }
}

GstFlowReturn CameraSnapshot::OnSample(GstElement* sink, gpointer data) {
  const Courier courier = **static_cast<std::shared_ptr<Courier>*>(data);
  common::gst::GstSamplePtr sample(gst_app_sink_pull_sample(GST_APP_SINK(sink)));
  std::string jpeg;
  if (GstBuffer* buffer = sample ? gst_sample_get_buffer(sample.get()) : nullptr) {
    GstMapInfo map;
    if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
      jpeg.assign(reinterpret_cast<const char*>(map.data), map.size);
      gst_buffer_unmap(buffer, &map);
    }
  }
  boost::asio::post(*courier.io, [courier, jpeg = std::move(jpeg)]() mutable {
    if (courier.alive.expired() || courier.attempt != courier.self->attempt_ ||
        !courier.self->pipeline_) {
      return;
    }
    if (jpeg.empty()) return courier.self->Finish(std::nullopt, "the camera gave an empty picture");
    courier.self->Finish(std::move(jpeg), "");
  });
  return GST_FLOW_OK;
}

GstBusSyncReply CameraSnapshot::OnBusMessage(GstBus*, GstMessage* message, gpointer data) {
  if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
    const Courier courier = **static_cast<std::shared_ptr<Courier>*>(data);
    GError* raw_error = nullptr;
    gst_message_parse_error(message, &raw_error, nullptr);
    GErrorPtr error(raw_error);
    std::string text = error ? error->message : "camera error";
    boost::asio::post(*courier.io, [courier, text = std::move(text)] {
      if (courier.alive.expired() || courier.attempt != courier.self->attempt_ ||
          !courier.self->pipeline_) {
        return;
      }
      courier.self->Finish(std::nullopt, "camera: " + text);
    });
  }
  return GST_BUS_DROP;
}

void CameraSnapshot::Finish(std::optional<std::string> jpeg, const std::string& error) {
  timer_.cancel();
  if (pipeline_) {
    gst_element_set_state(pipeline_.get(), GST_STATE_NULL);
    pipeline_.reset();
  }
  ++attempt_;  // anything still posted for this attempt is ignored
  Done done = std::move(done_);
  done_ = nullptr;
  if (done) done(std::move(jpeg), error);
}

}  // namespace vc::appliance::media
