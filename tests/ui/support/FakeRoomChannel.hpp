#pragma once
// The far end of the panel's wire, faked for tests: records every message the panel sends
// (commands with their arguments), answers commands (ok, or a refusal set beforehand) and plays
// the room's side: the subscription answer with a whole status tree, leaf updates, events, and
// the link going down and up. Exposed to QML tests as the FakeRoom singleton.
#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include "ui/backend/RoomChannel.hpp"

namespace vc::tests::ui {

class FakeRoomChannel final : public vc::ui::RoomChannel {
  Q_OBJECT
  Q_PROPERTY(QVariantList commands READ commands NOTIFY commandsChanged)
  Q_PROPERTY(int commandCount READ commandCount NOTIFY commandsChanged)

 public:
  explicit FakeRoomChannel(QObject* parent = nullptr);

  void Send(const QJsonObject& message) override;
  bool IsOpen() const override { return open_; }
  int RetryAttempt() const override { return attempt_; }
  QString Url() const override { return "ws://127.0.0.1:7310/"; }

  QVariantList commands() const;
  int commandCount() const { return static_cast<int>(commands_.size()); }
  const QJsonArray& Commands() const { return commands_; }

  // Opens the link (the backend subscribes) and answers with `tree` (a fixture name or a tree).
  Q_INVOKABLE void load(const QString& fixture);
  void LoadTree(const QJsonObject& tree);
  Q_INVOKABLE void setStatus(const QString& path, const QVariant& value);
  Q_INVOKABLE void roomEvent(const QString& name, const QVariant& data);  // an "event" message
  Q_INVOKABLE void drop();  // the daemon went away
  Q_INVOKABLE void refuseNext(const QString& code, const QString& reason);
  Q_INVOKABLE void clearCommands();
  Q_INVOKABLE QVariantMap lastCommand() const;

 Q_SIGNALS:
  void commandsChanged();

 private:
  QJsonObject pending_tree_;
  QJsonArray commands_;
  QString refuse_code_, refuse_reason_;
  bool open_ = false;
  int attempt_ = 0;
};

// A whole status tree as vc-room publishes it (docs/control-api.md): "standby" (conference room,
// projector and PTZ camera, no schedule), "scheduled", "waking", "error", "in_call", "training".
QJsonObject RoomFixture(const QString& name);

}  // namespace vc::tests::ui
