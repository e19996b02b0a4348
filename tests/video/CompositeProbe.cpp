#include "tests/video/CompositeProbe.hpp"

#include <cstdlib>
#include <memory>
#include <sstream>

namespace vc::tests::video {
namespace {
constexpr int kTolerance = 45;     // per channel, after two VP8 generations and scaling
constexpr int kTextLuma = 180;     // white label text; the colours' luma is at most 145
// Text pixels of one label per canvas pixel: a 720p label has several hundred, so 1/4000 of the
// canvas (230 at 720p, 14 at 320x180) is clearly text and not codec noise.
constexpr int kLabelPixelsPerCanvas = 4000;
}  // namespace

const std::array<Colour, 4> kColours = {{
    {"red", 0xffff0000u, "Phòng Đỏ", {81, 90, 240}},
    {"green", 0xff00ff00u, "Phòng Xanh Lá", {145, 54, 34}},
    {"blue", 0xff0000ffu, "Phòng Xanh Dương", {41, 240, 110}},
    {"magenta", 0xffff00ffu, "Phòng Tím", {106, 202, 222}},
}};

const Colour* Nearest(const std::array<int, 3>& yuv) {
  const Colour* best = nullptr;
  int best_distance = 0;
  for (const auto& colour : kColours) {
    int distance = 0;
    for (size_t c = 0; c < 3; ++c) distance = std::max(distance, std::abs(yuv[c] - colour.yuv[c]));
    if (best == nullptr || distance < best_distance) {
      best = &colour;
      best_distance = distance;
    }
  }
  return best_distance <= kTolerance ? best : nullptr;
}

int LabelPixels(const integration::ReceivedMedia::VideoPicture& picture, double cell_x,
                double cell_y, double cell_w, double cell_h) {
  // The label sits at the tile's bottom left: a dark box with white text.
  const int x0 = static_cast<int>((cell_x + 0.01 * cell_w) * picture.width);
  const int x1 = static_cast<int>((cell_x + 0.45 * cell_w) * picture.width);
  const int y0 = static_cast<int>((cell_y + 0.80 * cell_h) * picture.height);
  const int y1 = static_cast<int>((cell_y + 0.99 * cell_h) * picture.height);
  int bright = 0;
  for (int y = std::max(0, y0); y < std::min(picture.height, y1); ++y) {
    for (int x = std::max(0, x0); x < std::min(picture.width, x1); ++x) {
      if (picture.y[static_cast<size_t>(y) * static_cast<size_t>(picture.width) +
                    static_cast<size_t>(x)] >= kTextLuma) {
        ++bright;
      }
    }
  }
  return bright;
}

bool ShowsGrid(const integration::WebrtcbinPeer& peer, size_t self, std::string& why) {
  auto picture = peer.Media().LastPicture();
  std::ostringstream out;
  out << "receiver " << self << ": ";
  if (!picture) {
    why = out.str() + "no picture decoded yet";
    return false;
  }
  bool ok = true;
  out << picture->width << "x" << picture->height << ";";
  for (size_t tile = 0; tile < kColours.size(); ++tile) {
    const double cx = 0.5 * static_cast<double>(tile % 2);
    const double cy = 0.5 * static_cast<double>(tile / 2);
    const auto yuv = picture->MeanYuv(cx + 0.25, cy + 0.25, std::max(2, picture->width / 80));
    const Colour* seen = Nearest(yuv);
    const int label = LabelPixels(*picture, cx, cy, 0.5, 0.5);
    out << " tile " << tile << " yuv(" << yuv[0] << "," << yuv[1] << "," << yuv[2] << ")="
        << (seen != nullptr ? seen->name : "?") << " label " << label << ";";
    ok = ok && seen == &kColours[tile] && label >= picture->width * picture->height / kLabelPixelsPerCanvas;
  }
  why = out.str();
  return ok;
}

std::function<bool()> Throttled(std::function<bool()> check, std::chrono::milliseconds interval) {
  auto next = std::make_shared<std::chrono::steady_clock::time_point>();
  return [check = std::move(check), interval, next] {
    const auto now = std::chrono::steady_clock::now();
    if (now < *next) return false;
    *next = now + interval;
    return check();
  };
}

}  // namespace vc::tests::video
