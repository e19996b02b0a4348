#pragma once
// A list model over a JSON array of objects (one row per object, one role per key named at
// construction). Reset only when the array really changed, so that a status update every second
// (media counters) does not rebuild the views.
#include <QAbstractListModel>
#include <QJsonArray>
#include <QStringList>

namespace vc::ui {

class JsonListModel : public QAbstractListModel {
  Q_OBJECT
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  JsonListModel(QStringList roles, QObject* parent);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void Reset(const QJsonArray& rows);
  const QJsonArray& rows() const { return rows_; }
  Q_INVOKABLE QVariantMap get(int row) const;

 Q_SIGNALS:
  void countChanged();

 private:
  QStringList roles_;
  QJsonArray rows_;
};

}  // namespace vc::ui
