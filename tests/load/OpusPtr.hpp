#pragma once
// RAII owners for libopus encoder and decoder states.
#include <opus/opus.h>

#include <memory>

namespace vc::tests::load {

struct OpusEncoderDeleter {
  void operator()(OpusEncoder* encoder) const { opus_encoder_destroy(encoder); }
};
struct OpusDecoderDeleter {
  void operator()(OpusDecoder* decoder) const { opus_decoder_destroy(decoder); }
};
using OpusEncoderPtr = std::unique_ptr<OpusEncoder, OpusEncoderDeleter>;
using OpusDecoderPtr = std::unique_ptr<OpusDecoder, OpusDecoderDeleter>;

}  // namespace vc::tests::load
