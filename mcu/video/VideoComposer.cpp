#include "mcu/video/VideoComposer.hpp"

#include <libyuv/planar_functions.h>
#include <libyuv/scale.h>

#include <algorithm>

namespace vc::mcu::video {
namespace {

constexpr int kGap = 2;  // black margin inside each cell, so neighbouring tiles stay apart

Rect Inset(const Rect& r, int by) {
  if (r.width <= 2 * by + 2 || r.height <= 2 * by + 2) return r;
  return {r.x + by, r.y + by, r.width - 2 * by, r.height - 2 * by};
}

// Copies `src` onto the canvas at (x, y), clipped to the canvas; x and y even.
void Blit(const I420Frame& src, I420Frame& dst, int x, int y) {
  const int w = std::min(src.width(), dst.width() - x), h = std::min(src.height(), dst.height() - y);
  if (w <= 0 || h <= 0 || x < 0 || y < 0) return;
  libyuv::I420Copy(src.data_y(), src.stride_y(), src.data_u(), src.stride_uv(), src.data_v(),
                   src.stride_uv(), dst.data_y() + static_cast<size_t>(y) * dst.stride_y() + x,
                   dst.stride_y(), dst.data_u() + static_cast<size_t>(y / 2) * dst.stride_uv() + x / 2,
                   dst.stride_uv(), dst.data_v() + static_cast<size_t>(y / 2) * dst.stride_uv() + x / 2,
                   dst.stride_uv(), w, h);
}

}  // namespace

VideoComposer::VideoComposer(int width, int height, std::string font_family)
    : width_(width), height_(height), labeler_(std::move(font_family)) {}

const I420Frame& VideoComposer::Scaled(const ComposeSource& source, const Rect& fit) {
  CachedTile& cached = cache_[source.id];
  if (cached.source_picture == source.picture.get() && cached.scaled &&
      cached.scaled->width() == fit.width && cached.scaled->height() == fit.height)
    return *cached.scaled;
  const I420Frame& src = *source.picture;
  if (!cached.scaled || cached.scaled->width() != fit.width || cached.scaled->height() != fit.height)
    cached.scaled = I420Frame::Create(fit.width, fit.height);
  I420Frame& out = *cached.scaled;
  libyuv::I420Scale(src.data_y(), src.stride_y(), src.data_u(), src.stride_uv(), src.data_v(),
                    src.stride_uv(), src.width(), src.height(), out.data_y(), out.stride_y(),
                    out.data_u(), out.stride_uv(), out.data_v(), out.stride_uv(), out.width(),
                    out.height(), libyuv::kFilterBox);
  // Holding the source picture keeps its address from being reused by a newer picture.
  cached.keep_alive = source.picture;
  cached.source_picture = source.picture.get();
  ++scales_;
  return out;
}

std::shared_ptr<I420Frame> VideoComposer::Compose(const std::vector<TilePlacement>& tiles,
                                                  const std::vector<ComposeSource>& sources,
                                                  std::optional<SourceId> active_speaker) {
  auto canvas = I420Frame::Create(width_, height_);
  const ComposerColours& c = colours_;
  canvas->Fill(c.background_y, c.background_u, c.background_v);
  for (const TilePlacement& tile : tiles) {
    auto it = std::find_if(sources.begin(), sources.end(),
                           [&](const ComposeSource& s) { return s.id == tile.source; });
    if (it == sources.end()) continue;
    const Rect cell = Inset(tile.cell, kGap);
    if (it->picture) {
      const Rect fit = LayoutEngine::Fit(cell, it->picture->width(), it->picture->height());
      Blit(Scaled(*it, fit), *canvas, fit.x, fit.y);
      labeler_.Draw(*canvas, cell, it->name);
    } else {
      // Nothing decoded yet (no video, or waiting for its keyframe): its name on a plain tile.
      canvas->FillRect(cell.x, cell.y, cell.width, cell.height, c.tile_y, c.tile_u, c.tile_v);
      labeler_.DrawCentered(*canvas, cell, it->name);
    }
    if (active_speaker && *active_speaker == tile.source) {
      const int b = std::min({kBorder, cell.width / 4, cell.height / 4}) & ~1;
      canvas->FillRect(cell.x, cell.y, cell.width, b, c.border_y, c.border_u, c.border_v);
      canvas->FillRect(cell.x, cell.y + cell.height - b, cell.width, b, c.border_y, c.border_u, c.border_v);
      canvas->FillRect(cell.x, cell.y, b, cell.height, c.border_y, c.border_u, c.border_v);
      canvas->FillRect(cell.x + cell.width - b, cell.y, b, cell.height, c.border_y, c.border_u, c.border_v);
    }
  }
  return canvas;
}

void VideoComposer::Forget(SourceId id) { cache_.erase(id); }

}  // namespace vc::mcu::video
