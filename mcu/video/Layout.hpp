#pragma once
// What a room's composite looks like; set per room from signaling or the admin API.
#include <optional>

#include "mcu/video/VideoTypes.hpp"

namespace vc::mcu::video {

struct Layout {
  enum Kind { kGrid, kSpeaker, kPresenter };
  Kind kind = kGrid;
  std::optional<SourceId> presenter;  // kSpeaker: pinned large source (else the active speaker)
  std::optional<SourceId> content;    // kPresenter: the large source (e.g. slides)
  bool operator==(const Layout&) const = default;
};

struct Rect {
  int x = 0, y = 0, width = 0, height = 0;
  bool operator==(const Rect&) const = default;
  bool Contains(int px, int py) const {
    return px >= x && py >= y && px < x + width && py < y + height;
  }
};

}  // namespace vc::mcu::video
