#include "ui/backend/JsonListModel.hpp"

#include <QJsonObject>

namespace vc::ui {

JsonListModel::JsonListModel(QStringList roles, QObject* parent)
    : QAbstractListModel(parent), roles_(std::move(roles)) {}

int JsonListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant JsonListModel::data(const QModelIndex& index, int role) const {
  const int column = role - Qt::UserRole;
  if (!index.isValid() || index.row() >= rows_.size() || column < 0 || column >= roles_.size()) return {};
  return rows_.at(index.row()).toObject().value(roles_.at(column)).toVariant();
}

QHash<int, QByteArray> JsonListModel::roleNames() const {
  QHash<int, QByteArray> names;
  for (int i = 0; i < roles_.size(); ++i) names.insert(Qt::UserRole + i, roles_.at(i).toUtf8());
  return names;
}

void JsonListModel::Reset(const QJsonArray& rows) {
  if (rows == rows_) return;
  const bool count_changed = rows.size() != rows_.size();
  beginResetModel();
  rows_ = rows;
  endResetModel();
  if (count_changed) Q_EMIT countChanged();
}

QVariantMap JsonListModel::get(int row) const {
  if (row < 0 || row >= rows_.size()) return {};
  return rows_.at(row).toObject().toVariantMap();
}

}  // namespace vc::ui
