#include "appliance/media/CallMedia.hpp"

#include <boost/asio/post.hpp>
#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace vc::appliance::media {
namespace {

using nlohmann::json;
constexpr size_t kMaxPendingCandidates = 64;

// Errors after which this join cannot succeed (the others leave the session usable).
bool EndsTheCall(const std::string& code, bool connected) {
  if (code == "message_too_large" || code == "media_failed") return true;  // fatal per protocol
  if (connected) return false;
  return code == "bad_room" || code == "bad_pin" || code == "bad_sdp" || code == "bad_message" ||
         code == "not_joined" || code == "already_joined";
}

std::vector<CallParticipant> ParticipantsOf(const json& message) {
  std::vector<CallParticipant> participants;
  const auto it = message.find("participants");
  if (it == message.end() || !it->is_array()) return participants;
  for (const auto& entry : *it) {
    if (!entry.is_object()) continue;
    participants.push_back({entry.value("id", ""), entry.value("name", "")});
  }
  return participants;
}

}  // namespace

CallMedia::CallMedia(boost::asio::io_context& io, CallMediaConfig config, LogSink log)
    : io_(io), config_(std::move(config)), log_(std::move(log)), connect_timer_(io),
      applied_bitrate_kbps_(config_.video_bitrate_kbps),
      logged_bitrate_kbps_(config_.video_bitrate_kbps) {}

CallMedia::~CallMedia() {
  bitrate_sink_ = nullptr;  // its owner may be going too
  Leave();
  alive_.reset();
}

void CallMedia::Log(const std::string& line) const {
  if (log_) log_(line);
}

bool CallMedia::DisplayAvailable() const {
  switch (config_.video_output) {
    case CallMediaConfig::VideoOutput::kDisplay:
      return true;
    case CallMediaConfig::VideoOutput::kHeadless:
      return false;
    case CallMediaConfig::VideoOutput::kAuto:
      break;
  }
  for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return true;
  }
  return false;
}

void CallMedia::PostForThisCall(std::function<void()> task) {
  boost::asio::post(io_, [this, alive = std::weak_ptr<int>(alive_), generation = generation_.load(),
                          task = std::move(task)] {
    if (alive.expired() || generation != generation_.load()) return;  // a call since torn down
    task();
  });
}

void CallMedia::Join(const CallTarget& target) {
  Leave();  // one call at a time
  target_ = target;
  counters_.Reset();
  offer_sdp_.clear();
  mids_.clear();
  pending_candidates_.clear();
  offer_sent_ = false;
  state_ = State::kConnecting;
  bitrate_limit_kbps_.reset();  // a new call starts at the configured bitrate

  std::string url_error;
  auto url = McuUrl::Parse(target.mcu_url, &url_error);
  if (!url) return Lose(url_error);

  devices_ = devices::media::MediaDeviceResolver().Resolve(config_.devices);
  for (const auto& problem : devices_.Problems()) Log(problem);
  try {
    pipeline_ = std::make_unique<MediaPipeline>(config_, devices_, DisplayAvailable(), counters_,
                                                static_cast<MediaPipeline::Listener&>(*this));
    pipeline_->SetMicrophoneMute(microphone_muted_);
    pipeline_->SetCameraEnabled(camera_enabled_);
    pipeline_->SetContentSharing(sharing_);
    ApplyBitrate();
    pipeline_->Start();  // camera and encoders warm up while signaling connects
  } catch (const MediaPipelineError& error) {
    return Lose(error.what());
  }

  SignalingChannel::Options options;
  options.tls_verify = config_.tls_verify;
  options.tls_ca_file = config_.tls_ca_file;
  options.idle_timeout = config_.signaling_idle_timeout;
  signaling_ = SignalingChannel::Create(io_, std::move(*url), options, this);
  signaling_->Open();

  connect_timer_.expires_after(config_.connect_timeout);
  connect_timer_.async_wait([this, alive = std::weak_ptr<int>(alive_),
                             generation = generation_.load()](boost::system::error_code ec) {
    if (ec || alive.expired() || generation != generation_.load()) return;
    if (state_ != State::kConnected) {
      Lose("no media connection to the MCU within " +
           std::to_string(config_.connect_timeout.count() / 1000) + " s");
    }
  });
  Log("joining room '" + target.room + "' at " + target.mcu_url);
}

void CallMedia::Leave() {
  if (state_ != State::kIdle) {
    if (signaling_ && signaling_->IsOpen() && state_ >= State::kNegotiating) {
      signaling_->Send(json{{"type", "leave"}}.dump());
    }
    Log("leaving room '" + target_.room + "'");
  }
  TearDown();
  ++generation_;  // nothing queued for the old call reaches the listener
  if (bitrate_limit_kbps_) {  // out of the call: no limit, the configured bitrate again
    bitrate_limit_kbps_.reset();
    ApplyBitrate();
  }
}

