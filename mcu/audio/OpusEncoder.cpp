#include "mcu/audio/OpusEncoder.hpp"

#include <opus/opus.h>

#include <algorithm>
#include <string>

#include "mcu/audio/AudioFormat.hpp"
#include "mcu/audio/OpusError.hpp"

namespace vc::mcu::audio {
namespace {

constexpr size_t kMaxEncodedBytes = 1275;  // largest single Opus frame

void Check(int result, const char* what) {
  if (result != OPUS_OK) throw OpusError(std::string(what) + ": " + opus_strerror(result));
}

}  // namespace

void OpusEncoder::Deleter::operator()(::OpusEncoder* encoder) const {
  opus_encoder_destroy(encoder);
}

OpusEncoder::OpusEncoder(int bitrate) {
  int error = OPUS_OK;
  encoder_.reset(opus_encoder_create(kSampleRate, 1, OPUS_APPLICATION_VOIP, &error));
  Check(error, "opus_encoder_create");
  ::OpusEncoder* enc = encoder_.get();
  Check(opus_encoder_ctl(enc, OPUS_SET_BITRATE(bitrate)), "OPUS_SET_BITRATE");
  Check(opus_encoder_ctl(enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)), "OPUS_SET_SIGNAL");
  Check(opus_encoder_ctl(enc, OPUS_SET_INBAND_FEC(1)), "OPUS_SET_INBAND_FEC");
  Check(opus_encoder_ctl(enc, OPUS_SET_DTX(0)), "OPUS_SET_DTX");
  SetPacketLossPercent(0);
}

OpusEncoder::~OpusEncoder() = default;

bool OpusEncoder::Encode(std::span<const float> pcm, std::vector<uint8_t>& out) {
  if (pcm.size() != static_cast<size_t>(kFrameSamples)) return false;
  out.resize(kMaxEncodedBytes);
  const opus_int32 n = opus_encode_float(encoder_.get(), pcm.data(), kFrameSamples, out.data(),
                                         static_cast<opus_int32>(out.size()));
  if (n <= 0) {
    out.clear();
    return false;
  }
  out.resize(static_cast<size_t>(n));
  return true;
}

void OpusEncoder::SetPacketLossPercent(int percent) {
  percent = std::clamp(percent, 0, 100);
  if (percent == loss_percent_) return;
  loss_percent_ = percent;
  opus_encoder_ctl(encoder_.get(), OPUS_SET_PACKET_LOSS_PERC(percent));
}

int OpusEncoder::Lookahead() const {
  opus_int32 lookahead = 0;
  if (opus_encoder_ctl(encoder_.get(), OPUS_GET_LOOKAHEAD(&lookahead)) != OPUS_OK) return 0;
  return static_cast<int>(lookahead);
}

}  // namespace vc::mcu::audio
