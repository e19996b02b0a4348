#pragma once
// List model (role "uid" is the participant id; QML reserves "id"): training mode's queue of raised
// hands (Call/RaisedHands), oldest first, the one holding the floor (Call/Floor) first and marked.
#include <QtQml/qqmlregistration.h>

#include "ui/backend/JsonListModel.hpp"

namespace vc::ui {

class RaisedHandsModel : public JsonListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by Room")

 public:
  explicit RaisedHandsModel(QObject* parent = nullptr);
};

}  // namespace vc::ui
