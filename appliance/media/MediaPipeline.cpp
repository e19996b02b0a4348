#include "appliance/media/MediaPipeline.hpp"

#include <gst/video/video.h>

#include <mutex>
#include <sstream>

namespace vc::appliance::media {
namespace {

void InitGstreamerOnce() {
  static std::once_flag once;
  std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

std::vector<std::string> MidsOf(const std::string& sdp) {
  std::vector<std::string> mids;
  std::istringstream lines(sdp);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("m=", 0) == 0) mids.emplace_back();
    if (line.rfind("a=mid:", 0) == 0 && !mids.empty()) mids.back() = line.substr(6);
  }
  return mids;
}

std::string PromiseError(GstPromise* promise) {
  const GstStructure* reply = gst_promise_get_reply(promise);
  if (reply == nullptr || !gst_structure_has_field(reply, "error")) return {};
  GError* raw = nullptr;
  gst_structure_get(reply, "error", G_TYPE_ERROR, &raw, nullptr);
  GErrorPtr error(raw);
  return error ? error->message : "unknown error";
}

// "audio" or "video" for one of webrtcbin's source pads.
std::string MediaOf(GstPad* pad) {
  GstCapsPtr caps(gst_pad_get_current_caps(pad));
  if (!caps) caps.reset(gst_pad_query_caps(pad, nullptr));
  if (caps && !gst_caps_is_empty(caps.get())) {
    const gchar* media = gst_structure_get_string(gst_caps_get_structure(caps.get(), 0), "media");
    if (media != nullptr) return media;
  }
  GstWebRTCRTPTransceiver* transceiver = nullptr;
  g_object_get(pad, "transceiver", &transceiver, nullptr);
  if (transceiver == nullptr) return {};
  GstWebRTCKind kind = GST_WEBRTC_KIND_UNKNOWN;
  g_object_get(transceiver, "kind", &kind, nullptr);
  gst_object_unref(transceiver);
  if (kind == GST_WEBRTC_KIND_AUDIO) return "audio";
  if (kind == GST_WEBRTC_KIND_VIDEO) return "video";
  return {};
}

// A fresh keyframe after the picture source changed, instead of waiting for the interval.
void RequestKeyframe(GstElement* payloader) {
  if (payloader == nullptr) return;
  GstPadPtr sink(gst_element_get_static_pad(payloader, "sink"));
  if (sink) {
    gst_pad_push_event(sink.get(),
                       gst_video_event_new_upstream_force_key_unit(GST_CLOCK_TIME_NONE, TRUE, 0));
  }
}

}  // namespace

MediaPipeline::MediaPipeline(const CallMediaConfig& config,
                             const devices::media::ResolvedMediaDevices& devices, bool display,
                             MediaPacketCounters& counters, Listener& listener)
    : counters_(counters), listener_(listener), layout_(LayoutFor(config, devices)),
      display_(display),
      remb_([&listener](uint64_t bitrate_bps) { listener.OnMediaPipelineRemb(bitrate_bps); }) {
  InitGstreamerOnce();
  const std::string description = PipelineDescription(config, devices);
  GError* raw_error = nullptr;
  GstElement* raw = gst_parse_launch(description.c_str(), &raw_error);
  GErrorPtr error(raw_error);
  if (raw != nullptr) pipeline_.reset(GST_ELEMENT(gst_object_ref_sink(raw)));
  if (!pipeline_ || error) {
    throw MediaPipelineError("cannot build the media pipeline: " +
                             std::string(error ? error->message : "unknown error"));
  }
  webrtc_.reset(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kWebrtcName));
  // The system clock, never an ALSA device's: a "null" PCM or a card with a drifting clock
  // must not pace the encoders.
  GstClock* clock = gst_system_clock_obtain();
  gst_pipeline_use_clock(GST_PIPELINE(pipeline_.get()), clock);
  gst_object_unref(clock);

  if (!config.ice_local_addresses.empty()) {
    GstObject* ice = nullptr;
    g_object_get(webrtc_.get(), "ice-agent", &ice, nullptr);
    for (const auto& address : config.ice_local_addresses) {
      gboolean added = FALSE;
      if (ice != nullptr) g_signal_emit_by_name(ice, "add-local-ip-address", address.c_str(), &added);
    }
    if (ice != nullptr) gst_object_unref(ice);
  }
  // Without a source the room still receives: a receive-only transceiver keeps the m-line.
  if (!layout_.audio_send) {
    AddReceiveOnlyTransceiver(
        "application/x-rtp,media=audio,encoding-name=OPUS,payload=111,clock-rate=48000");
  }
  if (!layout_.video_send) {
    AddReceiveOnlyTransceiver(
        "application/x-rtp,media=video,encoding-name=VP8,payload=96,clock-rate=90000");
  }
  CountOutgoing(kAudioPayloaderName, &counters_.audio_out);
  CountOutgoing(kVideoPayloaderName, &counters_.video_out);
  CountOutgoing(kContentPayloaderName, &counters_.content_out);

  g_signal_connect(webrtc_.get(), "on-negotiation-needed",
                   G_CALLBACK(&MediaPipeline::OnNegotiationNeeded), this);
  g_signal_connect(webrtc_.get(), "on-ice-candidate", G_CALLBACK(&MediaPipeline::OnIceCandidate),
                   this);
  g_signal_connect(webrtc_.get(), "notify::connection-state",
                   G_CALLBACK(&MediaPipeline::OnConnectionStateChanged), this);
  g_signal_connect(webrtc_.get(), "pad-added", G_CALLBACK(&MediaPipeline::OnPadAdded), this);
  GstBusPtr bus(gst_element_get_bus(pipeline_.get()));
  gst_bus_set_sync_handler(bus.get(), &MediaPipeline::OnBusMessage, this, nullptr);
}

