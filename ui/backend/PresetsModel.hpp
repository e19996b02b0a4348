#pragma once
// List model: the camera presets the panel offers as named thumbnails (Camera/Presets when the
// room names them, else the two mode presets from Config: kind "wide" and "trainer").
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
