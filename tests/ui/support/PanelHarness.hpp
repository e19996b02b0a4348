#pragma once
// The panel as vc-panel runs it (backend, language, clock, Main.qml in a window), inside a test
// process, so that the test can press its buttons with real mouse events (QTest, delivered
// through the window like a touch), read which screen shows, grab screenshots and walk the item
// tree for text that does not fit. Needs a QGuiApplication (offscreen platform in CTest).
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>
#include <QStringList>
#include <functional>
#include <memory>

#include "ui/backend/Language.hpp"
#include "ui/backend/PanelClock.hpp"
#include "ui/backend/RoomBackend.hpp"

namespace vc::tests::ui {

class PanelHarness {
 public:
  // `channel` is borrowed. `now` fixes the clock (screenshots); empty = the real clock.
  PanelHarness(vc::ui::RoomChannel& channel, QSize size, const QString& language,
               vc::ui::PanelClock::Now now = {});
  ~PanelHarness();

  QQuickWindow* window() const { return window_; }
  vc::ui::RoomBackend& room() { return *room_; }
  vc::ui::Language& language() { return *language_; }
  // Main.qml's `screen`: home | call | technician | offline.
  QString Screen() const;
  void SetRootProperty(const char* name, const QVariant& value);

  // The first visible item named `object_name` (depth first; "outer/inner" looks inside outer),
  // or nullptr.
  QQuickItem* Find(const QString& object_name) const;
  // A left click at the item's centre, through the window. False when it is not shown.
  bool Click(const QString& object_name);
  // Spins the event loop until `done` or `timeout_ms`.
  static bool WaitFor(const std::function<bool()>& done, int timeout_ms);
  // Lets bindings, layouts and the scene graph settle.
  void Settle(int ms = 50);

  // Text items that do not fit: "objectName/text: reason", empty when all fit.
  QStringList TextOverflows() const;
  bool SaveScreenshot(const QString& path);

 private:
  std::unique_ptr<vc::ui::Language> language_;
  std::unique_ptr<vc::ui::PanelClock> clock_;
  std::unique_ptr<vc::ui::RoomBackend> room_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow* window_ = nullptr;
};

}  // namespace vc::tests::ui
