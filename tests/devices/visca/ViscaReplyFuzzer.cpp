// libFuzzer target: everything that reads bytes from the network in the VISCA driver and the
// emulator: datagram framing, replies, control payloads, inquiry data, and the emulated
// camera's command decoder (its Apply must accept whatever Decide produced).
#include <cstddef>
#include <cstdint>
#include <span>

#include "devices/visca/ViscaPacket.hpp"
#include "devices/visca/ViscaReply.hpp"
#include "devices/visca/ViscaSimCamera.hpp"

using namespace vc::devices::visca;

namespace {

void ParseAsReply(std::span<const uint8_t> bytes, volatile uint64_t& sink) {
  if (auto reply = ParseReply(bytes)) {
    sink = sink + reply->socket + reply->data.size();
    if (reply->kind == ReplyKind::kError) sink = sink + ErrorReplyResult(reply->error).message.size();
    if (auto power = ParsePowerData(reply->data)) sink = sink + static_cast<int>(*power);
    if (auto position = ParsePanTiltPositionData(reply->data)) sink = sink + position->pan + position->tilt;
    if (auto zoom = ParseZoomPositionData(reply->data)) sink = sink + *zoom;
    // Re-encoding a completion must parse back to the same data.
    if (reply->kind == ReplyKind::kCompletion) {
      auto again = ParseReply(EncodeCompletion(reply->socket, reply->data));
      if (!again || again->data != reply->data) __builtin_trap();
    }
  }
  if (auto control = ParseControl(bytes)) sink = sink + static_cast<int>(*control);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  volatile uint64_t sink = 0;
  const std::span<const uint8_t> input(data, size);
  ParseAsReply(input, sink);
  if (auto packet = ParsePacket(input)) {
    sink = sink + packet->sequence;
    ParseAsReply(packet->payload, sink);
    ViscaSimCamera camera;
    const auto decision = camera.Decide(packet->type, packet->payload);
    if (decision.kind == ViscaSimCamera::Decision::Kind::kDoneNow ||
        decision.kind == ViscaSimCamera::Decision::Kind::kDoneAfterMove) {
      sink = sink + camera.Apply(decision.change).size();
    }
    const Bytes encoded = EncodePacket(packet->type, packet->sequence, packet->payload);
    if (encoded.size() != size) __builtin_trap();  // framing round-trips
  }
  return 0;
}
