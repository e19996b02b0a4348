#include "ui/backend/PanelClock.hpp"

#include <QJSEngine>
#include <cmath>

namespace vc::ui {
namespace {
PanelClock* g_clock = nullptr;
}  // namespace

PanelClock::PanelClock(Now now, QObject* parent) : QObject(parent), now_(std::move(now)) {
  connect(&timer_, &QTimer::timeout, this, &PanelClock::tick);
  timer_.start(1000);
  g_clock = this;
}

PanelClock::~PanelClock() {
  if (g_clock == this) g_clock = nullptr;
}

PanelClock* PanelClock::create(QQmlEngine*, QJSEngine*) {
  Q_ASSERT(g_clock);
  QJSEngine::setObjectOwnership(g_clock, QJSEngine::CppOwnership);
  return g_clock;
}

int PanelClock::minutesUntil(const QDateTime& at) const {
  if (!at.isValid()) return 0;
  return static_cast<int>(std::ceil(static_cast<double>(now().secsTo(at)) / 60.0));
}

}  // namespace vc::ui
