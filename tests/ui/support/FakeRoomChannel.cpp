#include "tests/ui/support/FakeRoomChannel.hpp"

#include <QJSValue>
#include <QTimer>

namespace vc::tests::ui {

FakeRoomChannel::FakeRoomChannel(QObject* parent) : RoomChannel(parent) {}

void FakeRoomChannel::Send(const QJsonObject& message) {
  const QString type = message.value("type").toString();
  if (type == "subscribe") return;  // LoadTree answers it with the fixture
  if (type != "command") return;
  commands_.append(QJsonObject{{"command", message.value("command")}, {"args", message.value("args").toObject()}});
  QJsonObject result{{"type", "result"}, {"id", message.value("id")}, {"ok", refuse_code_.isEmpty()}};
  if (!refuse_code_.isEmpty()) {
    result.insert("error", QJsonObject{{"code", refuse_code_}, {"reason", refuse_reason_}});
    refuse_code_.clear();
  }
  Q_EMIT commandsChanged();
  QTimer::singleShot(0, this, [this, result] { Q_EMIT Received(result); });
}

QVariantList FakeRoomChannel::commands() const { return commands_.toVariantList(); }

void FakeRoomChannel::load(const QString& fixture) { LoadTree(RoomFixture(fixture)); }

void FakeRoomChannel::LoadTree(const QJsonObject& tree) {
  pending_tree_ = tree;
  if (open_) {
    // Re-subscribe as after a reconnect: the backend replaces its whole copy.
    Q_EMIT Received({{"type", "subscribed"}, {"id", 0}, {"path", ""}, {"value", tree}});
    return;
  }
  open_ = true;
  attempt_ = 0;
  Q_EMIT Opened();
  // The subscription's answer, at once (tests need not spin the event loop for it).
  Q_EMIT Received({{"type", "subscribed"}, {"id", 0}, {"path", ""}, {"value", tree}});
}

namespace {
// JavaScript arrays and objects from QML arrive wrapped in a QJSValue.
QJsonValue ToJson(const QVariant& value) {
  if (value.metaType() == QMetaType::fromType<QJSValue>()) return QJsonValue::fromVariant(value.value<QJSValue>().toVariant());
  return QJsonValue::fromVariant(value);
}
}  // namespace

void FakeRoomChannel::setStatus(const QString& path, const QVariant& value) {
  Q_EMIT Received({{"type", "status"}, {"path", path}, {"value", ToJson(value)}});
}

void FakeRoomChannel::roomEvent(const QString& name, const QVariant& data) {
  Q_EMIT Received({{"type", "event"}, {"name", name}, {"data", ToJson(data)}});
}

void FakeRoomChannel::drop() {
  if (!open_) return;
  open_ = false;
  ++attempt_;
  Q_EMIT Closed("connection refused");
  Q_EMIT RetryScheduled(attempt_, 1);
}

void FakeRoomChannel::refuseNext(const QString& code, const QString& reason) {
  refuse_code_ = code;
  refuse_reason_ = reason;
}

void FakeRoomChannel::clearCommands() {
  commands_ = {};
  Q_EMIT commandsChanged();
}

QVariantMap FakeRoomChannel::lastCommand() const {
  return commands_.isEmpty() ? QVariantMap{} : commands_.last().toObject().toVariantMap();
}

}  // namespace vc::tests::ui
