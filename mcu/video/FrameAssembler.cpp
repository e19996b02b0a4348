#include "mcu/video/FrameAssembler.hpp"

// STUB: replaced by the real assembler in the next commit.
namespace vc::mcu::video {
FrameAssembler::FrameAssembler(FrameAssemblerConfig config) : config_(config) {}
void FrameAssembler::Insert(const RtpVideoPacket&) {}
std::optional<EncodedFrame> FrameAssembler::PopFrame() { return std::nullopt; }
std::vector<uint16_t> FrameAssembler::TakeNacks(Clock::time_point) { return {}; }
bool FrameAssembler::TakeKeyframeRequest(Clock::time_point) { return false; }
void FrameAssembler::RequestKeyframe() {}
void FrameAssembler::SetRtt(std::chrono::milliseconds rtt) { config_.rtt = rtt; }
}  // namespace vc::mcu::video
