#include "tests/ui/support/PanelHarness.hpp"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTest>
#include <stdexcept>

#include "ui/backend/PanelEngine.hpp"

namespace vc::tests::ui {
namespace {

void Walk(QQuickItem* item, const std::function<void(QQuickItem*)>& visit) {
  if (item == nullptr || !item->isVisible()) return;
  visit(item);
  for (QQuickItem* child : item->childItems()) Walk(child, visit);
}

bool HasClippingAncestor(const QQuickItem* item) {
  for (const QQuickItem* p = item->parentItem(); p != nullptr; p = p->parentItem()) {
    if (p->clip()) return true;
  }
  return false;
}

// The nearest ancestor that draws a box (card, button, field): text must stay inside it.
const QQuickItem* BoxOf(const QQuickItem* item) {
  for (const QQuickItem* p = item->parentItem(); p != nullptr; p = p->parentItem()) {
    if (p->inherits("QQuickRectangle") && p->width() > 0) return p;
  }
  return nullptr;
}

QRectF SceneRect(const QQuickItem* item) {
  return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

}  // namespace

PanelHarness::PanelHarness(vc::ui::RoomChannel& channel, QSize size, const QString& language,
                           vc::ui::PanelClock::Now now) {
  vc::ui::UsePanelFont();
  language_ = std::make_unique<vc::ui::Language>(language);
  clock_ = now ? std::make_unique<vc::ui::PanelClock>(std::move(now)) : std::make_unique<vc::ui::PanelClock>(&vc::ui::PanelClock::SystemNow);
  room_ = std::make_unique<vc::ui::RoomBackend>(channel, "2468");
  engine_ = std::make_unique<QQmlApplicationEngine>();
  language_->SetEngine(engine_.get());
  window_ = vc::ui::LoadPanel(*engine_, size, false);
  if (window_ == nullptr) throw std::runtime_error("Main.qml did not load");
  window_->show();
  if (!QTest::qWaitForWindowExposed(window_, 5000)) throw std::runtime_error("the panel window was not exposed");
}

PanelHarness::~PanelHarness() {
  engine_.reset();
  room_.reset();
}

QString PanelHarness::Screen() const { return window_->property("screen").toString(); }

void PanelHarness::SetRootProperty(const char* name, const QVariant& value) { window_->setProperty(name, value); }

QQuickItem* PanelHarness::Find(const QString& object_name) const {
  QQuickItem* found = window_->contentItem();
  for (const QString& name : object_name.split('/')) {  // "pinDialog/key2": key2 inside pinDialog
    QQuickItem* within = found;
    found = nullptr;
    Walk(within, [&](QQuickItem* item) {
      if (found == nullptr && item != within && item->objectName() == name) found = item;
    });
    if (found == nullptr) return nullptr;
  }
  return found;
}

bool PanelHarness::Click(const QString& object_name) {
  QQuickItem* item = Find(object_name);
  if (item == nullptr || !item->isEnabled()) return false;
  const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
  QTest::mouseClick(window_, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
  return true;
}

bool PanelHarness::WaitFor(const std::function<bool()>& done, int timeout_ms) {
  return QTest::qWaitFor(done, timeout_ms);
}

void PanelHarness::Settle(int ms) {
  QTest::qWait(ms);
  if (window_) window_->requestUpdate();
  QTest::qWait(ms);
}

QStringList PanelHarness::TextOverflows() const {
  QStringList problems;
  const QRectF window_rect(0, 0, window_->width(), window_->height());
  Walk(window_->contentItem(), [&](QQuickItem* item) {
    if (!item->inherits("QQuickText")) return;  // Label.qml and plain Text; not inputs
    const QString text = item->property("text").toString();
    if (text.isEmpty() || item->opacity() == 0) return;
    const QString who = (item->objectName().isEmpty() ? QString("Text") : item->objectName()) + " \"" + text.left(60) + "\"";
    const bool allow_elide = item->property("allowElide").toBool();
    if (item->property("truncated").toBool() && !allow_elide) problems << who + ": cut off (elided or too many lines)";
    const qreal content_height = item->property("contentHeight").toReal();
    if (content_height > item->height() + 1.5) problems << who + ": taller than its item";
    if (item->property("wrapMode").toInt() == 0 && item->property("elide").toInt() == 3 /*ElideNone*/ &&
        item->implicitWidth() > item->width() + 1.5) {
      problems << who + ": wider than its item";
    }
    if (HasClippingAncestor(item)) return;  // scrolled lists clip on purpose
    if (!window_rect.adjusted(-1, -1, 1, 1).contains(SceneRect(item))) problems << who + ": outside the window";
    if (const QQuickItem* box = BoxOf(item)) {
      // Only the painted text's extent matters (a wide but left-aligned Text is fine).
      const qreal painted = std::max<qreal>(std::min<qreal>(item->property("contentWidth").toReal(), item->width()), 1);
      const int align = item->property("horizontalAlignment").toInt();
      const qreal x = align == Qt::AlignRight ? item->width() - painted
                      : align == Qt::AlignHCenter ? (item->width() - painted) / 2 : 0;
      const QRectF ink = item->mapRectToScene(QRectF(x, 0, painted, std::min(content_height, item->height())));
      if (!SceneRect(box).adjusted(-1.5, -1.5, 1.5, 1.5).contains(ink)) problems << who + ": outside its box";
    }
  });
  return problems;
}

bool PanelHarness::SaveScreenshot(const QString& path) {
  Settle();
  const QImage image = window_->grabWindow();
  QDir().mkpath(QFileInfo(path).absolutePath());
  return !image.isNull() && image.save(path);
}

}  // namespace vc::tests::ui
