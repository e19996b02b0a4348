#pragma once
// RAII wrapper of a libopus encoder for one mix: 48 kHz mono, 20 ms frames, tuned for speech
// over poor links (VOIP application, in-band FEC on, DTX off because receivers expect a steady
// stream). The expected loss comes from the receivers' RTCP reports.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

struct OpusEncoder;

namespace vc::mcu::audio {

class OpusEncoder {
 public:
  // Throws OpusError when libopus refuses the settings.
  explicit OpusEncoder(int bitrate);
  ~OpusEncoder();
  OpusEncoder(const OpusEncoder&) = delete;
  OpusEncoder& operator=(const OpusEncoder&) = delete;

  // Encodes one 20 ms frame (kFrameSamples floats) into out (resized). False on failure.
  bool Encode(std::span<const float> pcm, std::vector<uint8_t>& out);
  // 0..100; only calls into libopus when the value changes.
  void SetPacketLossPercent(int percent);
  int packet_loss_percent() const { return loss_percent_; }
  // Samples of delay the encoder adds (a recording's Opus pre-skip).
  int Lookahead() const;

 private:
  struct Deleter {
    void operator()(::OpusEncoder* encoder) const;
  };
  // Allocated by this.
  std::unique_ptr<::OpusEncoder, Deleter> encoder_;
  int loss_percent_ = -1;
};

}  // namespace vc::mcu::audio
