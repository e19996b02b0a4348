#include "devices/visca/ViscaCamera.hpp"

#include <boost/asio/post.hpp>

#include <algorithm>

namespace vc::devices::visca {
namespace {

namespace asio = boost::asio;
using asio::ip::udp;
using K = DeviceErrorKind;

Bytes Hex24(std::span<const uint8_t> bytes) {
  return Bytes(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(bytes.size(), 24)));
}

}  // namespace

ViscaCamera::ViscaCamera(asio::io_context& io, Options options)
    : io_(io), options_(std::move(options)), resolver_(io), socket_(io), timer_(io) {}

ViscaCamera::~ViscaCamera() {
  alive_.reset();
  boost::system::error_code ignored;
  timer_.cancel();
  resolver_.cancel();
  socket_.close(ignored);
}

std::string ViscaCamera::Address() const {
  const bool v6 = options_.host.find(':') != std::string::npos;
  return (v6 ? "[" + options_.host + "]" : options_.host) + ":" + std::to_string(options_.port);
}

// ---- requests ----------------------------------------------------------------------------------

void ViscaCamera::PowerOn(Done done) { EnqueueCommand(commands::PowerOn(), "power on", std::move(done)); }
void ViscaCamera::PowerOff(Done done) { EnqueueCommand(commands::PowerOff(), "power off", std::move(done)); }
void ViscaCamera::Home(Done done) { EnqueueCommand(commands::PanTiltHome(), "home", std::move(done)); }

void ViscaCamera::RecallPreset(int preset, Done done) {
  EnqueueCommand(IsValidPreset(preset) ? commands::PresetRecall(preset) : Bytes{},
                 "recall preset " + std::to_string(preset), std::move(done));
}

void ViscaCamera::StorePreset(int preset, Done done) {
  EnqueueCommand(IsValidPreset(preset) ? commands::PresetSet(preset) : Bytes{},
                 "store preset " + std::to_string(preset), std::move(done));
}

void ViscaCamera::ResetPreset(int preset, Done done) {
  EnqueueCommand(IsValidPreset(preset) ? commands::PresetReset(preset) : Bytes{},
                 "reset preset " + std::to_string(preset), std::move(done));
}

void ViscaCamera::PanTilt(PanTiltDirection direction, int pan_speed, int tilt_speed, Done done) {
  EnqueueCommand(commands::PanTiltDrive(direction, pan_speed, tilt_speed),
                 std::string("pan-tilt ") + PanTiltDirectionName(direction), std::move(done));
}

void ViscaCamera::PanTiltTo(int16_t pan, int16_t tilt, int pan_speed, int tilt_speed, Done done) {
  EnqueueCommand(commands::PanTiltAbsolute(pan_speed, tilt_speed, pan, tilt),
                 "pan-tilt to " + std::to_string(pan) + "," + std::to_string(tilt), std::move(done));
}

void ViscaCamera::Zoom(ZoomDirection direction, std::optional<int> speed, Done done) {
  EnqueueCommand(commands::ZoomDrive(direction, speed), std::string("zoom ") + ZoomDirectionName(direction),
                 std::move(done));
}

void ViscaCamera::ZoomTo(uint16_t position, Done done) {
  EnqueueCommand(commands::ZoomDirect(position), "zoom to " + std::to_string(position), std::move(done));
}

void ViscaCamera::QueryPower(std::function<void(DeviceResult, PowerState)> done) {
  Request request;
  request.type = PayloadType::kInquiry;
  request.payload = commands::PowerInquiry();
  request.what = "power inquiry";
  request.finish = [done = std::move(done)](DeviceResult result, const ViscaReply* reply) {
    if (!done) return;
    if (!result.ok()) return done(std::move(result), PowerState::kStandby);
    auto state = ParsePowerData(reply->data);
    if (!state) {
      return done(DeviceResult::Error(K::kProtocol, "power inquiry: camera sent an unreadable answer (" +
                                                        ToHex(reply->data) + ")"),
                  PowerState::kStandby);
    }
    if (*state == PowerState::kPowerError) {
      return done(DeviceResult::Error(K::kDeviceFault, "camera reports an internal power circuit error"), *state);
    }
    done(DeviceResult::Ok(), *state);
  };
  Enqueue(std::move(request));
}

