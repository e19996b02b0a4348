#include "ui/app/PanelOptions.hpp"

#include <QRegularExpression>
#include <QUrl>

namespace vc::ui {

QString PanelUsage() {
  return QStringLiteral(
      "usage: vc-panel [--room ws://127.0.0.1:7310/] [--lang vi|en] [--size 1280x800] [--fullscreen]\n"
      "                [--technician-pin PIN] [--screenshot FILE.png]\n"
      "The room's touch panel: shows what vc-room is doing (its control API status tree) and sends\n"
      "its commands (join, mute, layout, training, technician tests). Vietnamese by default.\n"
      "Without a display: QT_QPA_PLATFORM=offscreen, or run it under xvfb-run. On the appliance:\n"
      "QT_QPA_PLATFORM=eglfs vc-panel --fullscreen.\n"
      "  --room URL            vc-room's control API (default ws://127.0.0.1:7310/)\n"
      "  --lang vi|en          starting language (switchable on screen)\n"
      "  --size WxH            window size (1280x800 panel, 1920x1080 room display)\n"
      "  --fullscreen          kiosk: fill the screen\n"
      "  --technician-pin PIN  digits that open the technician screen (default 2468)\n"
      "  --screenshot FILE     write the panel as a PNG after 4 s and exit (headless viewing)\n");
}

PanelOptions ParsePanelOptions(const QStringList& arguments) {
  PanelOptions options;
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& arg = arguments.at(i);
    if (arg == "--help" || arg == "-h") {
      options.help = true;
      continue;
    }
    if (arg == "--fullscreen") {
      options.fullscreen = true;
      continue;
    }
    if (arg != "--room" && arg != "--lang" && arg != "--size" && arg != "--technician-pin" &&
        arg != "--screenshot") {
      throw PanelOptionsError("unknown argument '" + arg.toStdString() + "' (see --help)");
    }
    if (i + 1 >= arguments.size()) throw PanelOptionsError(arg.toStdString() + " needs a value");
    const QString value = arguments.at(++i);
    if (arg == "--room") {
      const QUrl url(value, QUrl::StrictMode);
      if (!url.isValid() || (url.scheme() != "ws" && url.scheme() != "wss") || url.host().isEmpty()) {
        throw PanelOptionsError("--room: expected ws://HOST:PORT/, got '" + value.toStdString() + "'");
      }
      options.room = value;
    } else if (arg == "--lang") {
      if (value != "vi" && value != "en") throw PanelOptionsError("--lang: expected vi or en, got '" + value.toStdString() + "'");
      options.language = value;
    } else if (arg == "--size") {
      const auto match = QRegularExpression("^(\\d{3,4})x(\\d{3,4})$").match(value);
      if (!match.hasMatch()) throw PanelOptionsError("--size: expected WIDTHxHEIGHT like 1280x800, got '" + value.toStdString() + "'");
      options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    } else if (arg == "--screenshot") {
      if (!value.endsWith(".png")) throw PanelOptionsError("--screenshot: expected a .png file name");
      options.screenshot = value;
    } else {
      if (!QRegularExpression("^\\d{4,8}$").match(value).hasMatch()) {
        throw PanelOptionsError("--technician-pin: expected 4 to 8 digits");
      }
      options.technician_pin = value;
    }
  }
  return options;
}

}  // namespace vc::ui
