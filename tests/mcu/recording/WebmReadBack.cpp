#include "tests/mcu/recording/WebmReadBack.hpp"

#include <webm/callback.h>
#include <webm/file_reader.h>
#include <webm/status.h>
#include <webm/webm_parser.h>

#include <cstdio>

namespace vc::tests::mcu::recording {
namespace {

class Collector : public webm::Callback {
 public:
  explicit Collector(WebmReadBack& out) : out_(out) {}

  webm::Status OnEbml(const webm::ElementMetadata&, const webm::Ebml& ebml) override {
    out_.doc_type = ebml.doc_type.value();
    return webm::Status(webm::Status::kOkCompleted);
  }
  webm::Status OnInfo(const webm::ElementMetadata&, const webm::Info& info) override {
    out_.duration = info.duration.value();
    out_.timecode_scale = info.timecode_scale.value();
    return webm::Status(webm::Status::kOkCompleted);
  }
  webm::Status OnTrackEntry(const webm::ElementMetadata&, const webm::TrackEntry& entry) override {
    WebmReadBack::Track track;
    track.number = entry.track_number.value();
    track.type = static_cast<uint64_t>(entry.track_type.value());
    track.codec = entry.codec_id.value();
    track.codec_private = entry.codec_private.value();
    if (entry.video.is_present()) {
      track.width = entry.video.value().pixel_width.value();
      track.height = entry.video.value().pixel_height.value();
    }
    if (entry.audio.is_present()) {
      track.sampling_frequency = entry.audio.value().sampling_frequency.value();
      track.channels = entry.audio.value().channels.value();
    }
    out_.tracks.push_back(track);
    return webm::Status(webm::Status::kOkCompleted);
  }
  webm::Status OnClusterBegin(const webm::ElementMetadata&, const webm::Cluster& cluster,
                              webm::Action* action) override {
    cluster_time_ = static_cast<int64_t>(cluster.timecode.value());
    ++out_.clusters;
    *action = webm::Action::kRead;
    return webm::Status(webm::Status::kOkCompleted);
  }
  webm::Status OnSimpleBlockBegin(const webm::ElementMetadata&, const webm::SimpleBlock& block,
                                  webm::Action* action) override {
    WebmReadBack::Frame frame;
    frame.track = block.track_number;
    frame.time_ms = cluster_time_ + block.timecode;
    frame.keyframe = block.is_key_frame;
    out_.frames.push_back(std::move(frame));
    *action = webm::Action::kRead;
    return webm::Status(webm::Status::kOkCompleted);
  }
  webm::Status OnFrame(const webm::FrameMetadata&, webm::Reader* reader,
                       std::uint64_t* bytes_remaining) override {
    auto& bytes = out_.frames.back().bytes;
    while (*bytes_remaining > 0) {
      const size_t at = bytes.size();
      bytes.resize(at + *bytes_remaining);
      std::uint64_t read = 0;
      webm::Status status =
          reader->Read(static_cast<size_t>(*bytes_remaining), bytes.data() + at, &read);
      bytes.resize(at + read);
      *bytes_remaining -= read;
      if (!status.ok() && status.code != webm::Status::kOkPartial) return status;
      if (read == 0 && !status.completed_ok()) return status;
    }
    return webm::Status(webm::Status::kOkCompleted);
  }
  webm::Status OnCuePoint(const webm::ElementMetadata&, const webm::CuePoint&) override {
    ++out_.cue_points;
    return webm::Status(webm::Status::kOkCompleted);
  }

 private:
  WebmReadBack& out_;
  int64_t cluster_time_ = 0;
};

}  // namespace

size_t WebmReadBack::Count(uint64_t track) const {
  size_t count = 0;
  for (const auto& frame : frames) count += frame.track == track;
  return count;
}

const WebmReadBack::Track* WebmReadBack::FindTrack(uint64_t type) const {
  for (const auto& track : tracks) {
    if (track.type == type) return &track;
  }
  return nullptr;
}

WebmReadBack ReadWebm(const std::filesystem::path& path) {
  WebmReadBack out;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    out.error = "cannot open " + path.string();
    return out;
  }
  webm::FileReader reader(file);  // closes the file
  Collector collector(out);
  webm::WebmParser parser;
  webm::Status status = parser.Feed(&collector, &reader);
  out.ok = status.completed_ok();
  if (!out.ok) out.error = "libwebm parser status " + std::to_string(status.code);
  return out;
}

}  // namespace vc::tests::mcu::recording
