#pragma once
// The panel's language: Vietnamese by default, English at a touch. Loads the compiled
// translation (:/i18n/vc-panel_<code>.qm, from ui/i18n/*.ts) and asks the QML engine to
// re-evaluate every qsTr binding. Also formats clock, dates and durations the way the language
// writes them (Vietnamese: "Thứ Ba, 01/12/2026", 24-hour clock).
#include <QDateTime>
#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace vc::ui {

class Language : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Lang)
  QML_SINGLETON
  Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)

 public:
  // No default constructor: QML must take this instance through create(), not make its own.
  explicit Language(QString code, QObject* parent = nullptr);
  ~Language() override;
  static Language* create(QQmlEngine* engine, QJSEngine*);
  static bool IsKnown(const QString& code) { return code == "vi" || code == "en"; }

  QString code() const { return code_; }
  void setCode(const QString& code);
  void SetEngine(QQmlEngine* engine) { engine_ = engine; }

  // "18:46"
  Q_INVOKABLE QString time(const QDateTime& at) const;
  // "Thứ Ba, 01/12/2026" | "Tuesday, 1 December 2026"
  Q_INVOKABLE QString date(const QDateTime& at) const;
  // "1:05:09" | "05:09"
  Q_INVOKABLE QString duration(int seconds) const;

 Q_SIGNALS:
  void codeChanged();

 private:
  void Load();

  QString code_;
  QTranslator translator_;
  bool installed_ = false;
  QQmlEngine* engine_ = nullptr;
};

}  // namespace vc::ui
