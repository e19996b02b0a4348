#pragma once
// Tells each participant how fast it may send video: an UplinkRateEstimator per participant,
// fed by the sequence numbers of its main video (the negotiated VP8 payload type; content, RTX
// and audio are not counted), and a REMB (draft-alvestrand-rmcat-remb) back to it after every
// estimator window and at once when an admin changes its cap. The REMB names the sender's own
// video SSRC. The same for echo and conference rooms; it lives on the room's thread. It also
// counts the packets of the participant's content stream (the second video m-line), which the
// admin API shows, so an operator (and a test) can see that a share reaches the MCU.
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>

#include "mcu/room/UplinkRateEstimator.hpp"

namespace vc::mcu::room {

class Participant;

class UplinkRateControl {
 public:
  using Clock = UplinkRateEstimator::Clock;
  using Now = std::function<Clock::time_point()>;

  explicit UplinkRateControl(UplinkRateLimits limits = {}, Now now = &Clock::now);

  // Every RTP packet the participant sent (decrypted, before any rewriting).
  void OnRtp(Participant& participant, const uint8_t* data, size_t len);
  void Remove(const Participant& participant);

  // The admin's cap in kb/s (nullopt: none); the next packet sends a fresh REMB.
  void SetCap(Participant& participant, std::optional<int> kbps);
  std::optional<int> Cap(const Participant& participant) const;
  // The current estimate (kb/s), nullopt before the participant's first video packet.
  std::optional<int> EstimateKbps(const Participant& participant) const;
  // RTP packets received on the participant's content m-line (0 without one).
  uint64_t ContentPackets(const Participant& participant) const;

  // Builds the REMB compound packet (an empty RR, then the REMB) into `out`; returns its size,
  // or 0 when it does not fit. Public for tests.
  static size_t WriteRemb(std::span<uint8_t> out, uint32_t sender_ssrc, int kbps,
                          uint32_t media_ssrc);

 private:
  struct Sender {
    explicit Sender(const UplinkRateLimits& limits) : estimator(limits) {}
    UplinkRateEstimator estimator;
    std::optional<uint8_t> video_payload_type;  // learned from the negotiation
    std::optional<uint8_t> content_payload_type;
    uint64_t content_packets = 0;
    uint32_t own_ssrc = 0;  // the MCU's SSRC towards this participant
    bool report_now = false;
  };

  Sender* SenderOf(Participant& participant);
  void SendRemb(Participant& participant, Sender& sender);

  UplinkRateLimits limits_;
  Now now_;
  std::map<const Participant*, Sender> senders_;
  std::array<uint8_t, 64> rtcp_out_{};
};

}  // namespace vc::mcu::room
