#pragma once
// Test harness: a DtlsTransport with a Listener that records what it emits, and a pump that
// carries the queued datagrams between two peers (never from inside a callback).
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mcu/dtls/Certificate.hpp"
#include "mcu/dtls/DtlsTransport.hpp"

namespace vc::mcu::dtls::test {

class DtlsTestPeer : public DtlsTransport::Listener {
 public:
  explicit DtlsTestPeer(DtlsTransport::Options options = {})
      : certificate(Certificate::Generate()),
        transport(std::make_unique<DtlsTransport>(certificate, *this, std::move(options))) {}

  void OnDtlsTransportSendData(DtlsTransport*, const uint8_t* data, size_t len) override {
    max_datagram = std::max(max_datagram, len);
    outbox.emplace_back(data, data + len);
  }
  void OnDtlsTransportConnected(DtlsTransport*, const SrtpKeyMaterial& material) override {
    keys = material;
  }
  void OnDtlsTransportFailed(DtlsTransport*, const std::string& reason) override {
    failure = reason;
  }
  void OnDtlsTransportClosed(DtlsTransport*) override { closed = true; }

  std::shared_ptr<const Certificate> certificate;
  std::unique_ptr<DtlsTransport> transport;
  std::deque<std::vector<uint8_t>> outbox;
  std::optional<SrtpKeyMaterial> keys;
  std::optional<std::string> failure;
  bool closed = false;
  size_t max_datagram = 0;
};

// Delivers queued datagrams both ways until both outboxes are empty. Returns datagrams carried.
inline size_t Pump(DtlsTestPeer& a, DtlsTestPeer& b) {
  size_t carried = 0;
  for (int round = 0; round < 100 && (!a.outbox.empty() || !b.outbox.empty()); ++round) {
    auto from_a = std::move(a.outbox);
    a.outbox.clear();
    for (const auto& d : from_a) b.transport->ReceiveData(d.data(), d.size());
    auto from_b = std::move(b.outbox);
    b.outbox.clear();
    for (const auto& d : from_b) a.transport->ReceiveData(d.data(), d.size());
    carried += from_a.size() + from_b.size();
  }
  return carried;
}

inline void StartPair(DtlsTestPeer& client, DtlsTestPeer& server) {
  server.transport->Start(DtlsTransport::Role::kServer, "sha-256",
                          client.certificate->FingerprintSha256());
  client.transport->Start(DtlsTransport::Role::kClient, "sha-256",
                          server.certificate->FingerprintSha256());
}

}  // namespace vc::mcu::dtls::test
