#pragma once
// RAII wrapper of a libopus decoder fixed at 48 kHz mono (stereo senders are downmixed by
// libopus). Packet-loss concealment and in-band FEC recovery are separate calls so the caller,
// who knows what the jitter buffer handed out, picks one. Decode failures return 0, never throw.
#include <cstdint>
#include <memory>
#include <span>

struct OpusDecoder;

namespace vc::mcu::audio {

class OpusDecoder {
 public:
  // Throws OpusError when libopus cannot create the decoder.
  OpusDecoder();
  ~OpusDecoder();
  OpusDecoder(const OpusDecoder&) = delete;
  OpusDecoder& operator=(const OpusDecoder&) = delete;

  // 48 kHz samples in an Opus packet, or 0 when it is not a valid packet (checks the TOC only).
  static int PacketSamples(std::span<const uint8_t> packet);

  // Decodes a whole packet into pcm (room for PacketSamples); returns the samples written or 0.
  int Decode(std::span<const uint8_t> packet, std::span<float> pcm);
  // Rebuilds the pcm.size() samples lost just before next_packet from its in-band FEC (libopus
  // conceals whatever the FEC does not cover). Returns the samples written or 0.
  int DecodeFec(std::span<const uint8_t> next_packet, std::span<float> pcm);
  // Packet-loss concealment of pcm.size() samples (a multiple of 2.5 ms).
  int Conceal(std::span<float> pcm);
  // Forget the history, e.g. before decoding again after a stretch of skipped packets.
  void Reset();

 private:
  struct Deleter {
    void operator()(::OpusDecoder* decoder) const;
  };
  // Allocated by this.
  std::unique_ptr<::OpusDecoder, Deleter> decoder_;
};

}  // namespace vc::mcu::audio
