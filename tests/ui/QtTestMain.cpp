// main() for the panel's GoogleTest executables: a QGuiApplication first (offscreen when no
// platform is set), then the tests, which spin its event loop while they wait.
#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VcPanelPlugin)

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
