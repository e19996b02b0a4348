#include "ui/backend/PresetsModel.hpp"

namespace vc::ui {

PresetsModel::PresetsModel(QObject* parent) : JsonListModel({"preset", "name", "kind"}, parent) {}

}  // namespace vc::ui
