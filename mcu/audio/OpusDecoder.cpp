#include "mcu/audio/OpusDecoder.hpp"

#include <opus/opus.h>

#include <string>

#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/OpusError.hpp"

namespace vc::mcu::audio {

void OpusDecoder::Deleter::operator()(::OpusDecoder* decoder) const {
  opus_decoder_destroy(decoder);
}

OpusDecoder::OpusDecoder() {
  int error = OPUS_OK;
  decoder_.reset(opus_decoder_create(kSampleRate, 1, &error));
  if (error != OPUS_OK || !decoder_) {
    throw OpusError(std::string("opus_decoder_create: ") + opus_strerror(error));
  }
}

OpusDecoder::~OpusDecoder() = default;

int OpusDecoder::PacketSamples(std::span<const uint8_t> packet) {
  if (packet.empty()) return 0;
  const int samples = opus_packet_get_nb_samples(
      packet.data(), static_cast<opus_int32>(packet.size()), kSampleRate);
  return samples > 0 && samples <= kMaxPacketSamples ? samples : 0;
}

int OpusDecoder::Decode(std::span<const uint8_t> packet, std::span<float> pcm) {
  if (packet.empty()) return 0;
  const int n =
      opus_decode_float(decoder_.get(), packet.data(), static_cast<opus_int32>(packet.size()),
                        pcm.data(), static_cast<int>(pcm.size()), 0);
  return n > 0 ? n : 0;
}

int OpusDecoder::DecodeFec(std::span<const uint8_t> next_packet, std::span<float> pcm) {
  if (next_packet.empty()) return Conceal(pcm);
  const int n = opus_decode_float(decoder_.get(), next_packet.data(),
                                  static_cast<opus_int32>(next_packet.size()), pcm.data(),
                                  static_cast<int>(pcm.size()), 1);
  return n > 0 ? n : 0;
}

int OpusDecoder::Conceal(std::span<float> pcm) {
  const int n =
      opus_decode_float(decoder_.get(), nullptr, 0, pcm.data(), static_cast<int>(pcm.size()), 0);
  return n > 0 ? n : 0;
}

void OpusDecoder::Reset() { opus_decoder_ctl(decoder_.get(), OPUS_RESET_STATE); }

}  // namespace vc::mcu::audio
