#pragma once
// Synthetic audio for the mixer tests: tone senders that encode with libopus and build the
// AudioPacket a transport would hand over, a receiver-side decoder, and a Goertzel tone meter.
#include <opus/opus.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "mcu/audio/AudioMixer.hpp"

namespace vc::mcu::audio::test {

// Amplitude (0..1) of the frequency component freq in pcm (48 kHz), by Goertzel.
double ToneAmplitude(std::span<const float> pcm, double frequency);
// Amplitude for a level in dBov of a sine (RMS = amplitude / sqrt 2).
double SineAmplitudeForDbov(double dbov);

class ToneSender {
 public:
  // frame_ms: 10, 20, 40 or 60. with_level: put the RFC 6464 level in the packets.
  ToneSender(double frequency, double amplitude, int frame_ms = 20, bool with_level = true,
             int channels = 1);
  ~ToneSender();
  ToneSender(const ToneSender&) = delete;
  ToneSender& operator=(const ToneSender&) = delete;

  // The next packet; its payload stays valid until the next call.
  AudioPacket Next(Clock::time_point arrival);
  void set_amplitude(double amplitude) { amplitude_ = amplitude; }
  // In-band FEC (on by default, 10% expected loss).
  void set_fec(bool on);
  int frame_ms() const { return frame_ms_; }
  uint16_t sequence() const { return sequence_; }

 private:
  struct Deleter {
    void operator()(::OpusEncoder* e) const { opus_encoder_destroy(e); }
  };
  double frequency_;
  double amplitude_;
  int frame_ms_;
  bool with_level_;
  int channels_;
  std::unique_ptr<::OpusEncoder, Deleter> encoder_;
  uint16_t sequence_ = 1000;
  uint32_t timestamp_ = 123456;
  int64_t sample_ = 0;
  std::vector<uint8_t> payload_;
};

// What a receiver's decoder makes of the frames the mixer sends it.
class StreamDecoder {
 public:
  StreamDecoder();
  ~StreamDecoder();
  void Decode(const EncodedAudio& frame);
  void Conceal();
  const std::vector<float>& pcm() const { return pcm_; }
  // The last n samples.
  std::span<const float> Tail(size_t n) const;

 private:
  struct Deleter {
    void operator()(::OpusDecoder* d) const { opus_decoder_destroy(d); }
  };
  std::unique_ptr<::OpusDecoder, Deleter> decoder_;
  std::vector<float> pcm_;
};

}  // namespace vc::mcu::audio::test
