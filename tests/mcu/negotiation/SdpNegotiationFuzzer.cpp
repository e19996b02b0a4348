// libFuzzer target: any bytes through ParseSdp and Negotiate. Neither may crash; what parses must
// survive WriteSdp -> ParseSdp, and every answer we produce must parse and keep one m= section
// per offered one.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/sdp/SdpError.hpp"
#include "common/sdp/SdpParser.hpp"
#include "common/sdp/SdpWriter.hpp"
#include "mcu/negotiation/Negotiation.hpp"

namespace {

vc::mcu::negotiation::LocalParameters Local() {
  vc::mcu::negotiation::LocalParameters local;
  local.ice_ufrag = "mcuU";
  local.ice_pwd = "mcupasswordmcupassword12";
  local.fingerprint_sha256 = "5E:6F:0A:12";
  local.cname = "vc-mcu";
  local.audio_ssrc = 1;
  local.video_ssrc = 2;
  local.video_rtx_ssrc = 3;
  local.address = "127.0.0.1";
  return local;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vc::common::sdp;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t media_count = 0;
  try {
    SessionDescription parsed = ParseSdp(text);
    media_count = parsed.media.size();
    std::string written = WriteSdp(parsed);
    if (ParseSdp(written).media.size() != media_count) __builtin_trap();
  } catch (const SdpError&) {
    return 0;
  }
  static const auto local = Local();
  try {
    auto negotiation = vc::mcu::negotiation::Negotiate(text, local);
    if (ParseSdp(negotiation.answer_sdp).media.size() != media_count) __builtin_trap();
  } catch (const vc::mcu::negotiation::NegotiationError&) {
  }
  return 0;
}
