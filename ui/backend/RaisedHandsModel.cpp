#include "ui/backend/RaisedHandsModel.hpp"

namespace vc::ui {

RaisedHandsModel::RaisedHandsModel(QObject* parent) : JsonListModel({"uid", "name", "hasFloor"}, parent) {}

}  // namespace vc::ui
