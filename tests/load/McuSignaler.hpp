#pragma once
// vc-mcu's signaling (docs/signaling.md) for one load participant: an asynchronous WebSocket on
// the load tool's shared io_context (which the GLib loop polls), join -> joined -> offer ->
// answer, candidates trickled both ways. One write in flight, the rest queued.
#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <cstdint>
#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "mcu/webrtc/PeerConnection.hpp"
#include "tests/load/Signaler.hpp"

namespace vc::tests::load {

struct WsEndpoint {
  std::string host = "127.0.0.1";
  uint16_t port = 0;
  std::string path = "/ws";
  // Parses ws://HOST:PORT/PATH (HOST a numeric address); throws std::invalid_argument.
  static WsEndpoint Parse(const std::string& url);
};

class McuSignaler : public Signaler {
 public:
  McuSignaler(boost::asio::io_context& io, WsEndpoint endpoint, std::string room,
              std::string name, mcu::webrtc::PeerConnection& pc,
              mcu::negotiation::OfferMedia media = {});
  ~McuSignaler() override;

  void Start() override;
  void OnLocalCandidate(const std::string& candidate) override;
  const std::string& Error() const override { return error_; }
  void Leave() override;

 private:
  void Send(const nlohmann::json& message);
  void WriteNext();
  void Read();
  void Handle(const std::string& text);
  void Fail(const std::string& reason);

  // Passed by argument.
  const WsEndpoint endpoint_;
  const std::string room_, name_;
  mcu::webrtc::PeerConnection& pc_;
  const mcu::negotiation::OfferMedia media_;  // which m-lines the offer has (vc-video-bench: video)
  // Allocated by this. Handlers hold only this guard, so a finished participant's late
  // completions do nothing.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
  boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
  boost::beast::flat_buffer read_buffer_;
  std::deque<std::string> outbox_;
  bool open_ = false;
  bool writing_ = false;
  bool joined_ = false;
  std::string error_;
};

}  // namespace vc::tests::load
