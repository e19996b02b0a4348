// vc-panel: the room's touch panel (docs/panel.md).
#include <QGuiApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

#include "ui/app/PanelOptions.hpp"
#include "ui/backend/Language.hpp"
#include "ui/backend/PanelClock.hpp"
#include "ui/backend/PanelEngine.hpp"
#include "ui/backend/RoomBackend.hpp"
#include "ui/backend/WebSocketChannel.hpp"

Q_IMPORT_QML_PLUGIN(VcPanelPlugin)

int main(int argc, char** argv) {
  // Arguments are checked before Qt needs a display, so --help and mistakes work anywhere.
  QStringList arguments;
  for (int i = 1; i < argc; ++i) arguments.append(QString::fromLocal8Bit(argv[i]));
  vc::ui::PanelOptions options;
  try {
    options = vc::ui::ParsePanelOptions(arguments);
  } catch (const vc::ui::PanelOptionsError& e) {
    std::fprintf(stderr, "vc-panel: %s\n", e.what());
    return 2;
  }
  if (options.help) {
    std::fputs(vc::ui::PanelUsage().toUtf8().constData(), stdout);
    return 0;
  }
  QGuiApplication app(argc, argv);
  app.setApplicationName("vc-panel");
  vc::ui::UsePanelFont();
  vc::ui::Language language(options.language);
  vc::ui::PanelClock clock(&vc::ui::PanelClock::SystemNow);
  vc::ui::WebSocketChannel channel{QUrl(options.room)};
  vc::ui::RoomBackend room(channel, options.technician_pin);
  QQmlApplicationEngine engine;
  language.SetEngine(&engine);
  QQuickWindow* window = vc::ui::LoadPanel(engine, options.size, options.fullscreen);
  if (window == nullptr) {
    std::fprintf(stderr, "vc-panel: the panel's QML did not load (see above)\n");
    return 1;
  }
  if (!options.screenshot.isEmpty()) {
    // Headless viewing (make demo without a display): the panel as it is after connecting.
    QTimer::singleShot(4000, &app, [&app, window, path = options.screenshot] {
      const bool saved = window->grabWindow().save(path);
      std::fprintf(stderr, saved ? "vc-panel: screenshot written to %s\n" : "vc-panel: cannot write %s\n",
                   path.toUtf8().constData());
      app.exit(saved ? 0 : 1);
    });
  }
  std::fprintf(stderr, "vc-panel: started, %dx%d, language %s, room %s\n", options.size.width(),
               options.size.height(), options.language.toUtf8().constData(), options.room.toUtf8().constData());
  channel.Start();
  return app.exec();
}
