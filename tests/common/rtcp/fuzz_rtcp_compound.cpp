// libFuzzer target: walks a compound RTCP datagram and hands every packet to every parser (each
// must refuse what is not its type), reading all that the views expose.
#include <cstddef>
#include <cstdint>

#include "common/rtcp/Bye.hpp"
#include "common/rtcp/CompoundPacketReader.hpp"
#include "common/rtcp/Fir.hpp"
#include "common/rtcp/Nack.hpp"
#include "common/rtcp/Pli.hpp"
#include "common/rtcp/ReceiverReport.hpp"
#include "common/rtcp/Remb.hpp"
#include "common/rtcp/Sdes.hpp"
#include "common/rtcp/SenderReport.hpp"
#include "common/rtcp/TransportFeedback.hpp"

using namespace vc::common::rtcp;

namespace {

volatile uint64_t sink = 0;

void Consume(const ReportBlockList& blocks) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    const ReportBlock block = blocks[i];
    sink = sink + block.source_ssrc + block.cumulative_lost + block.jitter;
  }
}

void ParseAll(const CommonHeader& header) {
  if (auto sr = SenderReport::Parse(header)) {
    sink = sink + sr->Info().ntp_timestamp;
    Consume(sr->ReportBlocks());
  }
  if (auto rr = ReceiverReport::Parse(header)) Consume(rr->ReportBlocks());
  if (auto sdes = Sdes::Parse(header)) {
    sdes->ForEachItem([](uint32_t ssrc, uint8_t type, std::string_view text) {
      sink = sink + ssrc + type + text.size() + (text.empty() ? 0 : text.back());
    });
    if (auto cname = sdes->Cname()) sink = sink + cname->size();
  }
  if (auto bye = Bye::Parse(header)) {
    for (size_t i = 0; i < bye->SsrcCount(); ++i) sink = sink + bye->Ssrc(i);
    if (auto reason = bye->Reason(); reason && !reason->empty()) sink = sink + reason->back();
  }
  if (auto nack = Nack::Parse(header)) {
    nack->ForEachLost([](uint16_t seq) { sink = sink + seq; });
  }
  if (auto pli = Pli::Parse(header)) sink = sink + pli->MediaSsrc();
  if (auto fir = Fir::Parse(header)) {
    for (size_t i = 0; i < fir->EntryCount(); ++i) sink = sink + fir->Entry(i).ssrc;
  }
  if (auto remb = Remb::Parse(header)) {
    sink = sink + remb->BitrateBps();
    for (size_t i = 0; i < remb->SsrcCount(); ++i) sink = sink + remb->Ssrc(i);
  }
  if (auto feedback = TransportFeedback::Parse(header)) {
    size_t visited = 0;
    feedback->ForEachPacket([&](const TransportPacketResult& r) {
      sink = sink + r.sequence_number + static_cast<uint64_t>(r.delta_us);
      ++visited;
    });
    if (visited != feedback->PacketStatusCount()) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  CompoundPacketReader reader({data, size});
  while (auto header = reader.Next()) {
    if (header->Packet().data() < data ||
        header->Packet().data() + header->PacketSize() > data + size) {
      __builtin_trap();  // A packet view must stay inside the datagram.
    }
    ParseAll(*header);
  }
  return 0;
}
