#include "ui/backend/StatusStore.hpp"

namespace vc::ui {

void StatusStore::Apply(const QString& path, const QJsonValue& value) {
  if (value.isObject()) {
    RemoveBelow(path);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
      Apply(path.isEmpty() ? it.key() : path + '/' + it.key(), it.value());
    }
    return;
  }
  if (value.isNull() || value.isUndefined()) {
    RemoveBelow(path);
    return;
  }
  RemoveBelow(path);  // a subtree that became a leaf
  leaves_.insert(path, value);
}

qint64 StatusStore::Number(const QString& path, qint64 absent) const {
  const QJsonValue value = Value(path);
  return value.isDouble() ? static_cast<qint64>(value.toDouble()) : absent;
}

QJsonObject StatusStore::Below(const QString& prefix) const {
  QJsonObject out;
  const QString start = prefix + '/';
  for (auto it = leaves_.begin(); it != leaves_.end(); ++it) {
    if (it.key().startsWith(start)) out.insert(it.key().mid(start.size()), it.value());
  }
  return out;
}

void StatusStore::RemoveBelow(const QString& path) {
  if (path.isEmpty()) {
    leaves_.clear();
    return;
  }
  leaves_.remove(path);
  const QString start = path + '/';
  for (auto it = leaves_.begin(); it != leaves_.end();) {
    it = it.key().startsWith(start) ? leaves_.erase(it) : std::next(it);
  }
}

}  // namespace vc::ui
