#include "appliance/control/ControlSession.hpp"

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/websocket.hpp>

#include "common/log/Log.hpp"

namespace vc::appliance::control {
namespace {
constexpr std::string_view kLog = "control";
namespace websocket = boost::beast::websocket;
}  // namespace

ControlSession::ControlSession(boost::asio::ip::tcp::socket socket, StatusTree& status,
                               const CommandTable& commands, SettingsStore* settings)
    : ws_(std::move(socket)), status_(status), commands_(commands), settings_(settings) {
  error_code ec;
  const auto endpoint = boost::beast::get_lowest_layer(ws_).socket().remote_endpoint(ec);
  remote_ = ec ? "?" : endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
}

ControlSession::~ControlSession() { vc::common::log::Debug(kLog, "client gone ", remote_); }

void ControlSession::Start() {
  boost::beast::get_lowest_layer(ws_).expires_never();
  auto timeouts = websocket::stream_base::timeout::suggested(boost::beast::role_type::server);
  // A panel sits connected for days without a word: ping it instead of timing it out.
  timeouts.keep_alive_pings = true;
  ws_.set_option(timeouts);
  ws_.set_option(websocket::stream_base::decorator(
      [](websocket::response_type& res) { res.set(boost::beast::http::field::server, "vc-room"); }));
  ws_.read_message_max(kMaxMessageBytes);
  ws_.async_accept(boost::beast::bind_front_handler(&ControlSession::OnAccept, shared_from_this()));
}

void ControlSession::OnAccept(error_code ec) {
  if (ec) {
    vc::common::log::Warn(kLog, "handshake failed ", remote_, ": ", ec.message());
    return;
  }
  vc::common::log::Debug(kLog, "client connected ", remote_);
  std::weak_ptr<ControlSession> weak = shared_from_this();
  connection_ = std::make_unique<ControlConnection>(status_, commands_, settings_,
                                                    [weak](std::string text) {
                                                      if (auto self = weak.lock()) {
                                                        self->Enqueue(std::move(text));
                                                      }
                                                    });
  DoRead();
}

void ControlSession::DoRead() {
  ws_.async_read(buffer_, boost::beast::bind_front_handler(&ControlSession::OnRead, shared_from_this()));
}

void ControlSession::OnRead(error_code ec, std::size_t /*bytes*/) {
  if (ec) {
    if (ec == websocket::error::message_too_big) {
      vc::common::log::Warn(kLog, "message too large from ", remote_, ": closing");
    } else if (ec != websocket::error::closed && ec != boost::asio::error::operation_aborted) {
      vc::common::log::Debug(kLog, "read ended ", remote_, ": ", ec.message());
    }
    closed_ = true;
    connection_.reset();  // drops the subscriptions now, not when the last handler goes
    return;
  }
  const auto data = buffer_.cdata();
  const std::string_view text(static_cast<const char*>(data.data()), data.size());
  if (connection_ && !closed_) connection_->OnMessage(text);
  buffer_.consume(buffer_.size());
  DoRead();
}

void ControlSession::SendEvent(const std::string& name, const nlohmann::json& data) {
  if (connection_ && !closed_) connection_->SendEvent(name, data);
}

void ControlSession::Close() {
  // Synchronously: the server stops before the status tree and the commands go away, while
  // handlers holding this session may outlive both (until the io_context is destroyed).
  connection_.reset();
  if (closed_) return;
  closed_ = true;
  ws_.async_close(websocket::close_code::going_away,
                  [self = shared_from_this()](error_code) {});
}

// We may be inside connection_->OnMessage (a reply overflowing the queue): destroy it from a
// fresh handler, never under its own feet.
void ControlSession::DropConnectionLater() {
  boost::asio::post(ws_.get_executor(), [self = shared_from_this()] { self->connection_.reset(); });
}

void ControlSession::Enqueue(std::string text) {
  if (closed_) return;
  if (queue_.size() >= kMaxQueuedMessages) {
    vc::common::log::Warn(kLog, "client ", remote_, " not reading, ", queue_.size(),
                          " messages queued: dropping it");
    closed_ = true;
    boost::beast::error_code ignored;
    boost::beast::get_lowest_layer(ws_).socket().close(ignored);
    DropConnectionLater();
    return;
  }
  queue_.push_back(std::move(text));
  if (!writing_) DoWrite();
}

void ControlSession::DoWrite() {
  writing_ = true;
  ws_.text(true);
  ws_.async_write(boost::asio::buffer(queue_.front()),
                  boost::beast::bind_front_handler(&ControlSession::OnWrite, shared_from_this()));
}

void ControlSession::OnWrite(error_code ec, std::size_t /*bytes*/) {
  writing_ = false;
  if (ec) {
    closed_ = true;
    queue_.clear();
    DropConnectionLater();
    return;
  }
  queue_.pop_front();
  if (!queue_.empty() && !closed_) DoWrite();
}

}  // namespace vc::appliance::control
