#include "ui/backend/PanelEngine.hpp"

#include <QFont>
#include <QGuiApplication>
#include <QtDebug>

namespace vc::ui {

void UsePanelFont() {
  QFont font("Noto Sans");
  font.setStyleHint(QFont::SansSerif);
  QGuiApplication::setFont(font);
}

void AddPanelImportPath(QQmlEngine& engine) { engine.addImportPath("qrc:/qt/qml"); }

QQuickWindow* LoadPanel(QQmlApplicationEngine& engine, QSize size, bool fullscreen) {
  AddPanelImportPath(engine);
  engine.setInitialProperties({{"width", size.width()}, {"height", size.height()}});
  engine.load(QUrl("qrc:/qt/qml/VcPanel/qml/Main.qml"));
  if (engine.rootObjects().isEmpty()) return nullptr;
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  if (window && fullscreen) window->showFullScreen();
  return window;
}

}  // namespace vc::ui
