#include "ui/backend/Language.hpp"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>
#include <QQmlEngine>
#include <QtDebug>

namespace vc::ui {
namespace {
Language* g_language = nullptr;
}  // namespace

Language::Language(QString code, QObject* parent) : QObject(parent), code_(IsKnown(code) ? code : "vi") {
  g_language = this;
  Load();
}

Language::~Language() {
  if (installed_) QCoreApplication::removeTranslator(&translator_);
  if (g_language == this) g_language = nullptr;
}

Language* Language::create(QQmlEngine* engine, QJSEngine*) {
  Q_ASSERT(g_language);
  g_language->SetEngine(engine);
  QJSEngine::setObjectOwnership(g_language, QJSEngine::CppOwnership);
  return g_language;
}

void Language::setCode(const QString& code) {
  if (!IsKnown(code) || code == code_) return;
  code_ = code;
  Load();
  if (engine_) engine_->retranslate();
  Q_EMIT codeChanged();
}

void Language::Load() {
  if (installed_) QCoreApplication::removeTranslator(&translator_);
  installed_ = false;
  // English is the source text; vi (and en, for completeness) come from the .qm files.
  if (translator_.load(":/i18n/vc-panel_" + code_ + ".qm")) {
    installed_ = QCoreApplication::installTranslator(&translator_);
  } else if (code_ != "en") {
    qWarning().noquote() << "vc-panel: no translation for" << code_ << "(showing English)";
  }
}

// Schedule times arrive in UTC ("...Z"); people read the room's local time.
QString Language::time(const QDateTime& at) const { return at.toLocalTime().toString("HH:mm"); }

QString Language::date(const QDateTime& at) const {
  if (code_ == "vi") {
    QString text = QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(at.toLocalTime().date(), "dddd, dd/MM/yyyy");
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
  }
  return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(at.toLocalTime().date(), "dddd, d MMMM yyyy");
}

QString Language::duration(int seconds) const {
  seconds = std::max(seconds, 0);
  const int h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
  const QString mm = QString::number(m).rightJustified(2, '0'), ss = QString::number(s).rightJustified(2, '0');
  return h > 0 ? QString::number(h) + ':' + mm + ':' + ss : mm + ':' + ss;
}

}  // namespace vc::ui
