#pragma once
// The panel's copy of vc-room's status tree (docs/control-api.md), kept as leaves by path
// ("Call/State" -> "in_call"). A subscription answer delivers a subtree; later status messages
// deliver single leaves; a null value removes a leaf or a whole subtree. Arrays are leaves.
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace vc::ui {

class StatusStore {
 public:
  // Applies `value` at `path` ("" = the root): objects are flattened into leaves (replacing what
  // was below `path`), null removes, anything else is a leaf.
  void Apply(const QString& path, const QJsonValue& value);
  void Clear() { leaves_.clear(); }

  // The leaf at `path`, or Undefined.
  QJsonValue Value(const QString& path) const { return leaves_.value(path, QJsonValue(QJsonValue::Undefined)); }
  bool Has(const QString& path) const { return leaves_.contains(path); }
  QString Text(const QString& path) const { return Value(path).toString(); }
  bool Flag(const QString& path) const { return Value(path).toBool(); }
  // -1 when absent or not a number (e.g. Call/Progress outside waking).
  qint64 Number(const QString& path, qint64 absent = -1) const;
  // Every leaf below `prefix` ("Config" -> {"Audio/DefaultVolume": 70, ...}), relative paths.
  QJsonObject Below(const QString& prefix) const;
  int size() const { return static_cast<int>(leaves_.size()); }

 private:
  void RemoveBelow(const QString& path);

  QHash<QString, QJsonValue> leaves_;
};

}  // namespace vc::ui
