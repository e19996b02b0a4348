#include "ui/backend/WebSocketChannel.hpp"

#include <QJsonDocument>
#include <QtDebug>

namespace vc::ui {
namespace {
constexpr int kMaxRetrySeconds = 5;
}  // namespace

WebSocketChannel::WebSocketChannel(QUrl url, QObject* parent) : RoomChannel(parent), url_(std::move(url)) {
  retry_timer_.setSingleShot(true);
  connect(&retry_timer_, &QTimer::timeout, this, &WebSocketChannel::Connect);
  connect(&socket_, &QWebSocket::connected, this, &WebSocketChannel::OnConnected);
  // A refused connect never reaches "disconnected"; both ends of a link show as Unconnected.
  connect(&socket_, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
    if (state == QAbstractSocket::UnconnectedState) OnDisconnected();
  });
  connect(&socket_, &QWebSocket::textMessageReceived, this, &WebSocketChannel::OnText);
}

WebSocketChannel::~WebSocketChannel() {
  socket_.disconnect(this);
  socket_.abort();
}

void WebSocketChannel::Start() { Connect(); }

void WebSocketChannel::Connect() {
  connecting_ = true;
  socket_.open(url_);
}

void WebSocketChannel::Send(const QJsonObject& message) {
  if (!open_) return;  // the panel shows the overlay; commands while disconnected are dropped
  socket_.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WebSocketChannel::OnConnected() {
  connecting_ = false;
  open_ = true;
  attempt_ = 0;
  qInfo().noquote() << "vc-panel: connected to" << url_.toString();
  Q_EMIT Opened();
}

void WebSocketChannel::OnDisconnected() {
  if (retry_timer_.isActive()) return;  // already scheduled
  const bool was_open = open_;
  open_ = false;
  connecting_ = false;
  ++attempt_;
  const int seconds = std::min(attempt_, kMaxRetrySeconds);
  if (was_open || attempt_ == 1) {
    qWarning().noquote() << "vc-panel: connection to" << url_.toString() << "lost:" << socket_.errorString();
    Q_EMIT Closed(socket_.errorString());
  }
  Q_EMIT RetryScheduled(attempt_, seconds);
  retry_timer_.start(seconds * 1000);
}

void WebSocketChannel::OnText(const QString& text) {
  QJsonParseError error{};
  const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
  if (!document.isObject()) {
    qWarning().noquote() << "vc-panel: ignoring a message that is not a JSON object";
    return;
  }
  Q_EMIT Received(document.object());
}

}  // namespace vc::ui
