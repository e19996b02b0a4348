#include "mcu/video/TileLabeler.hpp"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace vc::mcu::video {
namespace {

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { if (p) Free(p); }
};
using Surface = std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_t, cairo_surface_destroy>>;
using Cairo = std::unique_ptr<cairo_t, Deleter<cairo_t, cairo_destroy>>;
using FontDesc = std::unique_ptr<PangoFontDescription,
                                 Deleter<PangoFontDescription, pango_font_description_free>>;
using FontOptions = std::unique_ptr<cairo_font_options_t,
                                    Deleter<cairo_font_options_t, cairo_font_options_destroy>>;
template <typename T>
struct ObjectDeleter {
  void operator()(T* p) const { if (p) g_object_unref(p); }
};

// Blend `value` into `dst` with weight a/255.
inline uint8_t Mix(uint8_t dst, int value, int a) {
  return static_cast<uint8_t>(dst + ((value - dst) * a + 127) / 255);
}

// Draws mask onto the canvas at (x, y), clipped to `clip` and the canvas: white text.
void BlendMask(I420Frame& canvas, const LabelMask& mask, int x, int y, const Rect& clip) {
  const int x0 = std::max({x, clip.x, 0}), y0 = std::max({y, clip.y, 0});
  const int x1 = std::min({x + mask.width, clip.x + clip.width, canvas.width()});
  const int y1 = std::min({y + mask.height, clip.y + clip.height, canvas.height()});
  for (int py = y0; py < y1; ++py) {
    uint8_t* row = canvas.data_y() + static_cast<size_t>(py) * canvas.stride_y();
    const uint8_t* a = mask.alpha.data() + static_cast<size_t>(py - y) * mask.width - x;
    for (int px = x0; px < x1; ++px)
      if (a[px]) row[px] = Mix(row[px], 235, a[px]);
  }
  // Chroma towards neutral where the text is (white has no colour).
  for (int cy = y0 / 2; cy < (y1 + 1) / 2; ++cy) {
    const int my = std::clamp(cy * 2 - y, 0, mask.height - 1);
    uint8_t* u = canvas.data_u() + static_cast<size_t>(cy) * canvas.stride_uv();
    uint8_t* v = canvas.data_v() + static_cast<size_t>(cy) * canvas.stride_uv();
    for (int cx = x0 / 2; cx < (x1 + 1) / 2; ++cx) {
      const int mx = std::clamp(cx * 2 - x, 0, mask.width - 1);
      const int a = mask.alpha[static_cast<size_t>(my) * mask.width + mx];
      if (a) {
        u[cx] = Mix(u[cx], 128, a);
        v[cx] = Mix(v[cx], 128, a);
      }
    }
  }
}

// Darkens a rectangle (the label's backdrop) to 40% luma, chroma towards neutral.
void Darken(I420Frame& canvas, Rect r) {
  const int x0 = std::max(r.x, 0), y0 = std::max(r.y, 0);
  const int x1 = std::min(r.x + r.width, canvas.width()), y1 = std::min(r.y + r.height, canvas.height());
  for (int py = y0; py < y1; ++py) {
    uint8_t* row = canvas.data_y() + static_cast<size_t>(py) * canvas.stride_y();
    for (int px = x0; px < x1; ++px) row[px] = static_cast<uint8_t>(16 + (row[px] - 16) * 2 / 5);
  }
  for (int cy = y0 / 2; cy < (y1 + 1) / 2; ++cy) {
    uint8_t* u = canvas.data_u() + static_cast<size_t>(cy) * canvas.stride_uv();
    uint8_t* v = canvas.data_v() + static_cast<size_t>(cy) * canvas.stride_uv();
    for (int cx = x0 / 2; cx < (x1 + 1) / 2; ++cx) {
      u[cx] = static_cast<uint8_t>(128 + (u[cx] - 128) * 2 / 5);
      v[cx] = static_cast<uint8_t>(128 + (v[cx] - 128) * 2 / 5);
    }
  }
}

}  // namespace

struct TileLabeler::Pango {
  std::unique_ptr<PangoFontMap, ObjectDeleter<PangoFontMap>> font_map;
  std::unique_ptr<PangoContext, ObjectDeleter<PangoContext>> context;
};

