#pragma once
// vc-visca-sim's engine: one emulated VISCA-over-IP camera on a UDP socket, on the caller's
// io_context. It answers like a camera does (RESET acknowledged, ACK then completion, moves
// completing after `move_time`, inquiries answered at once, a resend with the same sequence
// number answered again without repeating the action, a sequence number going backwards
// refused with the control ERROR 0F 01) and can misbehave on purpose for tests.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "devices/visca/ViscaPacket.hpp"
#include "devices/visca/ViscaSimCamera.hpp"

namespace vc::devices::visca {

struct ViscaFault {
  enum class Kind {
    kNone,
    kNoAnswer,       // never answers anything
    kGarbled,        // answers every message with bytes that are not a VISCA reply
    kNotExecutable,  // refuses every command with error 41 (inquiries and RESET still work)
    kDropFirst,      // ignores the first `drop_first` datagrams, then behaves
  };
  Kind kind = Kind::kNone;
  int drop_first = 0;
};

class ViscaSimulator {
 public:
  struct Options {
    std::string host = "127.0.0.1";
    uint16_t port = kDefaultPort;  // 0: any free port, see Port()
    std::chrono::milliseconds move_time{300};
    ViscaFault fault;
    bool power_on = true;  // the camera's power when the emulator starts
  };

  class Listener {
   public:
    virtual ~Listener() = default;
    // One line per change of the camera's state ("preset recalled 2", "power on").
    virtual void OnViscaSimulatorStateChange(const std::string& line) = 0;
  };

  // Binds at once; throws std::runtime_error naming the address when it cannot.
  ViscaSimulator(boost::asio::io_context& io, Options options, Listener* listener);
  ~ViscaSimulator();
  ViscaSimulator(const ViscaSimulator&) = delete;
  ViscaSimulator& operator=(const ViscaSimulator&) = delete;

  uint16_t Port() const { return port_; }
  const ViscaSimCamera::State& State() const { return camera_.state(); }
  uint64_t DatagramsReceived() const { return received_; }
  void Stop();  // closes the socket and abandons moves in progress

 private:
  using udp = boost::asio::ip::udp;
  struct Move {
    std::unique_ptr<boost::asio::steady_timer> timer;
    uint8_t socket = 1;
  };
  // The last command or inquiry accepted, and every datagram sent in answer to it, so that a
  // resend (same sequence number, same bytes) is answered again instead of executed twice.
  struct LastMessage {
    std::optional<uint32_t> sequence;
    Bytes payload;
    udp::endpoint from;
    std::vector<Bytes> replies;
  };

  void StartReceive();
  void OnDatagram(std::span<const uint8_t> datagram, const udp::endpoint& from);
  void OnMessage(PayloadType type, uint32_t sequence, std::span<const uint8_t> payload, const udp::endpoint& from);
  void StartMove(const ViscaSimCamera::Change& change, uint32_t sequence, const udp::endpoint& from);
  void Send(const udp::endpoint& to, PayloadType type, uint32_t sequence, const Bytes& payload);
  void SendDatagram(const udp::endpoint& to, const Bytes& datagram);
  void Log(const std::string& line);

  // Passed by argument.
  const Options options_;
  Listener* listener_;
  // Allocated by this.
  boost::asio::io_context& io_;
  udp::socket socket_;
  uint16_t port_ = 0;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  std::shared_ptr<std::array<uint8_t, 1500>> buffer_ = std::make_shared<std::array<uint8_t, 1500>>();
  std::shared_ptr<udp::endpoint> sender_ = std::make_shared<udp::endpoint>();
  ViscaSimCamera camera_;
  LastMessage last_;
  std::list<Move> moves_;
  uint64_t received_ = 0;
  int dropped_ = 0;
};

}  // namespace vc::devices::visca
