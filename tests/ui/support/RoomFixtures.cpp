// Status trees for the panel's tests and screenshots, shaped exactly as vc-room publishes them
// (docs/control-api.md), with long Vietnamese names so that layouts are tested at their worst.
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>

#include "tests/ui/support/FakeRoomChannel.hpp"

namespace vc::tests::ui {
namespace {

QJsonObject Standby() {
  return QJsonObject{
      {"Room", QJsonObject{{"Name", "Phòng họp trực tuyến số 2 – Sở GD&ĐT"},
                           {"Site", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"},
                           {"Mode", "conference"},
                           {"Layout", "grid"}}},
      {"Call", QJsonObject{{"State", "standby"}, {"Detail", "Standby"}, {"Progress", QJsonValue()},
                           {"ErrorSource", ""}, {"LastError", ""}, {"JoinAttempt", 0},
                           {"RetryIn", QJsonValue()}, {"Reconnects", 0}, {"Participants", QJsonArray()},
                           {"Duration", 0}, {"RemoteMuted", false},
                           {"Media", QJsonObject{{"AudioPacketsIn", 0}, {"VideoPacketsIn", 0},
                                                 {"AudioPacketsOut", 0}, {"VideoPacketsOut", 0},
                                                 {"VideoFramesShown", 0}}}}},
      {"Devices", QJsonObject{{"Awake", false},
                              {"Projector", QJsonObject{{"Configured", true}, {"Power", "off"}, {"Input", "31"},
                                                        {"LampHours", QJsonValue()}, {"Error", ""}}},
                              {"Camera", QJsonObject{{"Configured", true}, {"Power", "on"}, {"Preset", 9},
                                                     {"Enabled", true}, {"Error", ""}}}}},
      {"Audio", QJsonObject{{"Microphones", QJsonObject{{"Mute", false}}}, {"Volume", 70}}},
      {"Content", QJsonObject{{"Sharing", false}}},
      {"System", QJsonObject{{"Version", "0.1.0"}, {"ControlUrl", "ws://127.0.0.1:7310/"}}},
      {"Config", QJsonObject{{"Room", QJsonObject{{"Name", "Phòng họp trực tuyến số 2 – Sở GD&ĐT"},
                                                  {"Site", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"},
                                                  {"DefaultMode", "conference"}}},
                             {"Audio", QJsonObject{{"DefaultVolume", 70}}},
                             {"Call", QJsonObject{{"IdleTimeout", 300}}},
                             {"Camera", QJsonObject{{"PrivacyPreset", 9}}},
                             {"Presets", QJsonObject{{"Conference", QJsonObject{{"CameraPreset", 1}}},
                                                     {"Training", QJsonObject{{"CameraPreset", 2}}}}},
                             {"Mcu", QJsonObject{{"Room", "giao-ban"}}},
                             {"Projector", QJsonObject{{"Input", "31"}}}}},
  };
}

// Sets one leaf by path in a nested tree.
void Put(QJsonObject& tree, const QStringList& path, const QJsonValue& value) {
  if (path.size() == 1) {
    tree.insert(path.first(), value);
    return;
  }
  QJsonObject child = tree.value(path.first()).toObject();
  Put(child, path.mid(1), value);
  tree.insert(path.first(), child);
}

void Put(QJsonObject& tree, const QString& path, const QJsonValue& value) { Put(tree, path.split('/'), value); }

QJsonArray Participants() {
  return {QJsonObject{{"id", "p1"}, {"name", "Sở GD&ĐT (chủ trì)"}},
          QJsonObject{{"id", "p2"}, {"name", "Phòng họp trực tuyến số 2 – Sở GD&ĐT"}},
          QJsonObject{{"id", "p3"}, {"name", "Phòng GD&ĐT huyện Hương Khê"}},
          QJsonObject{{"id", "p4"}, {"name", "Trường THPT chuyên Nguyễn Thị Minh Khai, Đức Thọ"}},
          QJsonObject{{"id", "p5"}, {"name", "Phòng GD&ĐT thị xã Kỳ Anh"}}};
}

// A 192x108 JPEG thumbnail as vc-room publishes it (data URL): a drawn room, wide (rows of
// people) or the trainer at the board, so screenshots show real pictures in the preset strip.
QString Thumbnail(bool trainer) {
  QImage image(192, 108, QImage::Format_RGB32);
  QPainter paint(&image);
  QLinearGradient wall(0, 0, 0, 108);
  wall.setColorAt(0, QColor("#c9b89a"));
  wall.setColorAt(1, QColor("#7a6a55"));
  paint.fillRect(image.rect(), wall);
  paint.setPen(Qt::NoPen);
  paint.setRenderHint(QPainter::Antialiasing);
  if (trainer) {
    paint.fillRect(QRect(20, 14, 96, 54), QColor("#f4f6f8"));
    paint.setBrush(QColor("#2d4b73"));
    paint.drawEllipse(QRect(128, 30, 24, 26));
    paint.drawRoundedRect(QRect(118, 56, 44, 52), 10, 10);
  } else {
    for (int row = 0; row < 2; ++row) {
      for (int i = 0; i < 6; ++i) {
        paint.setBrush(QColor(row ? "#3b4a5c" : "#5b6c80"));
        const int x = 10 + i * 30 + row * 12;
        const int y = 44 + row * 26;
        paint.drawEllipse(QRect(x, y, 16, 18));
        paint.drawRoundedRect(QRect(x - 4, y + 16, 24, 30), 6, 6);
      }
    }
  }
  paint.end();
  QByteArray jpeg;
  QBuffer buffer(&jpeg);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "JPEG", 85);
  return "data:image/jpeg;base64," + QString::fromLatin1(jpeg.toBase64());
}

// Camera/Presets: two with pictures, one long name stored without a picture yet.
QJsonArray NamedPresets() {
  return {QJsonObject{{"number", 1}, {"name", "Toàn cảnh"}, {"thumbnail", Thumbnail(false)}},
          QJsonObject{{"number", 2}, {"name", "Bục giảng"}, {"thumbnail", Thumbnail(true)}},
          QJsonObject{{"number", 3}, {"name", "Bảng trắng và màn chiếu phía trước lớp"}, {"thumbnail", QJsonValue()}}};
}

}  // namespace

QJsonObject RoomFixture(const QString& name) {
  QJsonObject tree = Standby();
  if (name == "scheduled") {
    Put(tree, "Schedule/NextMeeting/Id", "m5");
    Put(tree, "Schedule/NextMeeting/Title", "Giao ban trực tuyến tháng 12 với các Phòng GD&ĐT");
    Put(tree, "Schedule/NextMeeting/Start", "2026-12-01T08:00:00");
    Put(tree, "Schedule/NextMeeting/DurationMinutes", 90);
    Put(tree, "Schedule/NextMeeting/MeetingRoom", "giao-ban-thang-12");
    Put(tree, "Schedule/NextMeeting/Mode", "conference");
    Put(tree, "Schedule/NextMeeting/JoinOpensAt", "2026-12-01T07:55:00");
    Put(tree, "Schedule/NextMeeting/Available", true);
  } else if (name == "waking") {
    Put(tree, "Call/State", "waking");
    Put(tree, "Call/Detail", "Projector warming up: 20 s left");
    Put(tree, "Call/Progress", 20);
    Put(tree, "Devices/Projector/Power", "warming");
    Put(tree, "Devices/Camera/Error", "camera recall preset 1 failed: camera 127.0.0.1:52381 did not answer within 2 s");
  } else if (name == "error") {
    Put(tree, "Call/State", "error");
    Put(tree, "Call/ErrorSource", "call");
    Put(tree, "Call/LastError", "cannot reach the MCU at ws://10.0.0.5:8443/ws: connection refused");
    Put(tree, "Devices/Projector/Power", "on");
    Put(tree, "Devices/Projector/Error", "projector power on failed: projector password rejected");
  } else if (name == "in_call" || name == "training") {
    Put(tree, "Call/State", "in_call");
    Put(tree, "Call/Detail", "In the meeting \"giao-ban\"");
    Put(tree, "Call/Duration", 1234);
    Put(tree, "Call/Participants", Participants());
    Put(tree, "Call/Media/AudioPacketsIn", 61234);
    Put(tree, "Devices/Awake", true);
    Put(tree, "Devices/Projector/Power", "on");
    Put(tree, "Devices/Projector/LampHours", 1200);
    Put(tree, "Devices/Camera/Preset", 1);
    Put(tree, "Camera/Presets", NamedPresets());
    Put(tree, "Camera/ActivePreset", 1);
    Put(tree, "Call/Quality", 3);
    if (name == "training") {
      Put(tree, "Room/Mode", "training");
      Put(tree, "Room/Layout", "presenter_content");
      Put(tree, "Devices/Camera/Preset", 2);
      Put(tree, "Camera/ActivePreset", 2);
      Put(tree, "Call/RemoteMuted", true);
      Put(tree, "Call/Recording", true);
      Put(tree, "Call/RecordingSince", "2026-12-01T07:15:00Z");
      Put(tree, "Content/Sharing", true);
      Put(tree, "Call/RaisedHands", QJsonArray{QJsonObject{{"id", "p3"}, {"name", "Phòng GD&ĐT huyện Hương Khê"}},
                                               QJsonObject{{"id", "p5"}, {"name", "Phòng GD&ĐT thị xã Kỳ Anh"}}});
      Put(tree, "Call/Floor", "p4");
    }
  }
  return tree;
}

}  // namespace vc::tests::ui