MediaPipeline::~MediaPipeline() {
  gst_element_set_state(pipeline_.get(), GST_STATE_NULL);
  g_signal_handlers_disconnect_by_data(webrtc_.get(), this);
  GstBusPtr bus(gst_element_get_bus(pipeline_.get()));
  gst_bus_set_sync_handler(bus.get(), nullptr, nullptr, nullptr);
}

void MediaPipeline::AddReceiveOnlyTransceiver(const char* caps_text) {
  GstCapsPtr caps(gst_caps_from_string(caps_text));
  GstWebRTCRTPTransceiver* transceiver = nullptr;
  g_signal_emit_by_name(webrtc_.get(), "add-transceiver",
                        GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_RECVONLY, caps.get(), &transceiver);
  if (transceiver != nullptr) gst_object_unref(transceiver);
}

void MediaPipeline::CountOutgoing(const char* payloader, std::atomic<uint64_t>* counter) {
  GstElementPtr element(gst_bin_get_by_name(GST_BIN(pipeline_.get()), payloader));
  if (!element) return;
  GstPadPtr pad(gst_element_get_static_pad(element.get(), "src"));
  if (pad) MediaPacketCounters::CountOn(pad.get(), counter);
}

void MediaPipeline::Start() {
  if (gst_element_set_state(pipeline_.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
    throw MediaPipelineError("the media pipeline refused to start (a device may be busy)");
  }
}

void MediaPipeline::OnNegotiationNeeded(GstElement*, gpointer self_pointer) {
  auto* self = static_cast<MediaPipeline*>(self_pointer);
  // One offer per signaling session: the MCU answers once.
  if (self->offer_made_.exchange(true)) return;
  GstPromise* promise =
      gst_promise_new_with_change_func(&MediaPipeline::OnOfferCreated, self, nullptr);
  g_signal_emit_by_name(self->webrtc_.get(), "create-offer", nullptr, promise);
}

void MediaPipeline::OnOfferCreated(GstPromise* promise_pointer, gpointer self_pointer) {
  auto* self = static_cast<MediaPipeline*>(self_pointer);
  GstPromisePtr promise(promise_pointer);
  if (gst_promise_wait(promise.get()) != GST_PROMISE_RESULT_REPLIED) return;  // torn down
  const GstStructure* reply = gst_promise_get_reply(promise.get());
  GstWebRTCSessionDescription* raw = nullptr;
  if (reply != nullptr) {
    gst_structure_get(reply, "offer", GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &raw, nullptr);
  }
  GstDescriptionPtr offer(raw);
  if (!offer) {
    self->ReportError("webrtcbin made no offer: " + PromiseError(promise.get()));
    return;
  }
  g_signal_emit_by_name(self->webrtc_.get(), "set-local-description", offer.get(), nullptr);
  GCharPtr text(gst_sdp_message_as_text(offer->sdp));
  self->listener_.OnMediaPipelineOffer(text.get(), MidsOf(text.get()));
}

void MediaPipeline::SetRemoteAnswer(const std::string& sdp) {
  GstSDPMessage* message = nullptr;
  if (gst_sdp_message_new_from_text(sdp.c_str(), &message) != GST_SDP_OK) {
    if (message != nullptr) gst_sdp_message_free(message);
    ReportError("the MCU's answer is not SDP");
    return;
  }
  GstDescriptionPtr answer(
      gst_webrtc_session_description_new(GST_WEBRTC_SDP_TYPE_ANSWER, message));  // takes message
  GstPromise* promise = gst_promise_new_with_change_func(&MediaPipeline::OnAnswerSet, this, nullptr);
  g_signal_emit_by_name(webrtc_.get(), "set-remote-description", answer.get(), promise);
}

void MediaPipeline::OnAnswerSet(GstPromise* promise_pointer, gpointer self_pointer) {
  GstPromisePtr promise(promise_pointer);
  if (gst_promise_wait(promise.get()) != GST_PROMISE_RESULT_REPLIED) return;
  auto* self = static_cast<MediaPipeline*>(self_pointer);
  const std::string error = PromiseError(promise.get());
  if (!error.empty()) {
    self->ReportError("the MCU's answer was refused: " + error);
    return;
  }
  // The RTP session exists now that both descriptions are set: listen for the MCU's REMB.
  self->remb_.Attach(self->webrtc_.get());
}

void MediaPipeline::AddRemoteCandidate(unsigned mline_index, const std::string& candidate) {
  if (candidate.empty()) return;  // end of candidates: nothing to tell webrtcbin
  const std::string value =
      candidate.rfind("candidate:", 0) == 0 ? candidate : "candidate:" + candidate;
  g_signal_emit_by_name(webrtc_.get(), "add-ice-candidate", mline_index, value.c_str());
}

void MediaPipeline::OnIceCandidate(GstElement*, guint mline, gchar* candidate, gpointer self) {
  std::string value = candidate != nullptr ? candidate : "";
  if (value.rfind("a=", 0) == 0) value = value.substr(2);
  if (value.empty()) return;
  static_cast<MediaPipeline*>(self)->listener_.OnMediaPipelineCandidate(mline, value);
}

void MediaPipeline::OnConnectionStateChanged(GstElement* webrtc, GParamSpec*, gpointer self) {
  GstWebRTCPeerConnectionState state = GST_WEBRTC_PEER_CONNECTION_STATE_NEW;
  g_object_get(webrtc, "connection-state", &state, nullptr);
  auto& listener = static_cast<MediaPipeline*>(self)->listener_;
  switch (state) {
    case GST_WEBRTC_PEER_CONNECTION_STATE_CONNECTED:
      listener.OnMediaPipelineConnectionState(ConnectionState::kConnected);
      break;
    case GST_WEBRTC_PEER_CONNECTION_STATE_FAILED:
      listener.OnMediaPipelineConnectionState(ConnectionState::kFailed);
      break;
    case GST_WEBRTC_PEER_CONNECTION_STATE_CLOSED:
      listener.OnMediaPipelineConnectionState(ConnectionState::kClosed);
      break;
    default:  // new, connecting, and "disconnected", which ICE may still recover from
      break;
  }
}

void MediaPipeline::OnPadAdded(GstElement*, GstPad* pad, gpointer self) {
  if (GST_PAD_DIRECTION(pad) != GST_PAD_SRC) return;
  static_cast<MediaPipeline*>(self)->PlugReceived(pad);
}

void MediaPipeline::PlugReceived(GstPad* pad) {
  const std::string media = MediaOf(pad);
  if (media != "audio" && media != "video") return;
  const bool audio = media == "audio";
  MediaPacketCounters::CountOn(pad, audio ? &counters_.audio_in : &counters_.video_in);
  GError* raw_error = nullptr;
  const std::string description =
      audio ? ReceivedAudioDescription() : ReceivedVideoDescription(display_);
  GstElement* bin = gst_parse_bin_from_description(description.c_str(), TRUE, &raw_error);
  GErrorPtr error(raw_error);
  if (bin == nullptr) {
    ReportError("cannot play the received " + media + ": " + (error ? error->message : "?"));
    return;
  }
  gst_bin_add(GST_BIN(pipeline_.get()), bin);  // the pipeline takes the floating reference
  if (!audio) {
    GstElementPtr shown(gst_bin_get_by_name(GST_BIN(bin), "shown"));
    GstPadPtr shown_pad(shown ? gst_element_get_static_pad(shown.get(), "src") : nullptr);
    if (shown_pad) MediaPacketCounters::CountOn(shown_pad.get(), &counters_.frames_shown);
  }
  GstPadPtr bin_sink(gst_element_get_static_pad(bin, "sink"));
  if (gst_pad_link(pad, bin_sink.get()) != GST_PAD_LINK_OK) {
    ReportError("cannot link the received " + media + " stream");
    return;
  }
  if (audio) {
    GstElementPtr mixer(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kPlaybackMixerName));
    GstPad* mixer_pad = gst_element_request_pad_simple(mixer.get(), "sink_%u");
    GstPadPtr bin_src(gst_element_get_static_pad(bin, "src"));
    if (mixer_pad == nullptr || gst_pad_link(bin_src.get(), mixer_pad) != GST_PAD_LINK_OK) {
      ReportError("cannot send the received audio to the speakers");
    }
    if (mixer_pad != nullptr) gst_object_unref(mixer_pad);  // the mixer keeps its own reference
  }
  gst_element_sync_state_with_parent(bin);
}