void ViscaCamera::QueryPosition(std::function<void(DeviceResult, Position)> done) {
  // Two inquiries queued back to back; the answer is reported once both are in.
  struct Partial {
    DeviceResult result;
    Position position;
  };
  auto partial = std::make_shared<Partial>();
  Request pan_tilt;
  pan_tilt.type = PayloadType::kInquiry;
  pan_tilt.payload = commands::PanTiltPositionInquiry();
  pan_tilt.what = "pan-tilt position inquiry";
  pan_tilt.finish = [partial](DeviceResult result, const ViscaReply* reply) {
    if (!result.ok()) {
      partial->result = std::move(result);
    } else if (auto position = ParsePanTiltPositionData(reply->data)) {
      partial->position.pan = position->pan;
      partial->position.tilt = position->tilt;
    } else {
      partial->result = DeviceResult::Error(
          K::kProtocol, "pan-tilt position inquiry: camera sent an unreadable answer (" + ToHex(reply->data) + ")");
    }
  };
  Request zoom;
  zoom.type = PayloadType::kInquiry;
  zoom.payload = commands::ZoomPositionInquiry();
  zoom.what = "zoom position inquiry";
  zoom.finish = [partial, done = std::move(done)](DeviceResult result, const ViscaReply* reply) {
    if (partial->result.ok()) {
      if (!result.ok()) {
        partial->result = std::move(result);
      } else if (auto position = ParseZoomPositionData(reply->data)) {
        partial->position.zoom = *position;
      } else {
        partial->result = DeviceResult::Error(
            K::kProtocol, "zoom position inquiry: camera sent an unreadable answer (" + ToHex(reply->data) + ")");
      }
    }
    if (done) done(partial->result, partial->position);
  };
  if (queue_.size() + 2 > options_.max_queued) {
    return Reject(std::move(zoom.finish),
                  DeviceResult::Error(K::kUnavailable, "camera command queue is full (" +
                                                           std::to_string(options_.max_queued) + " waiting)"));
  }
  Enqueue(std::move(pan_tilt));
  Enqueue(std::move(zoom));
}

void ViscaCamera::EnqueueCommand(Bytes payload, std::string what, Done done) {
  Request request;
  request.type = PayloadType::kCommand;
  request.what = std::move(what);
  request.finish = [done = std::move(done)](DeviceResult result, const ViscaReply*) {
    if (done) done(std::move(result));
  };
  if (payload.empty()) {  // only an invalid preset number gets here
    return Reject(std::move(request.finish),
                  DeviceResult::Error(K::kProtocol, request.what + ": preset numbers are 0-" +
                                                        std::to_string(kMaxPreset)));
  }
  request.payload = std::move(payload);
  Enqueue(std::move(request));
}

void ViscaCamera::Enqueue(Request request) {
  if (queue_.size() >= options_.max_queued) {
    return Reject(std::move(request.finish),
                  DeviceResult::Error(K::kUnavailable, request.what + ": camera command queue is full (" +
                                                           std::to_string(options_.max_queued) + " waiting)"));
  }
  queue_.push_back(std::move(request));
  Pump();
}

// Results never arrive inside the call that asked: the caller may still be setting up.
void ViscaCamera::Reject(Finish finish, DeviceResult result) {
  asio::post(io_, [alive = std::weak_ptr<int>(alive_), finish = std::move(finish), result = std::move(result)] {
    if (!alive.expired() && finish) finish(result, nullptr);
  });
}

// ---- the exchange --------------------------------------------------------------------------------

void ViscaCamera::Pump() {
  if (current_ || queue_.empty()) return;
  current_ = std::move(queue_.front());
  queue_.pop_front();
  Advance();
}

