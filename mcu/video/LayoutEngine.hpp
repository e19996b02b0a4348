#pragma once
// Tile rectangles of a layout on a canvas. Grid: 1, 2 (side by side), then the smallest n x n
// (2x2 .. 7x7) that holds every source, cells 16:9 centred on the canvas. Speaker: one large
// tile (pinned presenter, else the active speaker, else the first source) over a filmstrip row
// of the others. Presenter: the content source large, a filmstrip of the others (the presenter
// first). Tile order = join order. Every rectangle has even x, y, width and height (I420).
#include <optional>
#include <vector>

#include "mcu/video/Layout.hpp"

namespace vc::mcu::video {

struct TilePlacement {
  SourceId source = 0;
  Rect cell;          // the tile's area on the canvas (background, label, border)
  bool large = false; // the speaker / content tile
};

class LayoutEngine {
 public:
  static constexpr int kMaxGridColumns = 7;

  // Sources beyond the layout's capacity (49 in the grid) are not shown.
  static std::vector<TilePlacement> Compute(const Layout& layout,
                                            const std::vector<SourceId>& join_order,
                                            std::optional<SourceId> active_speaker,
                                            int canvas_width, int canvas_height);
  // Columns (= rows, except 2 sources: 2 x 1) of the grid for `count` sources.
  static int GridColumns(size_t count);
  // The largest rectangle of aspect src_width:src_height centred in `cell` (letterbox or
  // pillarbox), even-aligned.
  static Rect Fit(const Rect& cell, int src_width, int src_height);
};

}  // namespace vc::mcu::video