GstBusSyncReply MediaPipeline::OnBusMessage(GstBus*, GstMessage* message, gpointer self) {
  if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
    GError* raw = nullptr;
    gchar* debug = nullptr;
    gst_message_parse_error(message, &raw, &debug);
    GErrorPtr error(raw);
    GCharPtr debug_text(debug);
    static_cast<MediaPipeline*>(self)->ReportError(
        std::string(GST_OBJECT_NAME(GST_MESSAGE_SRC(message))) + ": " +
        (error ? error->message : "unknown error"));
  }
  return GST_BUS_DROP;  // nobody polls this bus
}

void MediaPipeline::ReportError(const std::string& error) {
  if (error_reported_.exchange(true)) return;  // the first error is the cause
  listener_.OnMediaPipelineError(error);
}

void MediaPipeline::SetMicrophoneMute(bool muted) {
  GstElementPtr volume(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kMicrophoneVolumeName));
  if (volume) g_object_set(volume.get(), "mute", muted ? TRUE : FALSE, nullptr);
}

void MediaPipeline::SetCameraEnabled(bool enabled) {
  camera_enabled_ = enabled;
  SelectCameraInput();
}

bool MediaPipeline::SetContentSharing(bool sharing) {
  sharing_ = sharing;
  if (layout_.content_stream) {
    GstElementPtr valve(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kContentValveName));
    if (!valve) return false;
    g_object_set(valve.get(), "drop", sharing ? FALSE : TRUE, nullptr);
    GstElementPtr payloader(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kContentPayloaderName));
    if (sharing) RequestKeyframe(payloader.get());
    return true;
  }
  if (!layout_.content_in_camera) return false;
  SelectCameraInput();
  return true;
}