void CallMedia::TearDown() {
  connect_timer_.cancel();
  if (signaling_) {
    signaling_->Close();  // sends what is queued (the leave), then closes
    signaling_.reset();
  }
  pipeline_.reset();  // joins GStreamer's threads: nothing of it posts after this
  state_ = State::kIdle;
}

void CallMedia::Lose(const std::string& reason) {
  Log("call lost: " + reason);
  TearDown();
  ++generation_;
  PostForThisCall([this, reason] {
    if (listener_ != nullptr) listener_->OnCallLost(reason);
  });
}

void CallMedia::OnSignalingChannelOpen() {
  state_ = State::kJoining;
  json join{{"type", "join"},
            {"room", target_.room},
            {"name", target_.display_name},
            {"role", target_.role}};
  if (target_.pin) join["pin"] = *target_.pin;
  if (target_.token) join["token"] = *target_.token;
  signaling_->Send(join.dump());
}

void CallMedia::OnSignalingChannelMessage(const std::string& text) {
  const json message = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!message.is_object() || !message.contains("type") || !message["type"].is_string()) {
    Log("ignoring a signaling message that is not a JSON object with a type");
    return;
  }
  HandleMessage(message, text);
}

void CallMedia::HandleMessage(const json& message, const std::string& text) {
  const std::string type = message["type"].get<std::string>();
  if (type == "joined") {
    state_ = State::kNegotiating;
    if (listener_ != nullptr) listener_->OnCallParticipants(ParticipantsOf(message));
    if (!offer_sdp_.empty()) SendOffer();
  } else if (type == "participants") {
    if (listener_ != nullptr) listener_->OnCallParticipants(ParticipantsOf(message));
  } else if (type == "answer") {
    const auto sdp = message.find("sdp");
    if (sdp == message.end() || !sdp->is_string()) return Lose("the MCU's answer has no SDP");
    if (pipeline_) pipeline_->SetRemoteAnswer(sdp->get<std::string>());
  } else if (type == "candidate") {
    const auto candidate = message.find("candidate");
    if (candidate == message.end() || !candidate->is_string() || !pipeline_) return;
    const auto index = message.find("sdpMLineIndex");
    const unsigned mline = index != message.end() && index->is_number_unsigned()
                               ? index->get<unsigned>()
                               : 0;
    pipeline_->AddRemoteCandidate(mline, candidate->get<std::string>());
  } else if (type == "error") {
    HandleError(message, text);
  } else if (type != "left") {
    if (listener_ != nullptr) listener_->OnCallEvent(text);  // active speaker, mute, layout...
  }
}

void CallMedia::HandleError(const json& message, const std::string& text) {
  const std::string code = message.value("code", "");
  const std::string reason = message.value("reason", "");
  if (EndsTheCall(code, state_ == State::kConnected)) {
    return Lose("the MCU refused the call: " + code + (reason.empty() ? "" : " (" + reason + ")"));
  }
  Log("MCU error " + code + ": " + reason);
  if (listener_ != nullptr) listener_->OnCallEvent(text);
}

void CallMedia::OnSignalingChannelClosed(const std::string& reason) {
  signaling_.reset();
  Lose("signaling to the MCU lost: " + reason);
}

void CallMedia::OnMediaPipelineOffer(const std::string& sdp, std::vector<std::string> mids) {
  PostForThisCall([this, sdp, mids = std::move(mids)]() mutable {
    offer_sdp_ = sdp;
    mids_ = std::move(mids);
    if (state_ == State::kNegotiating) SendOffer();
  });
}

void CallMedia::SendOffer() {
  if (offer_sent_ || !signaling_) return;
  signaling_->Send(json{{"type", "offer"}, {"sdp", offer_sdp_}}.dump());
  offer_sent_ = true;
  for (const auto& [mline, candidate] : pending_candidates_) SendCandidate(mline, candidate);
  pending_candidates_.clear();
}

void CallMedia::OnMediaPipelineCandidate(unsigned mline_index, const std::string& candidate) {
  PostForThisCall([this, mline_index, candidate] {
    if (offer_sent_) return SendCandidate(mline_index, candidate);
    if (pending_candidates_.size() < kMaxPendingCandidates) {
      pending_candidates_.emplace_back(mline_index, candidate);
    }
  });
}

