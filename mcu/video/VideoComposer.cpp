#include "mcu/video/VideoComposer.hpp"

// STUB: replaced by the libyuv composer in a later commit.
namespace vc::mcu::video {
VideoComposer::VideoComposer(int width, int height, std::string font_family)
    : width_(width), height_(height), labeler_(std::move(font_family)) {}
std::shared_ptr<I420Frame> VideoComposer::Compose(const std::vector<TilePlacement>&,
                                                  const std::vector<ComposeSource>&,
                                                  std::optional<SourceId>) {
  auto canvas = I420Frame::Create(width_, height_);
  canvas->Fill(colours_.background_y, colours_.background_u, colours_.background_v);
  return canvas;
}
void VideoComposer::Forget(SourceId id) { cache_.erase(id); }
const I420Frame& VideoComposer::Scaled(const ComposeSource& source, const Rect&) {
  return *source.picture;
}
}  // namespace vc::mcu::video
