#pragma once
// Wall-clock time for the header and the schedule, ticking every second. The time source is
// injected so that screenshots and tests show a fixed moment.
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>

class QQmlEngine;
class QJSEngine;

namespace vc::ui {

class PanelClock : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Clock)
  QML_SINGLETON
  Q_PROPERTY(QDateTime now READ now NOTIFY tick)

 public:
  using Now = std::function<QDateTime()>;
  // No default constructor: QML must take this instance through create(), not make its own.
  explicit PanelClock(Now now, QObject* parent = nullptr);
  static QDateTime SystemNow() { return QDateTime::currentDateTime(); }
  ~PanelClock() override;
  static PanelClock* create(QQmlEngine*, QJSEngine*);

  QDateTime now() const { return now_(); }
  // Whole minutes from now until `at` (negative when past).
  Q_INVOKABLE int minutesUntil(const QDateTime& at) const;

 Q_SIGNALS:
  void tick();

 private:
  Now now_;
  QTimer timer_;
};

}  // namespace vc::ui