bool MediaPipeline::GrabCameraFrame(FrameCallback frame) {
  GstElementPtr selector(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kCameraSelectName));
  if (!selector) return false;
  GstPadPtr pad(gst_element_get_static_pad(selector.get(), kCameraPad));
  if (!pad) return false;
  ProbeNextFrame(pad.get(), std::move(frame));
  return true;
}

void MediaPipeline::SelectCameraInput() {
  GstElementPtr selector(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kCameraSelectName));
  if (!selector) return;
  const char* pad_name = camera_enabled_ ? kCameraPad : kBlackPad;
  if (layout_.content_in_camera && sharing_) pad_name = kContentPad;
  GstPadPtr pad(gst_element_get_static_pad(selector.get(), pad_name));
  if (!pad) return;
  g_object_set(selector.get(), "active-pad", pad.get(), nullptr);
  GstElementPtr payloader(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kVideoPayloaderName));
  RequestKeyframe(payloader.get());
}

int MediaPipeline::VideoBitrateKbps() const {
  GstElementPtr encoder(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kVideoEncoderName));
  if (!encoder) return 0;
  gint bps = 0;
  g_object_get(encoder.get(), "target-bitrate", &bps, nullptr);
  return bps / 1000;
}

void MediaPipeline::SetVideoBitrate(int kbps) {
  GstElementPtr encoder(gst_bin_get_by_name(GST_BIN(pipeline_.get()), kVideoEncoderName));
  if (encoder && kbps > 0) g_object_set(encoder.get(), "target-bitrate", kbps * 1000, nullptr);
}

}  // namespace vc::appliance::media
