#pragma once
// The panel's view of one room: mirrors vc-room's status tree (docs/control-api.md) into
// properties and list models for QML, and turns the operator's touches into control API commands.
// It owns no UI text: states and faults are codes, the QML translates them (qsTr).
// The wire is a RoomChannel (WebSocket in the product, a recording fake in the Qt Quick tests).
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "ui/backend/ParticipantsModel.hpp"
#include "ui/backend/PresetsModel.hpp"
#include "ui/backend/RaisedHandsModel.hpp"
#include "ui/backend/RoomChannel.hpp"
#include "ui/backend/StatusStore.hpp"

class QQmlEngine;
class QJSEngine;

namespace vc::ui {

class RoomBackend : public QObject {
  Q_OBJECT
  static constexpr int kQualitySampleMs = 2000;
  QML_NAMED_ELEMENT(Room)
  QML_SINGLETON

  // The link to vc-room.
  Q_PROPERTY(bool connected READ connected NOTIFY connectionChanged)
  Q_PROPERTY(int retryAttempt READ retryAttempt NOTIFY connectionChanged)
  Q_PROPERTY(int retryIn READ retryIn NOTIFY connectionChanged)
  Q_PROPERTY(QString url READ url CONSTANT)
  // Room/...
  Q_PROPERTY(QString roomName READ roomName NOTIFY statusChanged)
  Q_PROPERTY(QString site READ site NOTIFY statusChanged)
  Q_PROPERTY(QString mode READ mode NOTIFY statusChanged)
  Q_PROPERTY(QString layout READ layout NOTIFY statusChanged)
  // What the meeting shows now, in Room/Layout's names: Call/Layout (the MCU's, whose presenter
  // is the panel's presenter_content) when the MCU has said, else Room/Layout.
  Q_PROPERTY(QString meetingLayout READ meetingLayout NOTIFY statusChanged)
  // The room is (or in a call joined as) the meeting's chair: it sets the layout and records.
  // Call/Role when the room publishes it, else training mode.
  Q_PROPERTY(bool chair READ chair NOTIFY statusChanged)
  Q_PROPERTY(QString version READ version NOTIFY statusChanged)
  Q_PROPERTY(QString meetingRoom READ meetingRoom NOTIFY statusChanged)
  // Call/...
  Q_PROPERTY(QString callState READ callState NOTIFY statusChanged)
  Q_PROPERTY(bool inCall READ inCall NOTIFY statusChanged)
  Q_PROPERTY(QString callDetail READ callDetail NOTIFY statusChanged)
  Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
  Q_PROPERTY(int progress READ progress NOTIFY statusChanged)
  Q_PROPERTY(int duration READ duration NOTIFY statusChanged)
  Q_PROPERTY(int joinAttempt READ joinAttempt NOTIFY statusChanged)
  Q_PROPERTY(int callRetryIn READ callRetryIn NOTIFY statusChanged)
  Q_PROPERTY(int reconnects READ reconnects NOTIFY statusChanged)
  Q_PROPERTY(bool remoteMuted READ remoteMuted NOTIFY statusChanged)
  Q_PROPERTY(bool recording READ recording NOTIFY statusChanged)
  Q_PROPERTY(bool recordingKnown READ recordingKnown NOTIFY statusChanged)
  Q_PROPERTY(QDateTime recordingSince READ recordingSince NOTIFY statusChanged)
  // Call/RecordingError: "" | not_chair | recording_unavailable | recording_failed
  Q_PROPERTY(QString recordingError READ recordingError NOTIFY statusChanged)
  Q_PROPERTY(QString floor READ floor NOTIFY statusChanged)
  Q_PROPERTY(int quality READ quality NOTIFY statusChanged)
  // Audio, camera, content.
  Q_PROPERTY(bool micMuted READ micMuted NOTIFY statusChanged)
  Q_PROPERTY(int volume READ volume NOTIFY statusChanged)
  Q_PROPERTY(bool cameraEnabled READ cameraEnabled NOTIFY statusChanged)
  Q_PROPERTY(bool sharing READ sharing NOTIFY statusChanged)
  Q_PROPERTY(QString audioError READ audioError NOTIFY statusChanged)
  // Devices/...: power is absent|unknown|off|warming|on|cooling; fault is a code the QML words:
  // "" | auth | no_answer | lamp | busy | other.
  Q_PROPERTY(bool projectorConfigured READ projectorConfigured NOTIFY statusChanged)
  Q_PROPERTY(QString projectorPower READ projectorPower NOTIFY statusChanged)
  Q_PROPERTY(QString projectorInput READ projectorInput NOTIFY statusChanged)
  Q_PROPERTY(int projectorLampHours READ projectorLampHours NOTIFY statusChanged)
  Q_PROPERTY(QString projectorError READ projectorError NOTIFY statusChanged)
  Q_PROPERTY(QString projectorFault READ projectorFault NOTIFY statusChanged)
  Q_PROPERTY(bool cameraConfigured READ cameraConfigured NOTIFY statusChanged)
  Q_PROPERTY(QString cameraPower READ cameraPower NOTIFY statusChanged)
  Q_PROPERTY(int cameraPreset READ cameraPreset NOTIFY statusChanged)
  Q_PROPERTY(QString cameraError READ cameraError NOTIFY statusChanged)
  Q_PROPERTY(QString cameraFault READ cameraFault NOTIFY statusChanged)
  // Schedule/NextMeeting/... (when the room has a schedule from provisioning).
  Q_PROPERTY(bool hasNextMeeting READ hasNextMeeting NOTIFY statusChanged)
  Q_PROPERTY(QString nextMeetingTitle READ nextMeetingTitle NOTIFY statusChanged)
  Q_PROPERTY(QDateTime nextMeetingStart READ nextMeetingStart NOTIFY statusChanged)
  Q_PROPERTY(int nextMeetingMinutes READ nextMeetingMinutes NOTIFY statusChanged)
  Q_PROPERTY(QDateTime nextMeetingJoinOpensAt READ nextMeetingJoinOpensAt NOTIFY statusChanged)
  Q_PROPERTY(bool nextMeetingAvailable READ nextMeetingAvailable NOTIFY statusChanged)
  Q_PROPERTY(QString nextMeetingMode READ nextMeetingMode NOTIFY statusChanged)
  // Config/... as [{key, value}] for the technician's overview.
  Q_PROPERTY(QVariantList configuration READ configuration NOTIFY statusChanged)
  Q_PROPERTY(ParticipantsModel* participants READ participants CONSTANT)
  Q_PROPERTY(PresetsModel* presets READ presets CONSTANT)
  Q_PROPERTY(RaisedHandsModel* raisedHands READ raisedHands CONSTANT)
  // The last technician test's answer ({command, ok, value|reason}).
  Q_PROPERTY(QVariantMap lastTest READ lastTest NOTIFY lastTestChanged)

