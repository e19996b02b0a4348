// RoomBackend: what the status tree becomes for the views (models, quality, fault codes).
#include <QJsonArray>

#include "ui/backend/RoomBackend.hpp"

namespace vc::ui {
namespace {

// Received audio packets a second (Opus at 20 ms is 50 a second).
constexpr qint64 kGoodAudioPackets = 40;
constexpr qint64 kFairAudioPackets = 15;

}  // namespace

QString RoomBackend::FaultCode(const QString& sentence) {
  if (sentence.isEmpty()) return {};
  const QString s = sentence.toLower();
  if (s.contains("password") || s.contains("authenticat")) return "auth";
  if (s.contains("lamp")) return "lamp";
  if (s.contains("unreachable") || s.contains("did not answer") || s.contains("no reply") ||
      s.contains("timed out") || s.contains("timeout") || s.contains("no answer") || s.contains("refused")) {
    return "no_answer";
  }
  if (s.contains("busy") || s.contains("warming") || s.contains("cooling")) return "busy";
  return "other";
}

QDateTime RoomBackend::Time(const QString& path) const {
  return QDateTime::fromString(store_.Text(path), Qt::ISODate);
}

QString RoomBackend::meetingLayout() const {
  if (!store_.Has("Call/Layout")) return layout();
  const QString shown = store_.Text("Call/Layout");
  return shown == "presenter" ? "presenter_content" : shown;
}

bool RoomBackend::chair() const {
  const QString role = store_.Text("Call/Role");
  return role.isEmpty() ? mode() == "training" : role == "chair";
}

QVariantList RoomBackend::configuration() const {
  QVariantList rows;
  const QJsonObject config = store_.Below("Config");
  QStringList keys = config.keys();
  keys.sort();
  for (const QString& key : keys) {
    const QJsonValue value = config.value(key);
    rows.append(QVariantMap{{"key", key}, {"value", value.isString() ? value.toString() : value.toVariant().toString()}});
  }
  return rows;
}

void RoomBackend::Refresh() {
  RefreshQuality();
  RefreshParticipants();
  RefreshPresets();
  Q_EMIT statusChanged();
}

void RoomBackend::RefreshQuality() {
  if (store_.Has("Call/Quality")) {  // a room that measures it itself wins
    quality_ = static_cast<int>(std::clamp<qint64>(store_.Number("Call/Quality", 0), 0, 3));
  } else if (callState() != "in_call") {
    quality_ = 0;
    last_audio_in_ = -1;
  } else if (last_audio_in_ < 0 && store_.Number("Call/Media/AudioPacketsIn", 0) > 0) {
    quality_ = 2;  // media flows; the rate is known at the next sample
  }
}

void RoomBackend::SampleQuality() {
  if (store_.Has("Call/Quality") || callState() != "in_call") return;
  const qint64 audio_in = store_.Number("Call/Media/AudioPacketsIn", 0);
  if (last_audio_in_ >= 0) {
    const qint64 per_second = (audio_in - last_audio_in_) * 1000 / kQualitySampleMs;
    const int quality = per_second >= kGoodAudioPackets ? 3 : per_second >= kFairAudioPackets ? 2 : per_second > 0 ? 1 : 0;
    if (quality != quality_) {
      quality_ = quality;
      Q_EMIT statusChanged();
    }
  }
  last_audio_in_ = audio_in;
}

void RoomBackend::RefreshParticipants() {
  const QString floor_holder = floor();
  QSet<QString> raised;
  QJsonArray hands;
  for (const QJsonValue& hand : store_.Value("Call/RaisedHands").toArray()) {
    QJsonObject row = hand.toObject();
    raised.insert(row.value("id").toString());
    row.insert("hasFloor", row.value("id").toString() == floor_holder);
    row.insert("uid", row.value("id"));  // QML delegates cannot read a role named "id"
    hands.append(row);
  }
  // Who holds the floor stays listed (to revoke it) even when their hand is down.
  if (!floor_holder.isEmpty() && !raised.contains(floor_holder)) {
    QString name = floor_holder;
    for (const QJsonValue& p : store_.Value("Call/Participants").toArray()) {
      if (p.toObject().value("id").toString() == floor_holder) name = p.toObject().value("name").toString();
    }
    hands.prepend(QJsonObject{{"id", floor_holder}, {"uid", floor_holder}, {"name", name}, {"hasFloor", true}});
  }
  raised_hands_.Reset(hands);

  QJsonArray rows;
  const QString self_name = roomName();
  for (const QJsonValue& p : store_.Value("Call/Participants").toArray()) {
    const QJsonObject in = p.toObject();
    const QString id = in.value("id").toString();
    rows.append(QJsonObject{{"id", id},
                            {"uid", id},
                            {"name", in.value("name").toString()},
                            {"speaking", active_speakers_.contains(id)},
                            {"handRaised", raised.contains(id)},
                            {"hasFloor", !floor_holder.isEmpty() && id == floor_holder},
                            {"self", in.value("name").toString() == self_name}});
  }
  participants_.Reset(rows);
}

void RoomBackend::RefreshPresets() {
  // The preset the camera is at: Camera/ActivePreset, or (an older room) Devices/Camera/Preset.
  const qint64 active = store_.Has("Camera/ActivePreset") ? store_.Number("Camera/ActivePreset")
                                                          : store_.Number("Devices/Camera/Preset");
  QJsonArray rows;
  const QJsonValue named = store_.Value("Camera/Presets");
  if (named.isArray() && !named.toArray().isEmpty()) {
    for (const QJsonValue& p : named.toArray()) {
      const QJsonObject in = p.toObject();
      const int number = in.value("number").toInt(-1);
      if (number < 0) continue;
      // Only a JPEG data URL reaches the Image: nothing from the wire names a file or a host.
      const QString thumbnail = in.value("thumbnail").toString();
      rows.append(QJsonObject{{"number", number},
                              {"name", in.value("name").toString()},
                              {"thumbnail", thumbnail.startsWith("data:image/jpeg;base64,") ? thumbnail : QString()},
                              {"active", number == active},
                              {"kind", "named"}});
    }
  } else if (cameraConfigured()) {
    // Without named presets: the two the room's modes use (wide room, trainer).
    const qint64 wide = store_.Number("Config/Presets/Conference/CameraPreset");
    const qint64 trainer = store_.Number("Config/Presets/Training/CameraPreset");
    auto row = [active](qint64 number, const char* kind) {
      return QJsonObject{{"number", number}, {"name", ""}, {"thumbnail", ""}, {"active", number == active}, {"kind", kind}};
    };
    if (wide >= 0) rows.append(row(wide, "wide"));
    if (trainer >= 0 && trainer != wide) rows.append(row(trainer, "trainer"));
  }
  presets_.Reset(rows);
}

}  // namespace vc::ui
