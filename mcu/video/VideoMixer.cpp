#include "mcu/video/VideoMixer.hpp"

// STUB: replaced by the real mixer in a later commit.
namespace vc::mcu::video {
class VideoMixer::Impl {
 public:
  Impl(VideoMixerConfig c, Listener& l) : config(std::move(c)), listener(l) {}
  VideoMixerConfig config;
  Listener& listener;
};
VideoMixer::VideoMixer(VideoMixerConfig config, Listener& listener)
    : impl_(std::make_unique<Impl>(std::move(config), listener)) {}
VideoMixer::~VideoMixer() = default;
void VideoMixer::AddSource(SourceId, std::string) {}
void VideoMixer::RemoveSource(SourceId) {}
void VideoMixer::SetSourceName(SourceId, std::string) {}
void VideoMixer::PushFrame(SourceId, EncodedFrame) {}
void VideoMixer::SetLayout(Layout) {}
void VideoMixer::SetActiveSpeaker(std::optional<SourceId>) {}
void VideoMixer::SetTierInUse(int, bool) {}
void VideoMixer::RequestKeyframe(int) {}
void VideoMixer::Tick(Clock::time_point) {}
void VideoMixer::WaitForDecodes() {}
VideoMixerStats VideoMixer::Stats() const { return {}; }
const VideoMixerConfig& VideoMixer::config() const { return impl_->config; }
}  // namespace vc::mcu::video
