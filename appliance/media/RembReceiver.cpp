#include "appliance/media/RembReceiver.hpp"

#include <algorithm>
#include <array>

#include "common/rtcp/CommonHeader.hpp"
#include "common/rtcp/Remb.hpp"
#include "common/util/ByteOrder.hpp"

namespace vc::appliance::media {
namespace {
constexpr unsigned kPayloadFeedback = 206;
constexpr unsigned kApplicationLayer = 15;
constexpr size_t kFeedbackHeader = 12;
constexpr size_t kMaxFci = 16 + 4 * 255;  // 'REMB', count/bitrate, up to 255 SSRCs
}  // namespace

RembReceiver::RembReceiver(Callback callback) : callback_(std::move(callback)) {}

RembReceiver::~RembReceiver() {
  std::lock_guard lock(mutex_);
  if (session_ != nullptr) {
    g_signal_handlers_disconnect_by_data(session_, this);
    g_object_unref(session_);
    session_ = nullptr;
  }
}

bool RembReceiver::Attach(GstElement* webrtc) {
  std::lock_guard lock(mutex_);
  if (session_ != nullptr) return true;
  if (webrtc == nullptr || !GST_IS_BIN(webrtc)) return false;
  GstElement* rtpbin = gst_bin_get_by_name(GST_BIN(webrtc), "rtpbin");
  if (rtpbin == nullptr) return false;
  GObject* session = nullptr;
  g_signal_emit_by_name(rtpbin, "get-internal-session", 0u, &session);
  gst_object_unref(rtpbin);
  if (session == nullptr) return false;
  session_ = session;  // the signal returned a reference
  g_signal_connect(session_, "on-feedback-rtcp", G_CALLBACK(&RembReceiver::OnFeedback), this);
  return true;
}

std::optional<uint64_t> RembReceiver::ParseRemb(unsigned type, unsigned format,
                                                uint32_t sender_ssrc, uint32_t media_ssrc,
                                                std::span<const uint8_t> fci) {
  if (type != kPayloadFeedback || format != kApplicationLayer) return std::nullopt;
  if (fci.size() > kMaxFci || fci.size() % 4 != 0) return std::nullopt;
  // The session hands over the parts; common/rtcp reads whole packets: put it back together.
  std::array<uint8_t, kFeedbackHeader + kMaxFci> packet{};
  const size_t size = kFeedbackHeader + fci.size();
  if (!common::rtcp::CommonHeader::Write(packet, static_cast<uint8_t>(format),
                                         static_cast<uint8_t>(type), size)) {
    return std::nullopt;
  }
  common::util::WriteU32(packet.data() + 4, sender_ssrc);
  common::util::WriteU32(packet.data() + 8, media_ssrc);
  std::copy(fci.begin(), fci.end(), packet.begin() + kFeedbackHeader);
  auto header = common::rtcp::CommonHeader::Parse(std::span<const uint8_t>(packet.data(), size));
  if (!header) return std::nullopt;
  auto remb = common::rtcp::Remb::Parse(*header);
  if (!remb) return std::nullopt;
  return remb->BitrateBps();
}

void RembReceiver::OnFeedback(GObject*, guint type, guint format, guint sender_ssrc,
                              guint media_ssrc, GstBuffer* fci, gpointer self_pointer) {
  if (fci == nullptr || type != kPayloadFeedback || format != kApplicationLayer) return;
  GstMapInfo map;
  if (!gst_buffer_map(fci, &map, GST_MAP_READ)) return;
  auto bitrate = ParseRemb(type, format, sender_ssrc, media_ssrc,
                           std::span<const uint8_t>(map.data, map.size));
  gst_buffer_unmap(fci, &map);
  auto* self = static_cast<RembReceiver*>(self_pointer);
  if (bitrate && self->callback_) self->callback_(*bitrate);
}

}  // namespace vc::appliance::media