void ViscaCamera::Advance() {
  if (!connected_) {
    phase_ = Phase::kResolving;
    resolver_.async_resolve(options_.host, std::to_string(options_.port), udp::resolver::numeric_service,
                            [this, alive = std::weak_ptr<int>(alive_)](const boost::system::error_code& ec,
                                                                       udp::resolver::results_type results) {
                              if (alive.expired()) return;
                              OnResolved(ec, std::move(results));
                            });
    return;
  }
  attempt_ = 0;
  if (need_reset_) {
    phase_ = Phase::kResetting;
    current_sequence_ = 0;  // the camera ignores a RESET's sequence number
    outgoing_ = EncodePacket(PayloadType::kControl, current_sequence_, commands::SequenceReset());
  } else {
    phase_ = Phase::kAwaitReply;
    current_sequence_ = next_sequence_++;
    outgoing_ = EncodePacket(current_->type, current_sequence_, current_->payload);
  }
  Transmit(options_.reply_timeout);
}

void ViscaCamera::OnResolved(const boost::system::error_code& ec, udp::resolver::results_type results) {
  if (phase_ != Phase::kResolving) return;
  if (ec || results.empty()) {
    return Complete(Failure(K::kUnreachable, "cannot resolve the camera address (" +
                                                 (ec ? ec.message() : std::string("no address")) + ")"));
  }
  const udp::endpoint endpoint = results.begin()->endpoint();
  boost::system::error_code error;
  socket_.close(error);
  socket_.open(endpoint.protocol(), error);
  // A connected UDP socket only hears the camera and learns of ICMP port-unreachable.
  if (!error) socket_.connect(endpoint, error);
  if (error) return Complete(Failure(K::kUnreachable, "cannot open a socket to the camera (" + error.message() + ")"));
  connected_ = true;
  ++socket_generation_;
  StartReceive();
  Advance();
}

void ViscaCamera::Transmit(std::chrono::milliseconds timeout) {
  auto datagram = std::make_shared<Bytes>(outgoing_);
  socket_.async_send(asio::buffer(*datagram),
                     [this, alive = std::weak_ptr<int>(alive_), datagram](const boost::system::error_code& ec, size_t) {
                       if (alive.expired()) return;
                       if (ec == asio::error::connection_refused) OnRefused();
                     });
  ArmTimer(timeout);
}

void ViscaCamera::ArmTimer(std::chrono::milliseconds timeout) {
  const uint64_t generation = ++timer_generation_;
  timer_.expires_after(timeout);
  timer_.async_wait([this, alive = std::weak_ptr<int>(alive_), generation](const boost::system::error_code& ec) {
    if (alive.expired() || ec || generation != timer_generation_) return;
    OnTimeout();
  });
}

void ViscaCamera::CancelTimer() {
  ++timer_generation_;
  timer_.cancel();
}

void ViscaCamera::OnTimeout() {
  switch (phase_) {
    case Phase::kResetting:
    case Phase::kAwaitReply:
      if (attempt_ < options_.retries) {
        ++attempt_;
        Transmit(options_.reply_timeout);  // same bytes, same sequence number
        return;
      }
      need_reset_ = true;
      return Complete(Failure(K::kTimeout, "did not answer within " +
                                               std::to_string(options_.reply_timeout.count()) + " ms (" +
                                               std::to_string(attempt_ + 1) + " attempts)"));
    case Phase::kAwaitCompletion:
      return Complete(Failure(K::kTimeout, "acknowledged but did not finish within " +
                                               std::to_string(options_.completion_timeout.count()) + " ms"));
    case Phase::kIdle:
    case Phase::kResolving:
      return;
  }
}

void ViscaCamera::StartReceive() {
  socket_.async_receive(
      asio::buffer(*receive_buffer_),
      [this, alive = std::weak_ptr<int>(alive_), buffer = receive_buffer_, generation = socket_generation_](
          const boost::system::error_code& ec, size_t size) {
        if (alive.expired() || ec == asio::error::operation_aborted || generation != socket_generation_) return;
        if (ec == asio::error::connection_refused) {
          OnRefused();
        } else if (ec) {
          // The socket is unusable; the next request opens a new one.
          boost::system::error_code ignored;
          socket_.close(ignored);
          connected_ = false;
          return;
        } else {
          OnDatagram(std::span<const uint8_t>(buffer->data(), size));
        }
        if (!alive.expired() && connected_ && generation == socket_generation_) StartReceive();
      });
}

