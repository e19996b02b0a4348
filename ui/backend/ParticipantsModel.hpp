#pragma once
// List model (role "uid" is the participant id; QML reserves "id"): the call's participants
// (Call/Participants), the active speakers (McuMessage active_speaker events) and raised hands marked.
#include <QtQml/qqmlregistration.h>

#include "ui/backend/JsonListModel.hpp"

namespace vc::ui {

class ParticipantsModel : public JsonListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by Room")

 public:
  explicit ParticipantsModel(QObject* parent = nullptr);
};

}  // namespace vc::ui
