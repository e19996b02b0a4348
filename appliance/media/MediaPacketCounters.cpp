#include "appliance/media/MediaPacketCounters.hpp"

namespace vc::appliance::media {
namespace {

GstPadProbeReturn CountProbe(GstPad*, GstPadProbeInfo* info, gpointer counter_pointer) {
  auto* counter = static_cast<std::atomic<uint64_t>*>(counter_pointer);
  uint64_t count = 0;
  if ((GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_BUFFER) != 0) {
    count = 1;
  } else if ((GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_BUFFER_LIST) != 0) {
    count = gst_buffer_list_length(GST_PAD_PROBE_INFO_BUFFER_LIST(info));
  }
  counter->fetch_add(count, std::memory_order_relaxed);
  return GST_PAD_PROBE_OK;
}

}  // namespace

void MediaPacketCounters::Reset() {
  for (auto* counter : {&audio_in, &video_in, &audio_out, &video_out, &content_out, &frames_shown}) {
    counter->store(0, std::memory_order_relaxed);
  }
}

MediaCounters MediaPacketCounters::Snapshot() const {
  MediaCounters counters;
  counters.audio_packets_in = audio_in.load(std::memory_order_relaxed);
  counters.video_packets_in = video_in.load(std::memory_order_relaxed);
  counters.audio_packets_out = audio_out.load(std::memory_order_relaxed);
  counters.video_packets_out = video_out.load(std::memory_order_relaxed);
  counters.video_frames_shown = frames_shown.load(std::memory_order_relaxed);
  return counters;
}

void MediaPacketCounters::CountOn(GstPad* pad, std::atomic<uint64_t>* counter) {
  gst_pad_add_probe(pad,
                    static_cast<GstPadProbeType>(GST_PAD_PROBE_TYPE_BUFFER |
                                                 GST_PAD_PROBE_TYPE_BUFFER_LIST),
                    &CountProbe, counter, nullptr);
}

}  // namespace vc::appliance::media
