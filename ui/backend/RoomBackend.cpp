#include "ui/backend/RoomBackend.hpp"

#include <QJSEngine>
#include <QJsonArray>
#include <QtDebug>

namespace vc::ui {
namespace {

RoomBackend* g_instance = nullptr;  // the QML singleton's instance (one room per panel)
constexpr int kSubscribeId = 0;

}  // namespace

RoomBackend::RoomBackend(RoomChannel& channel, QString technician_pin, QObject* parent)
    : QObject(parent), channel_(channel), technician_pin_(std::move(technician_pin)),
      participants_(this), presets_(this), raised_hands_(this) {
  connect(&channel_, &RoomChannel::Opened, this, &RoomBackend::OnOpened);
  connect(&channel_, &RoomChannel::Closed, this, &RoomBackend::OnClosed);
  connect(&channel_, &RoomChannel::RetryScheduled, this, &RoomBackend::OnRetry);
  connect(&channel_, &RoomChannel::Received, this, &RoomBackend::OnMessage);
  connect(&quality_timer_, &QTimer::timeout, this, &RoomBackend::SampleQuality);
  quality_timer_.start(kQualitySampleMs);
  g_instance = this;
  if (channel_.IsOpen()) OnOpened();
}

RoomBackend::~RoomBackend() {
  if (g_instance == this) g_instance = nullptr;
}

RoomBackend* RoomBackend::create(QQmlEngine*, QJSEngine*) {
  Q_ASSERT(g_instance);
  QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
  return g_instance;
}

bool RoomBackend::inCall() const {
  const QString state = callState();
  return state == "in_call" || state == "reconnecting" || state == "leaving";
}

void RoomBackend::OnOpened() {
  // The whole tree: the panel shows nearly all of it, and it is small.
  channel_.Send({{"type", "subscribe"}, {"id", kSubscribeId}, {"path", ""}});
}

void RoomBackend::OnClosed() {
  subscribed_ = false;
  pending_.clear();
  Q_EMIT connectionChanged();
}

void RoomBackend::OnRetry(int attempt, int seconds) {
  retry_attempt_ = attempt;
  retry_in_ = seconds;
  Q_EMIT connectionChanged();
}

void RoomBackend::OnMessage(const QJsonObject& message) {
  const QString type = message.value("type").toString();
  if (type == "subscribed") {
    store_.Clear();
    active_speakers_.clear();
    last_audio_in_ = -1;
    store_.Apply(message.value("path").toString(), message.value("value"));
    subscribed_ = true;
    retry_attempt_ = 0;
    Refresh();
    Q_EMIT connectionChanged();
  } else if (type == "status") {
    const QString path = message.value("path").toString();
    store_.Apply(path, message.value("value"));
    if (path == "Call/State" && !inCall()) active_speakers_.clear();
    Refresh();
  } else if (type == "event") {
    OnEvent(message);
  } else if (type == "result") {
    OnResult(message);
  } else if (type == "error") {
    const QJsonObject error = message.value("error").toObject();
    qWarning().noquote() << "vc-panel: room answered" << error.value("code").toString() << ":"
                         << error.value("reason").toString();
  }
}

void RoomBackend::OnEvent(const QJsonObject& event) {
  if (event.value("name").toString() != "McuMessage") return;
  const QJsonObject data = event.value("data").toObject();
  if (data.value("type").toString() != "active_speaker") return;
  active_speakers_.clear();
  for (const QJsonValue& id : data.value("participants").toArray()) active_speakers_.insert(id.toString());
  RefreshParticipants();
}

void RoomBackend::OnResult(const QJsonObject& result) {
  const int id = result.value("id").toInt(-1);
  const QString command = pending_.take(id);
  const bool ok = result.value("ok").toBool();
  const QJsonObject error = result.value("error").toObject();
  if (command == "Projector.Test" || command == "Camera.Test" || command == "Camera.Home" ||
      command == "Projector.Power" || command == "Audio.TestTone") {
    last_test_ = {{"command", command},
                  {"ok", ok},
                  {"value", result.value("value").toVariant()},
                  {"code", error.value("code").toString()},
                  {"reason", error.value("reason").toString()}};
    Q_EMIT lastTestChanged();
  }
  if (!ok) {
    qWarning().noquote() << "vc-panel:" << command << "refused:" << error.value("code").toString()
                         << error.value("reason").toString();
    Q_EMIT commandFailed(command, error.value("code").toString(), error.value("reason").toString());
  }
}

void RoomBackend::Command(const QString& name, const QJsonObject& args) {
  if (!connected()) return;
  const int id = next_id_++;
  pending_.insert(id, name);
  QJsonObject message{{"type", "command"}, {"id", id}, {"command", name}};
  if (!args.isEmpty()) message.insert("args", args);
  qInfo().noquote() << "vc-panel: command" << name;
  channel_.Send(message);
}

void RoomBackend::join() { Command("Call.Join"); }

void RoomBackend::joinMeeting(const QString& number, const QString& pin) {
  QJsonObject args{{"meeting", number}};
  if (!pin.isEmpty()) args.insert("pin", pin);
  Command("Call.JoinMeeting", args);
}

void RoomBackend::leave() { Command("Call.Leave"); }
void RoomBackend::setMicrophoneMute(bool mute) { Command("Audio.Microphones.Mute", {{"mute", mute}}); }
void RoomBackend::setVolume(int level) { Command("Audio.Volume.Set", {{"level", std::clamp(level, 0, 100)}}); }
void RoomBackend::setCameraEnabled(bool on) { Command("Camera.Enable", {{"on", on}}); }
void RoomBackend::setLayout(const QString& layout) { Command("Room.Layout.Set", {{"layout", layout}}); }
void RoomBackend::activatePreset(int preset) { Command("Camera.Preset.Activate", {{"preset", preset}}); }
void RoomBackend::storePreset(int preset) { Command("Camera.Preset.Store", {{"preset", preset}}); }
void RoomBackend::setSharing(bool on) { Command(on ? "Content.Share.Start" : "Content.Share.Stop"); }
void RoomBackend::setMode(const QString& mode) { Command("Room.Mode.Set", {{"mode", mode}}); }
void RoomBackend::muteAll() { Command("Call.MuteAll"); }
void RoomBackend::grantFloor(const QString& participant) { Command("Call.Floor.Grant", {{"participant", participant}}); }
void RoomBackend::revokeFloor(const QString& participant) { Command("Call.Floor.Revoke", {{"participant", participant}}); }
void RoomBackend::startRecording() { Command("Call.Recording.Start"); }
void RoomBackend::stopRecording() { Command("Call.Recording.Stop"); }
void RoomBackend::projectorPowerTest(bool on) { Command("Projector.Power", {{"on", on}}); }
void RoomBackend::projectorTest() { Command("Projector.Test"); }
void RoomBackend::cameraTest() { Command("Camera.Test"); }
void RoomBackend::cameraHome() { Command("Camera.Home"); }
void RoomBackend::testTone() { Command("Audio.TestTone"); }

}  // namespace vc::ui
