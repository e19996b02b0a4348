#include "ui/backend/ParticipantsModel.hpp"

namespace vc::ui {

ParticipantsModel::ParticipantsModel(QObject* parent) : JsonListModel({"uid", "name", "speaking", "handRaised", "hasFloor", "self"}, parent) {}

}  // namespace vc::ui
