#pragma once
// Reading the MCU's composite in tests: the solid colours the test peers send, which one a
// sampled pixel area shows, and whether a decoded picture is the 2x2 grid of the four peers in
// join order with a name label on each tile.
#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "tests/integration/WebrtcbinPeer.hpp"

namespace vc::tests::video {

struct Colour {
  const char* name;
  uint32_t argb;   // videotestsrc foreground-color
  std::string site;  // the display name the peer joins with
  std::array<int, 3> yuv;  // BT.601 limited range
};

// Red, green, blue, magenta; Vietnamese site names (diacritics on the labels).
extern const std::array<Colour, 4> kColours;

// The colour of kColours closest to `yuv`, or nullptr when none is within a codec's tolerance.
const Colour* Nearest(const std::array<int, 3>& yuv);

// Whether the last picture `peer` decoded is the 2x2 grid of kColours (join order), the
// receiver's own index included, with label pixels (bright text) at each tile's bottom left.
// `why` says what was missing.
bool ShowsGrid(const integration::WebrtcbinPeer& peer, size_t self, std::string& why);

// Bright (text) pixels in a tile's label area; cell in 0..1 canvas units.
int LabelPixels(const integration::ReceivedMedia::VideoPicture& picture, double cell_x,
                double cell_y, double cell_w, double cell_h);

// Wraps a predicate so that it is evaluated at most every `interval` (pixel checks copy frames).
std::function<bool()> Throttled(std::function<bool()> check,
                                std::chrono::milliseconds interval = std::chrono::milliseconds(200));

}  // namespace vc::tests::video
