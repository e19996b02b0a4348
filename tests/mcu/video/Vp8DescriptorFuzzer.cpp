// Fuzzes the RFC 7741 payload descriptor parser and the keyframe header read behind it.
#include <cstddef>
#include <cstdint>
#include <span>

#include "mcu/video/Vp8Depacketizer.hpp"

using namespace vc::mcu::video;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto view = Vp8Depacketizer::Parse(std::span<const uint8_t>(data, size));
  if (!view) return 0;
  // The view stays inside the input and is never empty.
  if (view->vp8.empty() || view->vp8.data() < data || view->vp8.data() + view->vp8.size() > data + size)
    __builtin_trap();
  if (view->descriptor_size + view->vp8.size() != size) __builtin_trap();
  (void)view->IsKeyframe();
  (void)view->KeyframeSize();
  return 0;
}