 public:
  // `channel` is borrowed; `technician_pin` opens the technician screen.
  RoomBackend(RoomChannel& channel, QString technician_pin, QObject* parent = nullptr);
  ~RoomBackend() override;

  // QML singleton: the instance main() (or the test setup) made.
  static RoomBackend* create(QQmlEngine*, QJSEngine*);

  bool connected() const { return channel_.IsOpen() && subscribed_; }
  int retryAttempt() const { return retry_attempt_; }
  int retryIn() const { return retry_in_; }
  QString url() const { return channel_.Url(); }

  QString roomName() const { return store_.Text("Room/Name"); }
  QString site() const { return store_.Text("Room/Site"); }
  QString mode() const { return store_.Text("Room/Mode"); }
  QString layout() const { return store_.Text("Room/Layout"); }
  QString meetingLayout() const;
  bool chair() const;
  QString version() const { return store_.Text("System/Version"); }
  QString meetingRoom() const { return store_.Text("Config/Mcu/Room"); }
  QString callState() const { return store_.Has("Call/State") ? store_.Text("Call/State") : "standby"; }
  bool inCall() const;
  QString callDetail() const { return store_.Text("Call/Detail"); }
  QString lastError() const { return store_.Text("Call/LastError"); }
  int progress() const { return static_cast<int>(store_.Number("Call/Progress")); }
  int duration() const { return static_cast<int>(store_.Number("Call/Duration", 0)); }
  int joinAttempt() const { return static_cast<int>(store_.Number("Call/JoinAttempt", 0)); }
  int callRetryIn() const { return static_cast<int>(store_.Number("Call/RetryIn")); }
  int reconnects() const { return static_cast<int>(store_.Number("Call/Reconnects", 0)); }
  bool remoteMuted() const { return store_.Flag("Call/RemoteMuted"); }
  bool recording() const { return store_.Flag("Call/Recording"); }
  bool recordingKnown() const { return store_.Has("Call/Recording"); }
  QDateTime recordingSince() const { return Time("Call/RecordingSince"); }
  QString recordingError() const { return store_.Text("Call/RecordingError"); }
  QString floor() const { return store_.Text("Call/Floor"); }
  int quality() const { return quality_; }
  bool micMuted() const { return store_.Flag("Audio/Microphones/Mute"); }
  int volume() const { return static_cast<int>(store_.Number("Audio/Volume", 0)); }
  bool cameraEnabled() const { return !store_.Has("Devices/Camera/Enabled") || store_.Flag("Devices/Camera/Enabled"); }
  bool sharing() const { return store_.Flag("Content/Sharing"); }
  QString audioError() const { return store_.Text("Audio/Error"); }
  bool projectorConfigured() const { return store_.Flag("Devices/Projector/Configured"); }
  QString projectorPower() const { return store_.Text("Devices/Projector/Power"); }
  QString projectorInput() const { return store_.Text("Devices/Projector/Input"); }
  int projectorLampHours() const { return static_cast<int>(store_.Number("Devices/Projector/LampHours")); }
  QString projectorError() const { return store_.Text("Devices/Projector/Error"); }
  QString projectorFault() const { return FaultCode(projectorError()); }
  bool cameraConfigured() const { return store_.Flag("Devices/Camera/Configured"); }
  QString cameraPower() const { return store_.Text("Devices/Camera/Power"); }
  int cameraPreset() const { return static_cast<int>(store_.Number("Devices/Camera/Preset")); }
  QString cameraError() const { return store_.Text("Devices/Camera/Error"); }
  QString cameraFault() const { return FaultCode(cameraError()); }
  bool hasNextMeeting() const { return store_.Has("Schedule/NextMeeting/Id"); }
  QString nextMeetingTitle() const { return store_.Text("Schedule/NextMeeting/Title"); }
  QDateTime nextMeetingStart() const { return Time("Schedule/NextMeeting/Start"); }
  int nextMeetingMinutes() const { return static_cast<int>(store_.Number("Schedule/NextMeeting/DurationMinutes", 0)); }
  QDateTime nextMeetingJoinOpensAt() const { return Time("Schedule/NextMeeting/JoinOpensAt"); }
  bool nextMeetingAvailable() const { return store_.Flag("Schedule/NextMeeting/Available"); }
  QString nextMeetingMode() const { return store_.Text("Schedule/NextMeeting/Mode"); }
  QVariantList configuration() const;
  ParticipantsModel* participants() { return &participants_; }
  PresetsModel* presets() { return &presets_; }
  RaisedHandsModel* raisedHands() { return &raised_hands_; }
  QVariantMap lastTest() const { return last_test_; }