void CallMedia::SendCandidate(unsigned mline_index, const std::string& candidate) {
  if (!signaling_) return;
  const std::string mid = mline_index < mids_.size() ? mids_[mline_index] : "";
  signaling_->Send(json{{"type", "candidate"},
                        {"candidate", candidate},
                        {"sdpMid", mid},
                        {"sdpMLineIndex", mline_index}}
                       .dump());
}

void CallMedia::OnMediaPipelineConnectionState(MediaPipeline::ConnectionState state) {
  PostForThisCall([this, state] {
    using ConnectionState = MediaPipeline::ConnectionState;
    if (state == ConnectionState::kConnected) return OnConnected();
    if (state == ConnectionState::kFailed) return Lose("media connection to the MCU failed (ICE/DTLS)");
    if (state == ConnectionState::kClosed) Lose("media connection to the MCU closed");
  });
}

void CallMedia::OnMediaPipelineError(const std::string& error) {
  PostForThisCall([this, error] { Lose("media pipeline: " + error); });
}

void CallMedia::OnConnected() {
  if (state_ == State::kConnected || state_ == State::kIdle) return;
  state_ = State::kConnected;
  connect_timer_.cancel();
  Log("in the call in room '" + target_.room + "'");
  if (listener_ != nullptr) listener_->OnCallConnected();
}

void CallMedia::SetMicrophoneMute(bool muted) {
  microphone_muted_ = muted;
  if (pipeline_) pipeline_->SetMicrophoneMute(muted);
}

void CallMedia::SetCameraEnabled(bool enabled) {
  camera_enabled_ = enabled;
  if (pipeline_) pipeline_->SetCameraEnabled(enabled);
}

bool CallMedia::GrabCameraJpeg(ThumbnailSize size, JpegDone done) {
  if (!pipeline_) return false;
  return pipeline_->GrabCameraFrame([this, size, done = std::move(done)](
                                        common::gst::GstSamplePtr frame) mutable {
    // Encoded here, on the camera's streaming thread, once: the control thread never waits
    // for jpegenc, and the call's encoder is behind a leaky queue.
    std::string error;
    auto jpeg = EncodeJpegThumbnail(frame.get(), size, &error);
    PostForThisCall([done = std::move(done), jpeg = std::move(jpeg), error] { done(jpeg, error); });
  });
}

void CallMedia::SetContentSharing(bool sharing) {
  sharing_ = sharing;
  if (pipeline_ && !pipeline_->SetContentSharing(sharing)) {
    Log("content sharing is not available with this camera/content configuration");
  }
}

void CallMedia::SetVideoBitrate(int kbps) {
  if (kbps <= 0) return;
  config_.video_bitrate_kbps = kbps;
  ApplyBitrate();
}

void CallMedia::SetBitrateSink(BitrateSink sink) {
  bitrate_sink_ = std::move(sink);
  if (bitrate_sink_) bitrate_sink_(applied_bitrate_kbps_, bitrate_limit_kbps_);
}

void CallMedia::OnMediaPipelineRemb(uint64_t bitrate_bps) {
  PostForThisCall([this, bitrate_bps] {
    const auto kbps = static_cast<int>(std::min<uint64_t>(bitrate_bps / 1000, 1000000));
    if (bitrate_limit_kbps_ == kbps) return;
    bitrate_limit_kbps_ = kbps;
    ApplyBitrate();
  });
}

void CallMedia::ApplyBitrate() {
  const int ceiling = std::max(config_.video_bitrate_kbps, 1);
  const int floor = std::min(std::max(config_.video_min_bitrate_kbps, 1), ceiling);
  const int target = std::clamp(bitrate_limit_kbps_.value_or(ceiling), floor, ceiling);
  if (pipeline_) {
    pipeline_->SetVideoBitrate(target);
    const int actual = pipeline_->VideoBitrateKbps();
    applied_bitrate_kbps_ = actual > 0 ? actual : target;
  } else {
    applied_bitrate_kbps_ = target;
  }
  // One line per real change (10 % or more), not one per REMB.
  if (std::abs(applied_bitrate_kbps_ - logged_bitrate_kbps_) * 10 >= logged_bitrate_kbps_) {
    Log("video bitrate " + std::to_string(applied_bitrate_kbps_) + " kb/s (MCU limit " +
        (bitrate_limit_kbps_ ? std::to_string(*bitrate_limit_kbps_) + " kb/s" : "none") + ")");
    logged_bitrate_kbps_ = applied_bitrate_kbps_;
  }
  if (bitrate_sink_) bitrate_sink_(applied_bitrate_kbps_, bitrate_limit_kbps_);
}

bool CallMedia::SendSignaling(const std::string& json_text) {
  if (state_ < State::kNegotiating || !signaling_) return false;
  return signaling_->Send(json_text);
}

}  // namespace vc::appliance::media
