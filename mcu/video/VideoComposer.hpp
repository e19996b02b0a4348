#pragma once
// Composes one canvas from tile placements: each source's latest picture scaled (libyuv, box
// filter) to fit its tile with letterboxing, a plain tile with the name for a source without
// a picture, a name label on every tile, a highlight border around the active speaker. The
// scaled picture of a source is cached until the source publishes a new one (a 15 fps source
// is scaled once per two 30 fps ticks; a stalled one never again). Not thread-safe.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "mcu/video/I420Frame.hpp"
#include "mcu/video/LayoutEngine.hpp"
#include "mcu/video/TileLabeler.hpp"

namespace vc::mcu::video {

struct ComposeSource {
  SourceId id = 0;
  std::string name;
  std::shared_ptr<const I420Frame> picture;  // nullptr: nothing decoded yet
};

struct ComposerColours {
  uint8_t background_y = 16, background_u = 128, background_v = 128;  // black
  uint8_t tile_y = 60, tile_u = 140, tile_v = 120;                    // slate (no video)
  uint8_t border_y = 170, border_u = 44, border_v = 142;             // green-yellow highlight
};

class VideoComposer {
 public:
  VideoComposer(int width, int height, std::string font_family = "Noto Sans");

  // A fresh canvas (the previous one may still be in an encoder's hands).
  std::shared_ptr<I420Frame> Compose(const std::vector<TilePlacement>& tiles,
                                     const std::vector<ComposeSource>& sources,
                                     std::optional<SourceId> active_speaker);
  // Forget a source's cached tile (it left).
  void Forget(SourceId id);

  int width() const { return width_; }
  int height() const { return height_; }
  uint64_t scales() const { return scales_; }  // cache misses
  static constexpr int kBorder = 4;
  const ComposerColours& colours() const { return colours_; }
  TileLabeler& labeler() { return labeler_; }

 private:
  struct CachedTile {
    const I420Frame* source_picture = nullptr;  // identity of the picture it was scaled from
    std::shared_ptr<const I420Frame> keep_alive;
    std::shared_ptr<I420Frame> scaled;
  };
  const I420Frame& Scaled(const ComposeSource& source, const Rect& fit);

  int width_;
  int height_;
  ComposerColours colours_;
  TileLabeler labeler_;
  std::unordered_map<SourceId, CachedTile> cache_;
  uint64_t scales_ = 0;
};

}  // namespace vc::mcu::video
