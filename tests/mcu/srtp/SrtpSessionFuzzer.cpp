// Fuzzes SrtpSession::UnprotectRtp/UnprotectRtcp with arbitrary bytes for both profiles.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "mcu/srtp/SrtpSession.hpp"

using vc::mcu::srtp::SrtpProfile;
using vc::mcu::srtp::SrtpSession;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<uint8_t> key(30, 0x5a);
  static SrtpSession cm(SrtpSession::Direction::kInbound, SrtpProfile::kAes128CmSha1_80, key);
  static SrtpSession gcm(SrtpSession::Direction::kInbound, SrtpProfile::kAeadAes128Gcm,
                         std::span<const uint8_t>(key).first(28));
  for (SrtpSession* session : {&cm, &gcm}) {
    std::vector<uint8_t> buffer(data, data + size);
    size_t len = buffer.size();
    session->UnprotectRtp(buffer.data(), &len);
    buffer.assign(data, data + size);
    len = buffer.size();
    session->UnprotectRtcp(buffer.data(), &len);
  }
  return 0;
}
