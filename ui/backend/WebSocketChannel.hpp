#pragma once
// RoomChannel over QtWebSockets to vc-room's control API (ws://127.0.0.1:7310/). When the link
// drops (daemon restarted, not yet up) it retries by itself: 1 s, 2 s, 3 s ... at most 5 s apart,
// for ever; a text frame that is not a JSON object is logged and dropped.
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include "ui/backend/RoomChannel.hpp"

namespace vc::ui {

class WebSocketChannel final : public RoomChannel {
  Q_OBJECT

 public:
  explicit WebSocketChannel(QUrl url, QObject* parent = nullptr);
  ~WebSocketChannel() override;

  void Start();
  void Send(const QJsonObject& message) override;
  bool IsOpen() const override { return open_; }
  int RetryAttempt() const override { return attempt_; }
  QString Url() const override { return url_.toString(); }

 private:
  void Connect();
  void OnConnected();
  void OnDisconnected();
  void OnText(const QString& text);

  QUrl url_;
  QWebSocket socket_;
  QTimer retry_timer_;
  bool open_ = false;
  bool connecting_ = false;
  int attempt_ = 0;
};

}  // namespace vc::ui