void ViscaCamera::OnRefused() {
  if (phase_ != Phase::kResetting && phase_ != Phase::kAwaitReply && phase_ != Phase::kAwaitCompletion) return;
  need_reset_ = true;
  Complete(Failure(K::kUnreachable, "is unreachable (nothing listens on that port)"));
}

void ViscaCamera::OnDatagram(std::span<const uint8_t> datagram) {
  if (phase_ != Phase::kResetting && phase_ != Phase::kAwaitReply && phase_ != Phase::kAwaitCompletion) return;
  auto packet = ParsePacket(datagram);
  if (!packet) {
    if (phase_ == Phase::kResetting) need_reset_ = true;
    return Complete(Failure(K::kProtocol, "sent an unreadable datagram (" + ToHex(Hex24(datagram)) + ")"));
  }
  if (packet->type == PayloadType::kControl || packet->type == PayloadType::kControlReply) return OnControl(*packet);
  if (packet->type != PayloadType::kReply) return;
  auto reply = ParseReply(packet->payload);
  if (!reply) {
    if (phase_ == Phase::kResetting) need_reset_ = true;
    return Complete(Failure(K::kProtocol, "sent an unreadable reply (" + ToHex(Hex24(packet->payload)) + ")"));
  }
  // While resetting, and for other sequence numbers: a late answer to an earlier attempt.
  if (phase_ == Phase::kResetting || packet->sequence != current_sequence_) return;
  OnReply(*reply);
}

void ViscaCamera::OnControl(const ViscaPacketView& packet) {
  auto message = ParseControl(packet.payload);
  if (!message) {
    return Complete(Failure(K::kProtocol, "sent an unreadable control message (" + ToHex(packet.payload) + ")"));
  }
  if (*message == ControlMessage::kResetAck) {
    if (phase_ != Phase::kResetting) return;
    need_reset_ = false;
    next_sequence_ = 1;
    CancelTimer();
    return Advance();  // now send the request itself
  }
  if (phase_ == Phase::kResetting || packet.sequence != current_sequence_) return;
  if (*message == ControlMessage::kMessageError) {
    return Complete(Failure(K::kProtocol, "rejected the message type (VISCA over IP error 0F 02)"));
  }
  // Sequence number abnormality: the camera's counter and ours disagree (it restarted, or
  // another controller talked to it). Reset once and resend; a second refusal is an error.
  need_reset_ = true;
  if (current_->resynced) {
    return Complete(Failure(K::kProtocol, "rejected the sequence number again after a reset (0F 01)"));
  }
  current_->resynced = true;
  CancelTimer();
  Advance();
}

void ViscaCamera::OnReply(const ViscaReply& reply) {
  switch (reply.kind) {
    case ReplyKind::kAck:
      if (phase_ != Phase::kAwaitReply || current_->type != PayloadType::kCommand) return;  // resent ACK
      phase_ = Phase::kAwaitCompletion;
      ArmTimer(options_.completion_timeout);
      return;
    case ReplyKind::kCompletion:
      return Complete(DeviceResult::Ok(), &reply);  // also when its ACK was lost
    case ReplyKind::kError: {
      DeviceResult result = ErrorReplyResult(reply.error);
      result.message = current_->what + ": " + result.message;
      return Complete(std::move(result), &reply);
    }
  }
}

DeviceResult ViscaCamera::Failure(DeviceErrorKind kind, const std::string& message) const {
  const std::string what = current_ ? current_->what + ": " : std::string();
  return DeviceResult::Error(kind, what + "camera " + Address() + " " + message);
}

void ViscaCamera::Complete(DeviceResult result, const ViscaReply* reply) {
  CancelTimer();
  phase_ = Phase::kIdle;
  if (!current_) return;
  Request request = std::move(*current_);
  current_.reset();
  std::weak_ptr<int> alive = alive_;
  if (request.finish) request.finish(std::move(result), reply);
  if (!alive.expired()) Pump();  // the callback may have destroyed the camera
}

}  // namespace vc::devices::visca
