#include "ui/backend/PresetsModel.hpp"

namespace vc::ui {

PresetsModel::PresetsModel(QObject* parent) : JsonListModel({"number", "name", "thumbnail", "active", "kind"}, parent) {}

}  // namespace vc::ui
