// Fuzzes DtlsTransport::ReceiveData: the input is a sequence of datagrams, each prefixed by a
// 2-byte big-endian length; the first byte picks the role. Nothing may crash, leak or hang.
#include <cstddef>
#include <cstdint>

#include "mcu/dtls/DtlsTransport.hpp"

namespace {

using vc::mcu::dtls::Certificate;
using vc::mcu::dtls::DtlsTransport;
using vc::mcu::dtls::SrtpKeyMaterial;

class NullListener : public DtlsTransport::Listener {
 public:
  void OnDtlsTransportSendData(DtlsTransport*, const uint8_t*, size_t) override {}
  void OnDtlsTransportConnected(DtlsTransport*, const SrtpKeyMaterial&) override {}
  void OnDtlsTransportFailed(DtlsTransport*, const std::string&) override {}
  void OnDtlsTransportClosed(DtlsTransport*) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto certificate = Certificate::Generate();  // Key generation is slow: once.
  static const auto fingerprint = Certificate::Generate()->FingerprintSha256();
  if (size < 1) return 0;
  NullListener listener;
  DtlsTransport transport(certificate, listener);
  const auto role =
      (data[0] & 1) != 0 ? DtlsTransport::Role::kClient : DtlsTransport::Role::kServer;
  const bool start_late = (data[0] & 2) != 0;  // Exercise the pre-Start buffer too.
  if (!start_late) transport.Start(role, "sha-256", fingerprint);
  size_t at = 1;
  while (at + 2 <= size) {
    const size_t len = std::min<size_t>((size_t{data[at]} << 8) | data[at + 1], size - at - 2);
    transport.ReceiveData(data + at + 2, len);
    at += 2 + len;
  }
  if (start_late) transport.Start(role, "sha-256", fingerprint);
  transport.HandleTimeout();
  return 0;
}
