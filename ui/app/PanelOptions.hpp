#pragma once
// vc-panel's command line: --room ws://HOST:PORT [--lang vi|en] [--size WxH] [--fullscreen]
// [--technician-pin PIN] [--screenshot FILE.png]. Bad arguments throw PanelOptionsError with one line.
#include <QSize>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace vc::ui {

struct PanelOptionsError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct PanelOptions {
  QString room = "ws://127.0.0.1:7310/";
  QString language = "vi";
  QSize size{1280, 800};
  bool fullscreen = false;
  bool help = false;
  QString technician_pin = "2468";
  QString screenshot;  // --screenshot FILE: write a PNG after a few seconds and exit
};

// `arguments` without the program name.
PanelOptions ParsePanelOptions(const QStringList& arguments);
QString PanelUsage();

}  // namespace vc::ui
