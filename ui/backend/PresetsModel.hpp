#pragma once
// List model: the camera presets the panel offers as named thumbnails (Camera/Presets when the
// room names them, else the two mode presets from Config: kind "wide" and "trainer"). Roles:
// number (the VISCA preset), name, thumbnail (a data:image/jpeg URL, "" when none yet), active
// (the camera's current preset, Camera/ActivePreset), kind ("named" | "wide" | "trainer").
#include <QtQml/qqmlregistration.h>

#include "ui/backend/JsonListModel.hpp"

namespace vc::ui {

class PresetsModel : public JsonListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by Room")

 public:
  explicit PresetsModel(QObject* parent = nullptr);
};

}  // namespace vc::ui
