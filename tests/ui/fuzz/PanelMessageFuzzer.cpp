// Random bytes as messages from vc-room: Qt's JSON parser, then the panel backend's handling of
// whatever object comes out (subscribed/status/event/result), then the models it rebuilds.
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdint>

#include "tests/ui/support/FakeRoomChannel.hpp"
#include "ui/backend/RoomBackend.hpp"

namespace {

class FuzzChannel final : public vc::ui::RoomChannel {
 public:
  void Send(const QJsonObject&) override {}
  bool IsOpen() const override { return true; }
  int RetryAttempt() const override { return 0; }
  QString Url() const override { return {}; }
  void Deliver(const QJsonObject& message) { Q_EMIT Received(message); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static int argc = 1;
  static char name[] = "panel_message_fuzzer";
  static char* argv[] = {name, nullptr};
  static QCoreApplication app(argc, argv);
  static FuzzChannel channel;
  static vc::ui::RoomBackend room(channel, "2468");
  const QJsonDocument document = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
  if (document.isObject()) channel.Deliver(document.object());
  // Read everything the views read, so that odd values reach the getters too.
  (void)room.callState();
  (void)room.configuration();
  (void)room.nextMeetingStart();
  (void)room.participants()->rowCount();
  return 0;
}
