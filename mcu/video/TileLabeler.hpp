#pragma once
// Renders display names with Pango/Cairo (Noto Sans; Vietnamese diacritics shaped by HarfBuzz)
// into 8-bit alpha masks cached per (text, pixel size), and blends them onto an I420 canvas:
// white text on a translucent dark box at the bottom-left of a tile. Not thread-safe: one per
// composer.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/Layout.hpp"

namespace vc::mcu::video {

struct LabelMask {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> alpha;  // width * height, row-major
};

class TileLabeler {
 public:
  explicit TileLabeler(std::string font_family = "Noto Sans", size_t max_cached = 256);
  ~TileLabeler();
  TileLabeler(const TileLabeler&) = delete;
  TileLabeler& operator=(const TileLabeler&) = delete;

  // The mask of `text` at `pixel_size`, ellipsized to max_width pixels. Cached.
  const LabelMask& Mask(const std::string& text, int pixel_size, int max_width);
  // Draws the label of a tile (size from the tile's height) onto the canvas.
  void Draw(I420Frame& canvas, const Rect& tile, const std::string& text);
  // Just the text, centred in the tile, larger (a source without video).
  void DrawCentered(I420Frame& canvas, const Rect& tile, const std::string& text);
  size_t renders() const { return renders_; }  // cache misses
  // The family fontconfig actually picked for font_family ("" if none): says whether the
  // font package is installed.
  std::string ResolvedFamily() const;

 private:
  LabelMask Render(const std::string& text, int pixel_size, int max_width) const;

  struct Pango;  // font map + context, owned (Pango's default font map is per thread)
  std::string font_family_;
  size_t max_cached_;
  std::unique_ptr<Pango> pango_;
  std::map<std::tuple<std::string, int, int>, LabelMask> cache_;
  size_t renders_ = 0;
};

}  // namespace vc::mcu::video
