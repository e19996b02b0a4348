#include "devices/visca/ViscaSimulator.hpp"

#include <stdexcept>

#include "devices/visca/ViscaReply.hpp"

namespace vc::devices::visca {
namespace {

namespace asio = boost::asio;
using Decision = ViscaSimCamera::Decision;
constexpr size_t kSockets = 2;  // VISCA cameras hold two commands in execution at most

}  // namespace

ViscaSimulator::ViscaSimulator(asio::io_context& io, Options options, Listener* listener)
    : options_(std::move(options)), listener_(listener), io_(io), socket_(io), camera_(options_.power_on) {
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(options_.host, ec);
  if (ec) throw std::runtime_error("'" + options_.host + "' is not an IP address");
  const udp::endpoint endpoint(address, options_.port);
  socket_.open(endpoint.protocol(), ec);
  if (!ec) socket_.bind(endpoint, ec);
  if (ec) {
    throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) + ": " +
                             ec.message());
  }
  port_ = socket_.local_endpoint().port();
  StartReceive();
}

ViscaSimulator::~ViscaSimulator() {
  alive_.reset();
  Stop();
}

void ViscaSimulator::Stop() {
  boost::system::error_code ignored;
  socket_.close(ignored);
  moves_.clear();  // a steady_timer's destructor cancels it
}

void ViscaSimulator::StartReceive() {
  socket_.async_receive_from(
      asio::buffer(*buffer_), *sender_,
      [this, alive = std::weak_ptr<int>(alive_), buffer = buffer_, sender = sender_](
          const boost::system::error_code& ec, size_t size) {
        if (alive.expired() || !socket_.is_open()) return;
        if (!ec) OnDatagram(std::span<const uint8_t>(buffer->data(), size), *sender);
        // ICMP errors from a client that went away surface here; keep serving.
        if (ec != asio::error::operation_aborted) StartReceive();
      });
}

void ViscaSimulator::OnDatagram(std::span<const uint8_t> datagram, const udp::endpoint& from) {
  ++received_;
  switch (options_.fault.kind) {
    case ViscaFault::Kind::kNoAnswer:
      return;
    case ViscaFault::Kind::kDropFirst:
      if (dropped_ < options_.fault.drop_first) {
        ++dropped_;
        Log("fault: dropped datagram " + std::to_string(dropped_) + " of " + std::to_string(options_.fault.drop_first));
        return;
      }
      break;
    default:
      break;
  }
  auto packet = ParsePacket(datagram);
  if (!packet) return Send(from, PayloadType::kControl, 0, EncodeControl(ControlMessage::kMessageError));
  if (options_.fault.kind == ViscaFault::Kind::kGarbled) {
    // A well-framed datagram whose payload is no VISCA reply: the client must say so, not hang.
    return Send(from, PayloadType::kReply, packet->sequence, Bytes{'G', 'A', 'R', 'B', 'L', 'E', 'D'});
  }
  OnMessage(packet->type, packet->sequence, packet->payload, from);
}

void ViscaSimulator::OnMessage(PayloadType type, uint32_t sequence, std::span<const uint8_t> payload,
                               const udp::endpoint& from) {
  if (type == PayloadType::kControl) {
    if (ParseControl(payload) != ControlMessage::kResetAck) {  // RESET is the byte 01, as its ACK
      return Send(from, PayloadType::kControl, sequence, EncodeControl(ControlMessage::kMessageError));
    }
    last_ = LastMessage{};
    Log("sequence reset");
    return Send(from, PayloadType::kControlReply, sequence, EncodeControl(ControlMessage::kResetAck));
  }
  if (type != PayloadType::kCommand && type != PayloadType::kInquiry) {
    return Send(from, PayloadType::kControl, sequence, EncodeControl(ControlMessage::kMessageError));
  }
  if (last_.sequence && *last_.sequence == sequence && from == last_.from &&
      Bytes(payload.begin(), payload.end()) == last_.payload) {
    for (const Bytes& reply : last_.replies) SendDatagram(from, reply);  // a resend: answer again, do not act again
    return;
  }
  if (last_.sequence && static_cast<int32_t>(sequence - *last_.sequence) <= 0) {
    return Send(from, PayloadType::kControl, sequence, EncodeControl(ControlMessage::kSequenceError));
  }
  last_ = LastMessage{sequence, Bytes(payload.begin(), payload.end()), from, {}};

  if (options_.fault.kind == ViscaFault::Kind::kNotExecutable && type == PayloadType::kCommand) {
    return Send(from, PayloadType::kReply, sequence, EncodeError(1, error_code::kNotExecutable));
  }
  const Decision decision = camera_.Decide(type, payload);
  switch (decision.kind) {
    case Decision::Kind::kError:
      return Send(from, PayloadType::kReply, sequence, EncodeError(0, decision.error));
    case Decision::Kind::kAnswer:
      return Send(from, PayloadType::kReply, sequence, EncodeCompletion(0, decision.answer));
    case Decision::Kind::kDoneNow:
      Send(from, PayloadType::kReply, sequence, EncodeAck(1));
      Log(camera_.Apply(decision.change));
      return Send(from, PayloadType::kReply, sequence, EncodeCompletion(1));
    case Decision::Kind::kDoneAfterMove:
      return StartMove(decision.change, sequence, from);
  }
}

void ViscaSimulator::StartMove(const ViscaSimCamera::Change& change, uint32_t sequence, const udp::endpoint& from) {
  if (moves_.size() >= kSockets) {
    return Send(from, PayloadType::kReply, sequence, EncodeError(0, error_code::kBufferFull));
  }
  uint8_t socket = 1;
  for (const Move& move : moves_) {
    if (move.socket == socket) socket = 2;
  }
  Send(from, PayloadType::kReply, sequence, EncodeAck(socket));
  auto& move = moves_.emplace_back(Move{std::make_unique<asio::steady_timer>(io_), socket});
  move.timer->expires_after(options_.move_time);
  auto it = std::prev(moves_.end());
  move.timer->async_wait([this, alive = std::weak_ptr<int>(alive_), it, change, sequence, from](
                             const boost::system::error_code& ec) {
    // After Stop() the list is gone, even for a timer whose handler was already queued.
    if (alive.expired() || ec || !socket_.is_open()) return;
    const uint8_t done_socket = it->socket;
    moves_.erase(it);
    Log(camera_.Apply(change));
    Send(from, PayloadType::kReply, sequence, EncodeCompletion(done_socket));
  });
}

void ViscaSimulator::Send(const udp::endpoint& to, PayloadType type, uint32_t sequence, const Bytes& payload) {
  Bytes datagram = EncodePacket(type, sequence, payload);
  if (last_.sequence && *last_.sequence == sequence && to == last_.from && type == PayloadType::kReply) {
    last_.replies.push_back(datagram);
  }
  SendDatagram(to, datagram);
}

void ViscaSimulator::SendDatagram(const udp::endpoint& to, const Bytes& bytes) {
  if (!socket_.is_open()) return;
  auto datagram = std::make_shared<Bytes>(bytes);
  socket_.async_send_to(asio::buffer(*datagram), to, [datagram](const boost::system::error_code&, size_t) {});
}

void ViscaSimulator::Log(const std::string& line) {
  if (listener_ && !line.empty()) listener_->OnViscaSimulatorStateChange(line);
}

}  // namespace vc::devices::visca
