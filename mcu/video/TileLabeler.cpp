#include "mcu/video/TileLabeler.hpp"

// STUB: replaced by the Pango/Cairo labeler in a later commit.
namespace vc::mcu::video {
TileLabeler::TileLabeler(std::string font_family, size_t max_cached)
    : font_family_(std::move(font_family)), max_cached_(max_cached) {}
TileLabeler::~TileLabeler() = default;
const LabelMask& TileLabeler::Mask(const std::string& text, int pixel_size, int max_width) {
  auto key = std::make_tuple(text, pixel_size, max_width);
  return cache_[key];
}
void TileLabeler::Draw(I420Frame&, const Rect&, const std::string&) {}
void TileLabeler::DrawCentered(I420Frame&, const Rect&, const std::string&) {}
LabelMask TileLabeler::Render(const std::string&, int, int) const { return {}; }
}  // namespace vc::mcu::video
