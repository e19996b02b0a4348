#include "tests/load/McuSignaler.hpp"

#include <boost/asio/ip/address.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/websocket.hpp>
#include <stdexcept>

namespace vc::tests::load {
namespace {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = boost::asio::ip::tcp;

constexpr auto kTimeout = std::chrono::seconds(20);
constexpr size_t kMaxQueued = 256;  // candidates + offer + leave; far more means a stuck socket

}  // namespace

WsEndpoint WsEndpoint::Parse(const std::string& url) {
  constexpr std::string_view kScheme = "ws://";
  if (url.rfind(kScheme, 0) != 0) throw std::invalid_argument("--mcu must be ws://HOST:PORT/PATH");
  const std::string rest = url.substr(kScheme.size());
  const auto slash = rest.find('/');
  const std::string authority = rest.substr(0, slash);
  const auto colon = authority.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("--mcu needs a port: " + url);
  WsEndpoint endpoint;
  endpoint.host = authority.substr(0, colon);
  const int port = std::stoi(authority.substr(colon + 1));
  if (port <= 0 || port > 65535) throw std::invalid_argument("--mcu port out of range: " + url);
  endpoint.port = static_cast<uint16_t>(port);
  endpoint.path = slash == std::string::npos ? "/" : rest.substr(slash);
  boost::system::error_code ec;
  boost::asio::ip::make_address(endpoint.host, ec);
  if (ec) throw std::invalid_argument("--mcu host must be a numeric address: " + endpoint.host);
  return endpoint;
}

McuSignaler::McuSignaler(boost::asio::io_context& io, WsEndpoint endpoint, std::string room,
                         std::string name, mcu::webrtc::PeerConnection& pc,
                         mcu::negotiation::OfferMedia media)
    : endpoint_(std::move(endpoint)),
      room_(std::move(room)),
      name_(std::move(name)),
      pc_(pc),
      media_(media),
      ws_(io) {}

McuSignaler::~McuSignaler() {
  *alive_ = false;
  beast::error_code ignored;
  beast::get_lowest_layer(ws_).socket().close(ignored);
}

void McuSignaler::Start() {
  const tcp::endpoint address(boost::asio::ip::make_address(endpoint_.host), endpoint_.port);
  beast::get_lowest_layer(ws_).expires_after(kTimeout);
  auto alive = alive_;
  beast::get_lowest_layer(ws_).async_connect(address, [this, alive](beast::error_code ec) {
    if (!*alive) return;
    if (ec) return Fail("connect: " + ec.message());
    beast::get_lowest_layer(ws_).expires_never();
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
    const std::string host = endpoint_.host + ":" + std::to_string(endpoint_.port);
    ws_.async_handshake(host, endpoint_.path, [this, alive](beast::error_code ec2) {
      if (!*alive) return;
      if (ec2) return Fail("websocket handshake: " + ec2.message());
      open_ = true;
      ws_.text(true);
      Read();
      Send({{"type", "join"}, {"room", room_}, {"name", name_}});
    });
  });
}

void McuSignaler::OnLocalCandidate(const std::string& candidate) {
  Send({{"type", "candidate"}, {"candidate", candidate}, {"sdpMid", "0"}, {"sdpMLineIndex", 0}});
}

void McuSignaler::Leave() {
  if (open_ && error_.empty()) Send({{"type", "leave"}});
}

void McuSignaler::Send(const nlohmann::json& message) {
  if (outbox_.size() >= kMaxQueued) return Fail("signaling send queue full");
  outbox_.push_back(message.dump());
  WriteNext();
}

void McuSignaler::WriteNext() {
  if (!open_ || writing_ || outbox_.empty()) return;
  writing_ = true;
  auto alive = alive_;
  ws_.async_write(boost::asio::buffer(outbox_.front()), [this, alive](beast::error_code ec, size_t) {
    if (!*alive) return;
    writing_ = false;
    if (ec) return Fail("write: " + ec.message());
    outbox_.pop_front();
    WriteNext();
  });
}

void McuSignaler::Read() {
  auto alive = alive_;
  ws_.async_read(read_buffer_, [this, alive](beast::error_code ec, size_t) {
    if (!*alive) return;
    if (ec) {
      open_ = false;
      // After our leave the MCU closes the socket: that is no failure.
      if (joined_ && outbox_.empty()) return;
      return Fail("read: " + ec.message());
    }
    const std::string text = beast::buffers_to_string(read_buffer_.data());
    read_buffer_.consume(read_buffer_.size());
    Handle(text);
    Read();
  });
}

void McuSignaler::Handle(const std::string& text) {
  const auto message = nlohmann::json::parse(text, nullptr, false);
  if (!message.is_object()) return Fail("MCU sent something that is not a JSON object");
  const std::string type = message.value("type", "");
  try {
    if (type == "joined") {
      joined_ = true;
      pc_.StartOffer(media_);
      Send({{"type", "offer"}, {"sdp", pc_.CreateOffer(/*with_candidates=*/false)}});
    } else if (type == "answer") {
      pc_.ApplyAnswer(message.value("sdp", ""));
    } else if (type == "candidate") {
      const auto& candidate = message["candidate"];
      if (!candidate.is_string() || candidate.get<std::string>().empty()) {
        pc_.SetRemoteGatheringDone();
      } else {
        pc_.AddRemoteCandidate(candidate.get<std::string>());
      }
    } else if (type == "error") {
      Fail("MCU error " + message.value("code", "") + ": " + message.value("reason", ""));
    }
  } catch (const std::exception& e) {
    Fail(type + ": " + e.what());
  }
}

void McuSignaler::Fail(const std::string& reason) {
  if (error_.empty()) error_ = reason;
}

}  // namespace vc::tests::load
