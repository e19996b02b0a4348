#pragma once
// A PTZ camera driven over VISCA over IP (UDP, default port 52381), on the caller's io_context.
//
// Commands go one at a time through a bounded queue: the first exchange (and the first after a
// timeout or an unreachable camera) is a RESET of the sequence counter; then each message gets
// the next sequence number and waits for its ACK and its completion (inquiries: for the answer).
// A message without answer is resent with the same sequence number `retries` times, each after
// `reply_timeout`; then the request ends with kTimeout. A "sequence number abnormality" from
// the camera triggers one RESET and a resend. Nothing blocks: every result arrives through the
// request's callback, on the io_context's thread, never from inside the call that queued it.
// Destroying the camera drops the callbacks of requests still queued.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "devices/DeviceResult.hpp"
#include "devices/visca/ViscaCommands.hpp"
#include "devices/visca/ViscaPacket.hpp"
#include "devices/visca/ViscaReply.hpp"

namespace vc::devices::visca {

class ViscaCamera {
 public:
  using Done = std::function<void(DeviceResult)>;

  struct Options {
    std::string host = "127.0.0.1";  // IP address or name (resolved asynchronously)
    uint16_t port = kDefaultPort;
    std::chrono::milliseconds reply_timeout{500};          // per attempt: ACK, RESET or inquiry answer
    int retries = 2;                                        // resends after a reply timeout
    std::chrono::milliseconds completion_timeout{15000};    // ACK to completion (preset moves take seconds)
    size_t max_queued = 16;                                 // beyond: kUnavailable at once
  };

  struct Position {
    int16_t pan = 0;
    int16_t tilt = 0;
    uint16_t zoom = 0;
  };

  ViscaCamera(boost::asio::io_context& io, Options options);
  ~ViscaCamera();
  ViscaCamera(const ViscaCamera&) = delete;
  ViscaCamera& operator=(const ViscaCamera&) = delete;

  void PowerOn(Done done);
  void PowerOff(Done done);
  void RecallPreset(int preset, Done done);  // preset 0..kMaxPreset, as the camera numbers them
  void StorePreset(int preset, Done done);   // VISCA "memory set"
  void ResetPreset(int preset, Done done);
  void Home(Done done);
  // Continuous drive (kStop stops); speeds are clamped to 1..0x18 (pan) and 1..0x17 (tilt).
  void PanTilt(PanTiltDirection direction, int pan_speed, int tilt_speed, Done done);
  void PanTiltTo(int16_t pan, int16_t tilt, int pan_speed, int tilt_speed, Done done);
  // Continuous zoom; no speed = the camera's standard speed, else 0..7.
  void Zoom(ZoomDirection direction, std::optional<int> speed, Done done);
  void ZoomTo(uint16_t position, Done done);  // 0 (wide) .. 0x4000 (optical tele)
  void QueryPower(std::function<void(DeviceResult, PowerState)> done);
  void QueryPosition(std::function<void(DeviceResult, Position)> done);

  // "HOST:PORT", as error messages name the camera.
  std::string Address() const;
  // Requests waiting plus the one in flight.
  size_t Pending() const { return queue_.size() + (current_ ? 1 : 0); }

 private:
  using Finish = std::function<void(DeviceResult, const ViscaReply*)>;
  struct Request {
    PayloadType type = PayloadType::kCommand;
    Bytes payload;
    std::string what;  // "recall preset 2": prefixes error messages
    Finish finish;
    bool resynced = false;  // already resent once after a sequence error
  };
  enum class Phase { kIdle, kResolving, kResetting, kAwaitReply, kAwaitCompletion };

  void EnqueueCommand(Bytes payload, std::string what, Done done);
  void Enqueue(Request request);
  void Reject(Finish finish, DeviceResult result);
  void Pump();
  void Advance();
  void OnResolved(const boost::system::error_code& ec, boost::asio::ip::udp::resolver::results_type results);
  void Transmit(std::chrono::milliseconds timeout);
  void ArmTimer(std::chrono::milliseconds timeout);
  void CancelTimer();
  void OnTimeout();
  void StartReceive();
  void OnDatagram(std::span<const uint8_t> datagram);
  void OnControl(const ViscaPacketView& packet);
  void OnReply(const ViscaReply& reply);
  void OnRefused();
  void Complete(DeviceResult result, const ViscaReply* reply = nullptr);
  DeviceResult Failure(DeviceErrorKind kind, const std::string& message) const;

  // Passed by argument.
  boost::asio::io_context& io_;
  const Options options_;
  // Allocated by this.
  boost::asio::ip::udp::resolver resolver_;
  boost::asio::ip::udp::socket socket_;
  boost::asio::steady_timer timer_;
  // Handlers hold a weak_ptr to this token: they may run after the camera is gone.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  std::shared_ptr<std::array<uint8_t, 1500>> receive_buffer_ = std::make_shared<std::array<uint8_t, 1500>>();
  std::deque<Request> queue_;
  std::optional<Request> current_;
  Phase phase_ = Phase::kIdle;
  bool connected_ = false;
  bool need_reset_ = true;
  uint32_t next_sequence_ = 1;
  uint32_t current_sequence_ = 0;
  Bytes outgoing_;
  int attempt_ = 0;
  uint64_t timer_generation_ = 0;
  uint64_t socket_generation_ = 0;
};

}  // namespace vc::devices::visca
