#include "ui/backend/StatusStore.hpp"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

#include "ui/backend/Language.hpp"
#include "ui/backend/RoomBackend.hpp"

namespace vc::ui {
namespace {

QJsonValue Parse(const char* text) { return QJsonDocument::fromJson(text).object().value("v"); }

TEST(StatusStore, SubtreesFlattenIntoLeavesAndNullRemoves) {
  StatusStore store;
  store.Apply("", Parse(R"({"v":{"Call":{"State":"in_call","Participants":[{"id":"p1"}]},"Room":{"Name":"A"}}})"));
  EXPECT_EQ(store.Text("Call/State"), "in_call");
  EXPECT_TRUE(store.Value("Call/Participants").isArray());  // arrays are leaves
  EXPECT_EQ(store.size(), 3);
  store.Apply("Call/State", "leaving");
  EXPECT_EQ(store.Text("Call/State"), "leaving");
  store.Apply("Call", QJsonValue());
  EXPECT_FALSE(store.Has("Call/State"));
  EXPECT_TRUE(store.Has("Room/Name"));
  store.Apply("Room", Parse(R"({"v":{"Site":"B"}})"));  // a subtree replaces what was below
  EXPECT_FALSE(store.Has("Room/Name"));
  EXPECT_EQ(store.Text("Room/Site"), "B");
}

TEST(StatusStore, NumbersAndBelow) {
  StatusStore store;
  store.Apply("Call/Progress", QJsonValue());
  EXPECT_EQ(store.Number("Call/Progress"), -1);
  store.Apply("Call/Progress", 20);
  EXPECT_EQ(store.Number("Call/Progress"), 20);
  store.Apply("Call/Progress", "soon");
  EXPECT_EQ(store.Number("Call/Progress", 7), 7);
  store.Apply("Config/Audio/DefaultVolume", 70);
  store.Apply("ConfigX/Other", 1);
  const QJsonObject config = store.Below("Config");
  EXPECT_EQ(config.size(), 1);
  EXPECT_EQ(config.value("Audio/DefaultVolume").toInt(), 70);
}

TEST(RoomBackendFaults, SentencesBecomeCodesTheViewWords) {
  EXPECT_EQ(RoomBackend::FaultCode(""), "");
  EXPECT_EQ(RoomBackend::FaultCode("projector power on failed: projector password rejected"), "auth");
  EXPECT_EQ(RoomBackend::FaultCode("projector power on failed: 127.0.0.1:4352 is unreachable: Connection refused"), "no_answer");
  EXPECT_EQ(RoomBackend::FaultCode("camera recall preset 1 failed: camera 127.0.0.1:52381 did not answer within 2 s"), "no_answer");
  EXPECT_EQ(RoomBackend::FaultCode("projector reports a lamp failure"), "lamp");
  EXPECT_EQ(RoomBackend::FaultCode("camera reports an internal power circuit error"), "other");
}

}  // namespace
}  // namespace vc::ui

namespace vc::ui {
namespace {

TEST(LanguageFormats, ScheduleTimesInUtcShowInLocalTime) {
  Language language("vi");
  const QDateTime utc = QDateTime::fromString("2026-12-01T01:00:00Z", Qt::ISODate);
  EXPECT_EQ(language.time(utc), utc.toLocalTime().toString("HH:mm"));
  EXPECT_EQ(language.date(QDateTime(QDate(2026, 12, 1), QTime(9, 0))), "Thứ Ba, 01/12/2026");
  language.setCode("en");
  EXPECT_EQ(language.date(QDateTime(QDate(2026, 12, 1), QTime(9, 0))), "Tuesday, 1 December 2026");
  EXPECT_EQ(language.duration(59), "00:59");
}

}  // namespace
}  // namespace vc::ui
