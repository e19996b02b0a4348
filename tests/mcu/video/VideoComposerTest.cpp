// Pixel sampling on composed canvases: colours land in their tile rectangles, letterbox bars stay
// background, labels put text pixels in the label strip, a source without video gets a plain
// named tile, the active speaker a border; scaled tiles are cached until a new picture.
#include "mcu/video/VideoComposer.hpp"

#include <gtest/gtest.h>

#include "VideoTestFrames.hpp"

namespace vc::mcu::video {
namespace {

using test::Yuv;

struct Sample {
  int y, u, v;
};
Sample At(const I420Frame& f, int x, int y) {
  return {f.data_y()[y * f.stride_y() + x], f.data_u()[(y / 2) * f.stride_uv() + x / 2],
          f.data_v()[(y / 2) * f.stride_uv() + x / 2]};
}
void ExpectColour(const I420Frame& f, int x, int y, Yuv c, const char* what) {
  const Sample s = At(f, x, y);
  EXPECT_NEAR(s.y, c.y, 3) << what << " at " << x << "," << y;
  EXPECT_NEAR(s.u, c.u, 3) << what << " at " << x << "," << y;
  EXPECT_NEAR(s.v, c.v, 3) << what << " at " << x << "," << y;
}
// Pixels in `r` that are near-white luma (text).
int BrightPixels(const I420Frame& f, const Rect& r) {
  int n = 0;
  for (int y = r.y; y < r.y + r.height; ++y)
    for (int x = r.x; x < r.x + r.width; ++x) n += f.data_y()[y * f.stride_y() + x] > 200;
  return n;
}

class VideoComposerTest : public ::testing::Test {
 protected:
  VideoComposer composer_{1280, 720};
};

TEST_F(VideoComposerTest, FourColoursInTheirTilesWithLabels) {
  const Yuv colours[] = {test::kRed, test::kGreen, test::kBlue, test::kYellow};
  std::vector<ComposeSource> sources;
  std::vector<SourceId> ids;
  for (SourceId i = 0; i < 4; ++i) {
    sources.push_back({i, "Phòng GD&ĐT số " + std::to_string(i + 1), test::Solid(640, 360, colours[i])});
    ids.push_back(i);
  }
  const auto tiles = LayoutEngine::Compute({}, ids, std::nullopt, 1280, 720);
  const auto canvas = composer_.Compose(tiles, sources, std::nullopt);
  for (SourceId i = 0; i < 4; ++i) {
    const Rect& r = tiles[i].cell;
    // Centre and the top-right corner area: the source's colour, away from the label.
    ExpectColour(*canvas, r.x + r.width / 2, r.y + r.height / 2, colours[i], "centre");
    ExpectColour(*canvas, r.x + r.width - 20, r.y + 20, colours[i], "top right");
    // The label strip (bottom-left) has text pixels; the top strip has none.
    EXPECT_GT(BrightPixels(*canvas, {r.x, r.y + r.height - 50, r.width / 2, 50}), 80) << i;
    if (colours[i].y < 200) {
      EXPECT_EQ(BrightPixels(*canvas, {r.x, r.y + 4, r.width, 40}), 0) << i;
    }
  }
}

TEST_F(VideoComposerTest, LetterboxKeepsAspect) {
  // A 4:3 source in a 16:9 full-canvas tile: pillarbox bars left and right stay background.
  std::vector<ComposeSource> sources{{7, "", test::Solid(640, 480, test::kGreen)}};
  const auto tiles = LayoutEngine::Compute({}, {7}, std::nullopt, 1280, 720);
  const auto canvas = composer_.Compose(tiles, sources, std::nullopt);
  const ComposerColours& c = composer_.colours();
  const Yuv bg{c.background_y, c.background_u, c.background_v};
  ExpectColour(*canvas, 100, 360, bg, "left bar");
  ExpectColour(*canvas, 1180, 360, bg, "right bar");
  ExpectColour(*canvas, 640, 360, test::kGreen, "picture");
  // The picture is 4:3: (720 - 4) * 4 / 3 wide, centred.
  ExpectColour(*canvas, 640 - 470, 360, test::kGreen, "picture left edge");
  ExpectColour(*canvas, 640 - 485, 360, bg, "just outside");
}

TEST_F(VideoComposerTest, SourceWithoutVideoShowsItsNameOnAPlainTile) {
  std::vector<ComposeSource> sources{{1, "Trường THPT Lê Quý Đôn", nullptr},
                                     {2, "B", test::Solid(640, 360, test::kBlue)}};
  const auto tiles = LayoutEngine::Compute({}, {1, 2}, std::nullopt, 1280, 720);
  const auto canvas = composer_.Compose(tiles, sources, std::nullopt);
  const ComposerColours& c = composer_.colours();
  const Rect& r = tiles[0].cell;
  ExpectColour(*canvas, r.x + 20, r.y + 20, {c.tile_y, c.tile_u, c.tile_v}, "plain tile");
  EXPECT_GT(BrightPixels(*canvas, {r.x, r.y + r.height / 3, r.width, r.height / 3}), 200);
}

TEST_F(VideoComposerTest, ActiveSpeakerGetsABorder) {
  std::vector<ComposeSource> sources{{1, "", test::Solid(640, 360, test::kRed)},
                                     {2, "", test::Solid(640, 360, test::kRed)}};
  const auto tiles = LayoutEngine::Compute({}, {1, 2}, std::nullopt, 1280, 720);
  const auto canvas = composer_.Compose(tiles, sources, SourceId{2});
  const ComposerColours& c = composer_.colours();
  const Yuv border{c.border_y, c.border_u, c.border_v};
  const Rect& a = tiles[0].cell;
  const Rect& b = tiles[1].cell;
  ExpectColour(*canvas, b.x + 4, b.y + b.height / 2, border, "speaker's left edge");
  ExpectColour(*canvas, a.x + 4, a.y + a.height / 2, test::kRed, "other tile's edge");
}

TEST_F(VideoComposerTest, ScaledTileIsCachedUntilANewPicture) {
  auto picture = test::Solid(640, 360, test::kRed);
  std::vector<ComposeSource> sources{{1, "x", picture}, {2, "y", test::Solid(640, 360, test::kBlue)}};
  const auto tiles = LayoutEngine::Compute({}, {1, 2, 3, 4}, std::nullopt, 1280, 720);
  composer_.Compose(tiles, sources, std::nullopt);
  EXPECT_EQ(composer_.scales(), 2u);
  composer_.Compose(tiles, sources, std::nullopt);
  EXPECT_EQ(composer_.scales(), 2u);
  sources[0].picture = test::Solid(640, 360, test::kGreen);
  const auto canvas = composer_.Compose(tiles, sources, std::nullopt);
  EXPECT_EQ(composer_.scales(), 3u);
  ExpectColour(*canvas, 320, 180, test::kGreen, "new picture");
  // The labels were rendered once per name.
  EXPECT_EQ(composer_.labeler().renders(), 2u);
}

TEST(TileLabelerTest, NotoSansRendersVietnameseDiacritics) {
  TileLabeler labeler;
  EXPECT_EQ(labeler.ResolvedFamily(), "Noto Sans");
  const LabelMask& plain = labeler.Mask("E", 40, 0);
  const LabelMask& marked = labeler.Mask("Ệ", 40, 0);  // circumflex above, dot below
  ASSERT_GT(plain.width, 0);
  ASSERT_EQ(plain.height, marked.height);  // one line of the same font
  auto ink = [](const LabelMask& m, int rows_from, int rows_to) {
    int n = 0;
    for (int y = rows_from; y < rows_to; ++y)
      for (int x = 0; x < m.width; ++x) n += m.alpha[static_cast<size_t>(y * m.width + x)] > 128;
    return n;
  };
  // Find where the plain E's ink starts; the circumflex and tilde sit above it, the dot below.
  int top = 0;
  while (top < plain.height && ink(plain, top, top + 1) == 0) ++top;
  int bottom = plain.height;
  while (bottom > 0 && ink(plain, bottom - 1, bottom) == 0) --bottom;
  EXPECT_GT(ink(marked, 0, top), 20) << "marks above the letter";
  EXPECT_GT(ink(marked, bottom, marked.height), 5) << "dot below the letter";
  EXPECT_EQ(ink(plain, 0, top), 0);
  // Whole names: diacritics change the pixels; the same text hits the cache.
  const size_t before = labeler.renders();
  const LabelMask a = labeler.Mask("Phòng Giáo dục Hà Nội", 24, 0);
  const LabelMask b = labeler.Mask("Phong Giao duc Ha Noi", 24, 0);
  EXPECT_NE(a.alpha, b.alpha);
  labeler.Mask("Phòng Giáo dục Hà Nội", 24, 0);
  EXPECT_EQ(labeler.renders(), before + 2);
  // Invalid UTF-8 and long names do not break it.
  EXPECT_GT(labeler.Mask(std::string("\xff\xfe bad", 6), 20, 0).width, 0);
  EXPECT_LE(labeler.Mask(std::string(500, 'W'), 20, 200).width, 200);
}

}  // namespace
}  // namespace vc::mcu::video
