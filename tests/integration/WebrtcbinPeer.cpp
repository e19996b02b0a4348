#include "tests/integration/WebrtcbinPeer.hpp"

#include <gst/rtp/rtp.h>

#include <locale>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace vc::tests::integration {
namespace {

std::string PipelineDescription(const WebrtcbinPeer::Options& options) {
  std::ostringstream volume;
  volume.imbue(std::locale::classic());
  volume << options.volume;
  std::string description =
      "webrtcbin name=webrtc bundle-policy=max-bundle latency=100 "
      "audiotestsrc wave=sine freq=" + std::to_string(options.tone_hz) + " volume=" + volume.str() +
      " is-live=true ! audioconvert ! audioresample ! " +
      (options.audio_level ? "level audio-level-meta=true post-messages=false ! " : "") +
      "queue ! opusenc ! rtpopuspay name=audiopay pt=111 ! "
      "application/x-rtp,media=audio,encoding-name=OPUS,payload=111 ! webrtc. ";
  if (options.video) {
    description +=
        options.video_source + " ! video/x-raw,width=" + std::to_string(options.video_width) +
        ",height=" + std::to_string(options.video_height) +
        ",framerate=" + std::to_string(options.video_fps) + "/1 ! "
        "videoconvert ! queue ! vp8enc deadline=1 ! rtpvp8pay pt=96 ! "
        "application/x-rtp,media=video,encoding-name=VP8,payload=96 ! webrtc. ";
  }
  if (!options.content_source.empty()) {
    description +=
        options.content_source + " ! video/x-raw,width=" + std::to_string(options.video_width) +
        ",height=" + std::to_string(options.video_height) +
        ",framerate=" + std::to_string(options.video_fps) + "/1 ! "
        "videoconvert ! queue ! vp8enc deadline=1 ! rtpvp8pay pt=97 ! valve name=contentvalve ! "
        "application/x-rtp,media=video,encoding-name=VP8,payload=97 ! webrtc. ";
  }
  return description;
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

void InitGstreamerOnce() {
  static std::once_flag once;
  std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

}  // namespace

WebrtcbinPeer::WebrtcbinPeer(Options options) : options_(options) {
  InitGstreamerOnce();
  GError* error = nullptr;
  pipeline_.reset(gst_parse_launch(PipelineDescription(options_).c_str(), &error));
  if (!pipeline_ || error != nullptr) {
    const std::string message = error != nullptr ? error->message : "unknown";
    g_clear_error(&error);
    throw std::runtime_error("cannot build the webrtcbin pipeline: " + message);
  }
  // gst_parse_launch returns a floating reference; own it for real.
  gst_object_ref_sink(pipeline_.get());
  webrtc_.reset(gst_bin_get_by_name(GST_BIN(pipeline_.get()), "webrtc"));
  if (options_.audio_level) {
    // RFC 6464 from the level element's GstAudioLevelMeta; the payloader then announces
    // extmap-1 in its caps, and webrtcbin puts it in the offer.
    GstElementPtr payloader(gst_bin_get_by_name(GST_BIN(pipeline_.get()), "audiopay"));
    GstElement* extension = gst_element_factory_make("rtphdrextclientaudiolevel", nullptr);
    if (payloader && extension != nullptr) {
      gst_rtp_header_extension_set_id(GST_RTP_HEADER_EXTENSION(extension), 1);
      g_signal_emit_by_name(payloader.get(), "add-extension", extension);
      gst_object_unref(extension);
    }
  }
  media_ = std::make_unique<ReceivedMedia>(pipeline_.get());
  if (options_.video_nack) {
    GArray* transceivers = nullptr;
    g_signal_emit_by_name(webrtc_.get(), "get-transceivers", &transceivers);
    for (guint i = 0; transceivers != nullptr && i < transceivers->len; ++i) {
      GstWebRTCRTPTransceiver* transceiver = g_array_index(transceivers, GstWebRTCRTPTransceiver*, i);
      GstWebRTCKind kind = GST_WEBRTC_KIND_UNKNOWN;
      g_object_get(transceiver, "kind", &kind, nullptr);
      // The kind may not be known before negotiation; NACK on audio is harmless (not answered).
      if (kind != GST_WEBRTC_KIND_AUDIO) g_object_set(transceiver, "do-nack", TRUE, nullptr);
    }
    if (transceivers != nullptr) g_array_unref(transceivers);
  }

  // Only loopback: tests never send to the machine's other addresses.
  GstObject* ice = nullptr;
  g_object_get(webrtc_.get(), "ice-agent", &ice, nullptr);
  if (ice != nullptr) {
    gboolean added = FALSE;
    g_signal_emit_by_name(ice, "add-local-ip-address", "127.0.0.1", &added);
    gst_object_unref(ice);
  }

  if (options_.role == Role::kOfferer) {
    g_signal_connect(webrtc_.get(), "on-negotiation-needed",
                     G_CALLBACK(&WebrtcbinPeer::OnNegotiationNeeded), this);
  }
  g_signal_connect(webrtc_.get(), "on-ice-candidate", G_CALLBACK(&WebrtcbinPeer::OnIceCandidate),
                   this);
  g_signal_connect(webrtc_.get(), "pad-added", G_CALLBACK(&WebrtcbinPeer::OnPadAdded), this);
  GstBusPtr bus(gst_element_get_bus(pipeline_.get()));
  gst_bus_set_sync_handler(bus.get(), &WebrtcbinPeer::OnBusMessage, this, nullptr);
}

WebrtcbinPeer::~WebrtcbinPeer() {
  if (!pipeline_) return;
  gst_element_set_state(pipeline_.get(), GST_STATE_NULL);
  g_signal_handlers_disconnect_by_data(webrtc_.get(), this);
  GstBusPtr bus(gst_element_get_bus(pipeline_.get()));
  gst_bus_set_sync_handler(bus.get(), nullptr, nullptr, nullptr);
}

void WebrtcbinPeer::Start() {
  if (gst_element_set_state(pipeline_.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
    throw std::runtime_error("webrtcbin pipeline refused to play");
  }
}

void WebrtcbinPeer::SetContentSending(bool sending) {
  GstElementPtr valve(gst_bin_get_by_name(GST_BIN(pipeline_.get()), "contentvalve"));
  if (valve) g_object_set(valve.get(), "drop", sending ? FALSE : TRUE, nullptr);
}

void WebrtcbinPeer::OnNegotiationNeeded(GstElement*, gpointer self) {
  static_cast<WebrtcbinPeer*>(self)->CreateDescription(true);
}

void WebrtcbinPeer::CreateDescription(bool offer) {
  GstPromise* promise =
      gst_promise_new_with_change_func(&WebrtcbinPeer::OnDescriptionCreated, this, nullptr);
  g_signal_emit_by_name(webrtc_.get(), offer ? "create-offer" : "create-answer", nullptr, promise);
}

void WebrtcbinPeer::OnDescriptionCreated(GstPromise* promise_pointer, gpointer self_pointer) {
  auto* self = static_cast<WebrtcbinPeer*>(self_pointer);
  GstPromisePtr promise(promise_pointer);  // the change func owns the last reference
  if (gst_promise_wait(promise.get()) != GST_PROMISE_RESULT_REPLIED) {
    self->AddError("create-offer/answer was not replied");
    return;
  }
  const GstStructure* reply = gst_promise_get_reply(promise.get());
  const bool offer = self->options_.role == Role::kOfferer;
  GstWebRTCSessionDescription* raw = nullptr;
  gst_structure_get(reply, offer ? "offer" : "answer", GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &raw,
                    nullptr);
  GstDescriptionPtr description(raw);
  if (!description) {
    GError* error = nullptr;
    gst_structure_get(reply, "error", G_TYPE_ERROR, &error, nullptr);
    self->AddError(std::string("no description created: ") + (error ? error->message : "?"));
    g_clear_error(&error);
    return;
  }
  g_signal_emit_by_name(self->webrtc_.get(), "set-local-description", description.get(), nullptr);
  GCharPtr text(gst_sdp_message_as_text(description->sdp));
  {
    std::lock_guard lock(self->mutex_);
    self->mids_ = MidsOf(text.get());
  }
  self->Push({offer ? Outgoing::Kind::kOffer : Outgoing::Kind::kAnswer, text.get(), 0, ""});
}

void WebrtcbinPeer::OnIceCandidate(GstElement*, guint mline, gchar* candidate, gpointer self_ptr) {
  auto* self = static_cast<WebrtcbinPeer*>(self_ptr);
  std::string mid;
  {
    std::lock_guard lock(self->mutex_);
    if (mline < self->mids_.size()) mid = self->mids_[mline];
  }
  std::string value = candidate;
  if (value.rfind("a=", 0) == 0) value = value.substr(2);
  self->Push({Outgoing::Kind::kCandidate, value, mline, mid});
}

void WebrtcbinPeer::OnPadAdded(GstElement*, GstPad* pad, gpointer self) {
  static_cast<WebrtcbinPeer*>(self)->media_->OnWebrtcPad(pad);
}

void WebrtcbinPeer::SetRemoteDescription(Outgoing::Kind kind, const std::string& sdp) {
  GstSDPMessage* raw = nullptr;
  if (gst_sdp_message_new_from_text(sdp.c_str(), &raw) != GST_SDP_OK) {
    AddError("remote SDP does not parse");
    return;
  }
  GstDescriptionPtr description(gst_webrtc_session_description_new(
      kind == Outgoing::Kind::kOffer ? GST_WEBRTC_SDP_TYPE_OFFER : GST_WEBRTC_SDP_TYPE_ANSWER,
      raw));  // takes the SDP message
  GstPromise* promise =
      gst_promise_new_with_change_func(&WebrtcbinPeer::OnRemoteDescriptionSet, this, nullptr);
  g_signal_emit_by_name(webrtc_.get(), "set-remote-description", description.get(), promise);
}

void WebrtcbinPeer::OnRemoteDescriptionSet(GstPromise* promise_pointer, gpointer self_pointer) {
  auto* self = static_cast<WebrtcbinPeer*>(self_pointer);
  GstPromisePtr promise(promise_pointer);
  if (gst_promise_wait(promise.get()) != GST_PROMISE_RESULT_REPLIED) return;  // torn down
  const GstStructure* reply = gst_promise_get_reply(promise.get());
  if (reply != nullptr && gst_structure_has_field(reply, "error")) {
    GError* error = nullptr;
    gst_structure_get(reply, "error", G_TYPE_ERROR, &error, nullptr);
    self->AddError(std::string("set-remote-description: ") + (error ? error->message : "?"));
    g_clear_error(&error);
    return;
  }
  if (self->options_.role == Role::kAnswerer) self->CreateDescription(false);
}

void WebrtcbinPeer::AddRemoteCandidate(unsigned mline_index, const std::string& candidate) {
  if (candidate.empty()) return;  // end of candidates: nothing to tell webrtcbin
  std::string value = candidate.rfind("candidate:", 0) == 0 ? candidate : "candidate:" + candidate;
  g_signal_emit_by_name(webrtc_.get(), "add-ice-candidate", mline_index, value.c_str());
}

GstBusSyncReply WebrtcbinPeer::OnBusMessage(GstBus*, GstMessage* message, gpointer self) {
  const auto type = GST_MESSAGE_TYPE(message);
  if (type == GST_MESSAGE_ERROR || type == GST_MESSAGE_WARNING) {
    GError* error = nullptr;
    gchar* debug = nullptr;
    if (type == GST_MESSAGE_ERROR) gst_message_parse_error(message, &error, &debug);
    if (type == GST_MESSAGE_WARNING) gst_message_parse_warning(message, &error, &debug);
    std::string text = std::string(type == GST_MESSAGE_ERROR ? "error from " : "warning from ") +
                       GST_OBJECT_NAME(GST_MESSAGE_SRC(message)) + ": " +
                       (error ? error->message : "?") + " (" + (debug ? debug : "") + ")";
    g_clear_error(&error);
    g_free(debug);
    static_cast<WebrtcbinPeer*>(self)->AddError(std::move(text));
  }
  return GST_BUS_DROP;  // nobody polls this bus
}

void WebrtcbinPeer::Push(Outgoing outgoing) {
  {
    std::lock_guard lock(mutex_);
    outgoing_.push_back(std::move(outgoing));
  }
  outgoing_ready_.notify_all();
}

void WebrtcbinPeer::AddError(std::string error) {
  std::lock_guard lock(mutex_);
  errors_.push_back(std::move(error));
}

std::optional<WebrtcbinPeer::Outgoing> WebrtcbinPeer::WaitOutgoing(
    std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  if (!outgoing_ready_.wait_for(lock, timeout, [&] { return !outgoing_.empty(); })) {
    return std::nullopt;
  }
  Outgoing next = std::move(outgoing_.front());
  outgoing_.pop_front();
  return next;
}

std::vector<std::string> WebrtcbinPeer::Errors() const {
  std::lock_guard lock(mutex_);
  return errors_;
}

std::string WebrtcbinPeer::ConnectionState() const {
  GstWebRTCPeerConnectionState state = GST_WEBRTC_PEER_CONNECTION_STATE_NEW;
  g_object_get(webrtc_.get(), "connection-state", &state, nullptr);
  GEnumClass* enum_class =
      static_cast<GEnumClass*>(g_type_class_ref(GST_TYPE_WEBRTC_PEER_CONNECTION_STATE));
  const GEnumValue* value = g_enum_get_value(enum_class, state);
  std::string name = value != nullptr ? value->value_nick : "?";
  g_type_class_unref(enum_class);
  return name;
}

}  // namespace vc::tests::integration