  // Operator.
  Q_INVOKABLE void join();  // the scheduled meeting, or the room's own
  Q_INVOKABLE void joinMeeting(const QString& number, const QString& pin);
  Q_INVOKABLE void leave();
  Q_INVOKABLE void setMicrophoneMute(bool mute);
  Q_INVOKABLE void setVolume(int level);
  Q_INVOKABLE void setCameraEnabled(bool on);
  Q_INVOKABLE void setLayout(const QString& layout);
  Q_INVOKABLE void activatePreset(int preset);
  Q_INVOKABLE void storePreset(int preset);  // technician: camera position + thumbnail
  Q_INVOKABLE void setSharing(bool on);
  Q_INVOKABLE void setMode(const QString& mode);
  // Trainer.
  Q_INVOKABLE void muteAll();
  Q_INVOKABLE void grantFloor(const QString& participant);
  Q_INVOKABLE void revokeFloor(const QString& participant);
  Q_INVOKABLE void startRecording();  // Call.Recording.Start (the MCU tells every site)
  Q_INVOKABLE void stopRecording();   // Call.Recording.Stop (the view asks for confirmation first)
  // Technician.
  Q_INVOKABLE bool checkTechnicianPin(const QString& pin) const { return !pin.isEmpty() && pin == technician_pin_; }
  Q_INVOKABLE void projectorPowerTest(bool on);
  Q_INVOKABLE void projectorTest();
  Q_INVOKABLE void cameraTest();
  Q_INVOKABLE void cameraHome();
  Q_INVOKABLE void testTone();

  // Sentence → code for the faults the room reports in English (see Q_PROPERTY above).
  static QString FaultCode(const QString& sentence);

 Q_SIGNALS:
  void connectionChanged();
  void statusChanged();
  void lastTestChanged();
  // A command the room refused: its name, the API's error code and reason (English).
  void commandFailed(const QString& command, const QString& code, const QString& reason);

 private:
  void OnOpened();
  void OnClosed();
  void OnRetry(int attempt, int seconds);
  void OnMessage(const QJsonObject& message);
  void OnEvent(const QJsonObject& event);
  void OnResult(const QJsonObject& result);
  void Command(const QString& name, const QJsonObject& args = {});
  void Refresh();
  void RefreshQuality();
  void SampleQuality();  // every kQualitySampleMs: received audio packets per second
  void RefreshParticipants();
  void RefreshPresets();
  QDateTime Time(const QString& path) const;

  // Passed by argument.
  RoomChannel& channel_;
  QString technician_pin_;
  // Allocated by this.
  StatusStore store_;
  ParticipantsModel participants_;
  PresetsModel presets_;
  RaisedHandsModel raised_hands_;
  QSet<QString> active_speakers_;
  QHash<int, QString> pending_;  // command id -> name
  QVariantMap last_test_;
  QTimer quality_timer_;
  int next_id_ = 1;
  bool subscribed_ = false;
  int retry_attempt_ = 0;
  int retry_in_ = 0;
  int quality_ = 0;
  qint64 last_audio_in_ = -1;
};

}  // namespace vc::ui
