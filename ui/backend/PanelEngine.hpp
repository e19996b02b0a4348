#pragma once
// Loads the panel's QML (module VcPanel, Main.qml) into an engine at a given window size, with
// Noto Sans (Vietnamese diacritics). vc-panel, the end-to-end test and the screenshot run share it.
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSize>

namespace vc::ui {

// Noto Sans as the application font; call after QGuiApplication exists.
void UsePanelFont();
// Adds the module's import path to `engine` (qrc:/qt/qml).
void AddPanelImportPath(QQmlEngine& engine);
// Loads Main.qml; nullptr (with the QML errors logged) when it does not load.
QQuickWindow* LoadPanel(QQmlApplicationEngine& engine, QSize size, bool fullscreen);

}  // namespace vc::ui
