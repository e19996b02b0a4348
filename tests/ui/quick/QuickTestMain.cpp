// Qt Quick Test runner for the panel's QML (tst_*.qml here): every test file's engine gets the
// real backend (Room), language and a fixed clock, wired to the recording fake (FakeRoom).
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "tests/ui/support/FakeRoomChannel.hpp"
#include "ui/backend/Language.hpp"
#include "ui/backend/PanelClock.hpp"
#include "ui/backend/PanelEngine.hpp"
#include "ui/backend/RoomBackend.hpp"

Q_IMPORT_QML_PLUGIN(VcPanelPlugin)

class PanelQuickSetup : public QObject {
  Q_OBJECT

 public Q_SLOTS:
  void applicationAvailable() {
    vc::ui::UsePanelFont();
    fake_ = std::make_unique<vc::tests::ui::FakeRoomChannel>();
    language_ = std::make_unique<vc::ui::Language>("vi");
    clock_ = std::make_unique<vc::ui::PanelClock>([] { return QDateTime(QDate(2026, 12, 1), QTime(7, 35)); });
    room_ = std::make_unique<vc::ui::RoomBackend>(*fake_, "2468");
    qmlRegisterSingletonInstance("VcPanelTest", 1, 0, "FakeRoom", fake_.get());
  }
  // Each test file gets its own engine; its tests start from FakeRoom.load(fixture).
  void qmlEngineAvailable(QQmlEngine* engine) {
    vc::ui::AddPanelImportPath(*engine);
    language_->SetEngine(engine);
    language_->setCode("vi");
  }
  // Before QGuiApplication goes: the language removes its translator from it.
  void cleanupTestCase() {
    room_.reset();
    language_.reset();
  }

 private:
  std::unique_ptr<vc::tests::ui::FakeRoomChannel> fake_;
  std::unique_ptr<vc::ui::Language> language_;
  std::unique_ptr<vc::ui::PanelClock> clock_;
  std::unique_ptr<vc::ui::RoomBackend> room_;
};

QUICK_TEST_MAIN_WITH_SETUP(vc_panel_quick, PanelQuickSetup)

#include "QuickTestMain.moc"
