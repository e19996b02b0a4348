#include "mcu/video/LayoutEngine.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace vc::mcu::video {
namespace {

std::vector<SourceId> Ids(size_t n) {
  std::vector<SourceId> ids(n);
  std::iota(ids.begin(), ids.end(), 100);
  return ids;
}

bool Overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

void ExpectSane(const std::vector<TilePlacement>& tiles, int w, int h) {
  for (size_t i = 0; i < tiles.size(); ++i) {
    const Rect& r = tiles[i].cell;
    EXPECT_GE(r.x, 0);
    EXPECT_GE(r.y, 0);
    EXPECT_LE(r.x + r.width, w);
    EXPECT_LE(r.y + r.height, h);
    EXPECT_GT(r.width, 0);
    EXPECT_EQ(r.x % 2 + r.y % 2 + r.width % 2 + r.height % 2, 0) << "odd rect " << i;
    for (size_t j = i + 1; j < tiles.size(); ++j) EXPECT_FALSE(Overlap(r, tiles[j].cell)) << i << "," << j;
  }
}

TEST(LayoutEngineTest, GridSizeByCount) {
  const std::vector<std::pair<size_t, int>> expected{
      {1, 1}, {2, 2}, {3, 2}, {4, 2}, {5, 3}, {9, 3}, {10, 4}, {16, 4}, {17, 5},
      {25, 5}, {26, 6}, {36, 6}, {37, 7}, {49, 7}, {50, 7}, {80, 7}};
  for (auto [n, cols] : expected) EXPECT_EQ(LayoutEngine::GridColumns(n), cols) << n;
}

TEST(LayoutEngineTest, TwoByTwoOn720p) {
  const auto tiles = LayoutEngine::Compute({}, Ids(4), std::nullopt, 1280, 720);
  ASSERT_EQ(tiles.size(), 4u);
  EXPECT_EQ(tiles[0].cell, (Rect{0, 0, 640, 360}));
  EXPECT_EQ(tiles[1].cell, (Rect{640, 0, 640, 360}));
  EXPECT_EQ(tiles[2].cell, (Rect{0, 360, 640, 360}));
  EXPECT_EQ(tiles[3].cell, (Rect{640, 360, 640, 360}));
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(tiles[i].source, 100 + i);  // join order
}

TEST(LayoutEngineTest, OneAndTwoSources) {
  auto one = LayoutEngine::Compute({}, Ids(1), std::nullopt, 1280, 720);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].cell, (Rect{0, 0, 1280, 720}));
  auto two = LayoutEngine::Compute({}, Ids(2), std::nullopt, 1280, 720);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].cell, (Rect{0, 180, 640, 360}));  // side by side, 16:9, centred
  EXPECT_EQ(two[1].cell, (Rect{640, 180, 640, 360}));
}

TEST(LayoutEngineTest, EveryGridSizeIsSaneAndCapsAt49) {
  for (size_t n : {3u, 5u, 9u, 12u, 16u, 25u, 30u, 36u, 49u, 50u, 60u}) {
    const auto tiles = LayoutEngine::Compute({}, Ids(n), std::nullopt, 1280, 720);
    EXPECT_EQ(tiles.size(), std::min<size_t>(n, 49)) << n;
    ExpectSane(tiles, 1280, 720);
  }
  const auto tiles = LayoutEngine::Compute({}, Ids(49), std::nullopt, 1280, 720);
  EXPECT_EQ(tiles[7].cell.y, tiles[0].cell.y + tiles[0].cell.height);  // 7 per row
}

TEST(LayoutEngineTest, SpeakerLargeWithFilmstrip) {
  Layout layout{Layout::kSpeaker, std::nullopt, std::nullopt};
  const auto tiles = LayoutEngine::Compute(layout, Ids(5), SourceId{102}, 1280, 720);
  ASSERT_EQ(tiles.size(), 5u);
  EXPECT_EQ(tiles[0].source, 102u);
  EXPECT_TRUE(tiles[0].large);
  EXPECT_EQ(tiles[0].cell, (Rect{0, 0, 1280, 540}));
  EXPECT_EQ(tiles[1].source, 100u);
  EXPECT_EQ(tiles[1].cell.height, 180);
  ExpectSane(tiles, 1280, 720);
  // A pinned presenter beats the active speaker; no speaker at all: the first to join.
  layout.presenter = 104;
  EXPECT_EQ(LayoutEngine::Compute(layout, Ids(5), SourceId{102}, 1280, 720)[0].source, 104u);
  EXPECT_EQ(LayoutEngine::Compute({Layout::kSpeaker}, Ids(5), std::nullopt, 1280, 720)[0].source, 100u);
}

TEST(LayoutEngineTest, PresenterAndContent) {
  Layout layout{Layout::kPresenter, SourceId{103}, SourceId{101}};
  const auto tiles = LayoutEngine::Compute(layout, Ids(4), std::nullopt, 1280, 720);
  ASSERT_EQ(tiles.size(), 4u);
  EXPECT_EQ(tiles[0].source, 101u);  // content large
  EXPECT_TRUE(tiles[0].large);
  EXPECT_EQ(tiles[1].source, 103u);  // the presenter first in the strip
  EXPECT_EQ(tiles[2].source, 100u);
  ExpectSane(tiles, 1280, 720);
  // Content gone: falls back to the presenter large.
  layout.content = 999;
  EXPECT_EQ(LayoutEngine::Compute(layout, Ids(4), std::nullopt, 1280, 720)[0].source, 103u);
}

TEST(LayoutEngineTest, FitLetterboxesAndPillarboxes) {
  // 16:9 into a square: letterbox.
  EXPECT_EQ(LayoutEngine::Fit({0, 0, 640, 640}, 1280, 720), (Rect{0, 140, 640, 360}));
  // 4:3 into 16:9: pillarbox.
  EXPECT_EQ(LayoutEngine::Fit({0, 0, 640, 360}, 640, 480), (Rect{80, 0, 480, 360}));
  // Same aspect: the whole cell.
  EXPECT_EQ(LayoutEngine::Fit({100, 50, 320, 180}, 1920, 1080), (Rect{100, 50, 320, 180}));
  // Portrait phone video.
  const Rect r = LayoutEngine::Fit({0, 0, 640, 360}, 360, 640);
  EXPECT_EQ(r.height, 360);
  EXPECT_EQ(r.width, 202);
  EXPECT_EQ(r.x % 2, 0);
}

TEST(LayoutEngineTest, Empty) { EXPECT_TRUE(LayoutEngine::Compute({}, {}, std::nullopt, 1280, 720).empty()); }

}  // namespace
}  // namespace vc::mcu::video
