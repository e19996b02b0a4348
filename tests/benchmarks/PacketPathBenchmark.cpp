// The per-packet work of the MCU's receive and send path, in isolation: classify, SRTP
// unprotect, parse, rewrite, SRTP protect. Figures and the command are in docs/benchmarks.md.
#include <benchmark/benchmark.h>

#include <array>
#include <vector>

#include "../common/util/TestDataFile.hpp"
#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtp/MutableRtpPacketView.hpp"
#include "common/rtp/PacketClassifier.hpp"
#include "common/rtp/RtpPacketView.hpp"
#include "mcu/srtp/SrtpSession.hpp"

namespace {
using vc::mcu::srtp::SrtpProfile;
using vc::mcu::srtp::SrtpSession;

std::vector<uint8_t> Packet(const char* name) {
  auto bytes = vc::test::ReadTestData(name);
  if (bytes.empty()) throw std::runtime_error(std::string("missing test data ") + name);
  return bytes;
}

void BM_ClassifyAndParseRtp(benchmark::State& state) {
  auto packet = Packet("rtp/vp8-twcc-1.bin");
  for (auto _ : state) {
    auto kind = vc::common::rtp::PacketClassifier::Classify(packet.data(), packet.size());
    auto view = vc::common::rtp::RtpPacketView::Parse(packet.data(), packet.size());
    benchmark::DoNotOptimize(kind);
    benchmark::DoNotOptimize(view);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ClassifyAndParseRtp);

void BM_WalkRtcpCompound(benchmark::State& state) {
  auto packet = Packet("rtcp/rr-sdes-pli-nack.bin");
  for (auto _ : state) {
    vc::common::rtcp::CompoundPacketReader reader({packet.data(), packet.size()});
    int count = 0;
    while (reader.Next()) ++count;
    benchmark::DoNotOptimize(count);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WalkRtcpCompound);

// One forwarded packet: unprotect (receiver side), rewrite the SSRC, protect again (sender side).
void BM_SrtpForward(benchmark::State& state) {
  const auto profile = static_cast<SrtpProfile>(state.range(0));
  const size_t payload = static_cast<size_t>(state.range(1));
  std::vector<uint8_t> key(vc::mcu::srtp::SrtpKeySaltLength(profile), 0x42);
  SrtpSession client_out(SrtpSession::Direction::kOutbound, profile, key);
  SrtpSession mcu_in(SrtpSession::Direction::kInbound, profile, key);
  SrtpSession mcu_out(SrtpSession::Direction::kOutbound, profile, key);
  std::array<uint8_t, 1500> buffer{};
  uint16_t sequence = 0;
  for (auto _ : state) {
    buffer.fill(0);
    buffer[0] = 0x80;
    buffer[1] = 96;
    buffer[2] = static_cast<uint8_t>(sequence >> 8);
    buffer[3] = static_cast<uint8_t>(sequence);
    buffer[11] = 1;  // SSRC 1
    ++sequence;
    size_t len = 12 + payload;
    client_out.ProtectRtp(buffer.data(), &len, buffer.size());
    mcu_in.UnprotectRtp(buffer.data(), &len);
    auto packet = vc::common::rtp::MutableRtpPacketView::Parse({buffer.data(), len});
    packet->SetSsrc(2);
    bool ok = mcu_out.ProtectRtp(buffer.data(), &len, buffer.size());
    benchmark::DoNotOptimize(ok);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * payload));
}
BENCHMARK(BM_SrtpForward)
    ->ArgNames({"gcm", "payload"})
    ->Args({static_cast<int>(SrtpProfile::kAes128CmSha1_80), 160})
    ->Args({static_cast<int>(SrtpProfile::kAes128CmSha1_80), 1100})
    ->Args({static_cast<int>(SrtpProfile::kAeadAes128Gcm), 160})
    ->Args({static_cast<int>(SrtpProfile::kAeadAes128Gcm), 1100});

}  // namespace

BENCHMARK_MAIN();
