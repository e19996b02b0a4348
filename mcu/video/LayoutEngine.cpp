#include "mcu/video/LayoutEngine.hpp"

#include <algorithm>
#include <cmath>

namespace vc::mcu::video {
namespace {

constexpr int kFilmstripMax = 8;  // thumbnails under the large tile; more are not shown
int Even(int v) { return v & ~1; }

bool Contains(const std::vector<SourceId>& ids, std::optional<SourceId> id) {
  return id && std::find(ids.begin(), ids.end(), *id) != ids.end();
}

// `count` cells of one row of 16:9 tiles, as large as fits in `area`, centred.
void Row(const Rect& area, const std::vector<SourceId>& ids, std::vector<TilePlacement>& out) {
  if (ids.empty()) return;
  const int n = static_cast<int>(ids.size());
  const int cell_w = Even(std::min(area.width / n, area.height * 16 / 9));
  const int cell_h = Even(cell_w * 9 / 16);
  const int x0 = Even(area.x + (area.width - cell_w * n) / 2);
  const int y0 = Even(area.y + (area.height - cell_h) / 2);
  for (int i = 0; i < n; ++i)
    out.push_back({ids[static_cast<size_t>(i)], {x0 + i * cell_w, y0, cell_w, cell_h}, false});
}

std::vector<TilePlacement> Grid(const std::vector<SourceId>& ids, int w, int h) {
  std::vector<TilePlacement> out;
  const size_t capacity = LayoutEngine::kMaxGridColumns * LayoutEngine::kMaxGridColumns;
  const size_t n = std::min(ids.size(), capacity);
  if (n == 0) return out;
  const int cols = LayoutEngine::GridColumns(n);
  const int rows = n == 2 ? 1 : cols;
  const Rect area = LayoutEngine::Fit({0, 0, w, h}, cols * 16, rows * 9);
  for (size_t i = 0; i < n; ++i) {
    const int c = static_cast<int>(i) % cols, r = static_cast<int>(i) / cols;
    const int x = Even(area.x + c * area.width / cols), x1 = Even(area.x + (c + 1) * area.width / cols);
    const int y = Even(area.y + r * area.height / rows), y1 = Even(area.y + (r + 1) * area.height / rows);
    out.push_back({ids[i], {x, y, x1 - x, y1 - y}, false});
  }
  return out;
}

std::vector<TilePlacement> LargeAndStrip(SourceId large, std::vector<SourceId> strip, int w, int h) {
  std::vector<TilePlacement> out;
  if (strip.size() > kFilmstripMax) strip.resize(kFilmstripMax);
  const int strip_h = strip.empty() ? 0 : Even(h / 4);
  out.push_back({large, {0, 0, w, h - strip_h}, true});
  Row({0, h - strip_h, w, strip_h}, strip, out);
  return out;
}

}  // namespace

int LayoutEngine::GridColumns(size_t count) {
  if (count <= 1) return 1;
  if (count == 2) return 2;
  const int cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count)) - 1e-9));
  return std::clamp(cols, 2, kMaxGridColumns);
}

Rect LayoutEngine::Fit(const Rect& cell, int src_width, int src_height) {
  if (src_width <= 0 || src_height <= 0 || cell.width <= 0 || cell.height <= 0) return cell;
  int w = cell.width, h = cell.height;
  if (static_cast<long long>(src_width) * cell.height > static_cast<long long>(src_height) * cell.width)
    h = static_cast<int>(static_cast<long long>(cell.width) * src_height / src_width);
  else
    w = static_cast<int>(static_cast<long long>(cell.height) * src_width / src_height);
  w = std::max(2, Even(w));
  h = std::max(2, Even(h));
  return {Even(cell.x + (cell.width - w) / 2), Even(cell.y + (cell.height - h) / 2), w, h};
}

std::vector<TilePlacement> LayoutEngine::Compute(const Layout& layout,
                                                 const std::vector<SourceId>& join_order,
                                                 std::optional<SourceId> active_speaker,
                                                 int canvas_width, int canvas_height) {
  if (join_order.empty()) return {};
  if (layout.kind == Layout::kGrid || join_order.size() == 1)
    return Grid(join_order, canvas_width, canvas_height);
  SourceId large = join_order.front();
  std::vector<SourceId> strip;
  if (layout.kind == Layout::kPresenter && Contains(join_order, layout.content)) {
    large = *layout.content;
    if (Contains(join_order, layout.presenter) && layout.presenter != layout.content)
      strip.push_back(*layout.presenter);
  } else if (Contains(join_order, layout.presenter)) {
    large = *layout.presenter;
  } else if (Contains(join_order, active_speaker)) {
    large = *active_speaker;
  }
  for (SourceId id : join_order)
    if (id != large && std::find(strip.begin(), strip.end(), id) == strip.end()) strip.push_back(id);
  return LargeAndStrip(large, std::move(strip), canvas_width, canvas_height);
}

}  // namespace vc::mcu::video
