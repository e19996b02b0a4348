#pragma once
// The wire between the panel's backend and vc-room: one JSON object per message. The product
// uses WebSocketChannel (QtWebSockets, reconnecting by itself); the Qt Quick tests use a fake
// that records what the panel sent and plays the room's answers.
#include <QJsonObject>
#include <QObject>

namespace vc::ui {

class RoomChannel : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;
  ~RoomChannel() override = default;

  virtual void Send(const QJsonObject& message) = 0;
  virtual bool IsOpen() const = 0;
  // Attempts since the link was lost (0 while open or before the first loss).
  virtual int RetryAttempt() const = 0;
  virtual QString Url() const = 0;

 Q_SIGNALS:
  void Opened();
  void Closed(const QString& reason);
  void Received(const QJsonObject& message);
  void RetryScheduled(int attempt, int seconds);
};

}  // namespace vc::ui