TileLabeler::TileLabeler(std::string font_family, size_t max_cached)
    : font_family_(std::move(font_family)), max_cached_(std::max<size_t>(1, max_cached)),
      pango_(std::make_unique<Pango>()) {
  pango_->font_map.reset(pango_cairo_font_map_new());
  if (!pango_->font_map) throw std::runtime_error("TileLabeler: no Pango font map");
  pango_->context.reset(pango_font_map_create_context(pango_->font_map.get()));
  FontOptions options(cairo_font_options_create());
  cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_SLIGHT);
  pango_cairo_context_set_font_options(pango_->context.get(), options.get());
}

TileLabeler::~TileLabeler() = default;

LabelMask TileLabeler::Render(const std::string& text, int pixel_size, int max_width) const {
  LabelMask mask;
  std::unique_ptr<PangoLayout, ObjectDeleter<PangoLayout>> layout(pango_layout_new(pango_->context.get()));
  FontDesc desc(pango_font_description_from_string(font_family_.c_str()));
  pango_font_description_set_absolute_size(desc.get(), std::max(4, pixel_size) * PANGO_SCALE);
  pango_layout_set_font_description(layout.get(), desc.get());
  // Invalid UTF-8 would make Pango warn and draw nothing useful: replace it first.
  gchar* valid = g_utf8_make_valid(text.c_str(), static_cast<gssize>(text.size()));
  pango_layout_set_text(layout.get(), valid, -1);
  g_free(valid);
  pango_layout_set_single_paragraph_mode(layout.get(), TRUE);
  if (max_width > 0) {
    pango_layout_set_width(layout.get(), max_width * PANGO_SCALE);
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
  }
  int w = 0, h = 0;
  pango_layout_get_pixel_size(layout.get(), &w, &h);
  if (w <= 0 || h <= 0) return mask;
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_A8, w, h));
  Cairo cr(cairo_create(surface.get()));
  cairo_set_source_rgba(cr.get(), 1, 1, 1, 1);
  pango_cairo_show_layout(cr.get(), layout.get());
  cairo_surface_flush(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  const uint8_t* data = cairo_image_surface_get_data(surface.get());
  mask.width = w;
  mask.height = h;
  mask.alpha.resize(static_cast<size_t>(w) * h);
  for (int y = 0; y < h; ++y)
    std::memcpy(mask.alpha.data() + static_cast<size_t>(y) * w, data + static_cast<size_t>(y) * stride,
                static_cast<size_t>(w));
  return mask;
}

std::string TileLabeler::ResolvedFamily() const {
  FontDesc desc(pango_font_description_from_string(font_family_.c_str()));
  pango_font_description_set_absolute_size(desc.get(), 20 * PANGO_SCALE);
  std::unique_ptr<PangoFont, ObjectDeleter<PangoFont>> font(
      pango_font_map_load_font(pango_->font_map.get(), pango_->context.get(), desc.get()));
  if (!font) return {};
  FontDesc described(pango_font_describe(font.get()));
  const char* family = pango_font_description_get_family(described.get());
  return family ? family : "";
}

const LabelMask& TileLabeler::Mask(const std::string& text, int pixel_size, int max_width) {
  auto key = std::make_tuple(text, pixel_size, max_width);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= max_cached_) cache_.clear();  // names change rarely: a full reset is fine
  ++renders_;
  return cache_.emplace(std::move(key), Render(text, pixel_size, max_width)).first->second;
}

void TileLabeler::Draw(I420Frame& canvas, const Rect& tile, const std::string& text) {
  if (text.empty() || tile.width < 16 || tile.height < 16) return;
  const int size = std::clamp(tile.height / 12, 9, 28);
  const int pad = std::max(2, size / 3);
  const LabelMask& mask = Mask(text, size, tile.width - 4 * pad);
  if (mask.width == 0) return;
  const Rect box{tile.x, tile.y + tile.height - mask.height - 2 * pad,
                 std::min(tile.width, mask.width + 2 * pad), mask.height + 2 * pad};
  Rect clip = tile;
  Darken(canvas, {std::max(box.x, tile.x), std::max(box.y, tile.y), box.width,
                  std::min(box.height, tile.height)});
  BlendMask(canvas, mask, box.x + pad, box.y + pad, clip);
}

void TileLabeler::DrawCentered(I420Frame& canvas, const Rect& tile, const std::string& text) {
  if (text.empty() || tile.width < 16 || tile.height < 16) return;
  const int size = std::clamp(tile.height / 8, 10, 48);
  const LabelMask& mask = Mask(text, size, tile.width - size);
  if (mask.width == 0) return;
  BlendMask(canvas, mask, tile.x + (tile.width - mask.width) / 2,
            tile.y + (tile.height - mask.height) / 2, tile);
}

}  // namespace vc::mcu::video
