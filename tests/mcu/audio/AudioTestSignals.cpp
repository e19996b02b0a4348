#include "tests/mcu/audio/AudioTestSignals.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "mcu/audio/AudioLevel.hpp"

namespace vc::mcu::audio::test {

double ToneAmplitude(std::span<const float> pcm, double frequency) {
  if (pcm.empty()) return 0.0;
  const double w = 2.0 * std::numbers::pi * frequency / 48000.0;
  const double coeff = 2.0 * std::cos(w);
  double s1 = 0.0;
  double s2 = 0.0;
  for (float x : pcm) {
    const double s0 = x + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
  return 2.0 * std::sqrt(std::max(0.0, power)) / static_cast<double>(pcm.size());
}

double SineAmplitudeForDbov(double dbov) { return std::sqrt(2.0) * std::pow(10.0, dbov / 20.0); }

ToneSender::ToneSender(double frequency, double amplitude, int frame_ms, bool with_level,
                       int channels)
    : frequency_(frequency),
      amplitude_(amplitude),
      frame_ms_(frame_ms),
      with_level_(with_level),
      channels_(channels) {
  int error = 0;
  encoder_.reset(opus_encoder_create(48000, channels, OPUS_APPLICATION_VOIP, &error));
  if (error != OPUS_OK) throw std::runtime_error("opus_encoder_create");
  opus_encoder_ctl(encoder_.get(), OPUS_SET_BITRATE(32000));
  opus_encoder_ctl(encoder_.get(), OPUS_SET_INBAND_FEC(1));
  opus_encoder_ctl(encoder_.get(), OPUS_SET_PACKET_LOSS_PERC(10));
}

ToneSender::~ToneSender() = default;

void ToneSender::set_fec(bool on) {
  opus_encoder_ctl(encoder_.get(), OPUS_SET_INBAND_FEC(on ? 1 : 0));
}

AudioPacket ToneSender::Next(Clock::time_point arrival) {
  const int samples = frame_ms_ * 48;
  std::vector<float> mono(static_cast<size_t>(samples));
  for (int i = 0; i < samples; ++i) {
    mono[static_cast<size_t>(i)] =
        static_cast<float>(amplitude_ * std::sin(2.0 * std::numbers::pi * frequency_ *
                                                 static_cast<double>(sample_ + i) / 48000.0));
  }
  std::vector<float> interleaved(static_cast<size_t>(samples * channels_));
  for (int i = 0; i < samples; ++i) {
    for (int c = 0; c < channels_; ++c) {
      interleaved[static_cast<size_t>(i * channels_ + c)] = mono[static_cast<size_t>(i)];
    }
  }
  payload_.resize(4000);
  const int n = opus_encode_float(encoder_.get(), interleaved.data(), samples, payload_.data(),
                                  static_cast<opus_int32>(payload_.size()));
  payload_.resize(static_cast<size_t>(std::max(n, 0)));
  AudioPacket packet;
  packet.sequence = sequence_++;
  packet.timestamp = timestamp_;
  timestamp_ += static_cast<uint32_t>(samples);
  sample_ += samples;
  if (with_level_) packet.level_dbov = LevelFromPcm(mono);
  packet.payload = payload_;
  packet.arrival = arrival;
  return packet;
}

StreamDecoder::StreamDecoder() {
  int error = 0;
  decoder_.reset(opus_decoder_create(48000, 1, &error));
  if (error != OPUS_OK) throw std::runtime_error("opus_decoder_create");
}

StreamDecoder::~StreamDecoder() = default;

void StreamDecoder::Decode(const EncodedAudio& frame) {
  std::vector<float> out(5760);
  const int n = opus_decode_float(decoder_.get(), frame.opus.data(),
                                  static_cast<opus_int32>(frame.opus.size()), out.data(), 5760, 0);
  if (n > 0) pcm_.insert(pcm_.end(), out.begin(), out.begin() + n);
}

void StreamDecoder::Conceal() {
  std::vector<float> out(960);
  const int n = opus_decode_float(decoder_.get(), nullptr, 0, out.data(), 960, 0);
  if (n > 0) pcm_.insert(pcm_.end(), out.begin(), out.begin() + n);
}

std::span<const float> StreamDecoder::Tail(size_t n) const {
  n = std::min(n, pcm_.size());
  return std::span<const float>(pcm_).last(n);
}

}  // namespace vc::mcu::audio::test
