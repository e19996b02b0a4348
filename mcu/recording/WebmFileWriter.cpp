#include "mcu/recording/WebmFileWriter.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>

#include "common/log/Log.hpp"

namespace vc::mcu::recording {
namespace {
constexpr std::string_view kLog = "recording";

// Matroska element IDs (with their length markers), from the Matroska specification.
namespace id {
constexpr uint32_t kEbml = 0x1A45DFA3, kEbmlVersion = 0x4286, kEbmlReadVersion = 0x42F7,
                   kEbmlMaxIdLength = 0x42F2, kEbmlMaxSizeLength = 0x42F3, kDocType = 0x4282,
                   kDocTypeVersion = 0x4287, kDocTypeReadVersion = 0x4285;
constexpr uint32_t kSegment = 0x18538067, kSeekHead = 0x114D9B74, kSeek = 0x4DBB, kSeekId = 0x53AB,
                   kSeekPosition = 0x53AC, kVoid = 0xEC;
constexpr uint32_t kInfo = 0x1549A966, kTimestampScale = 0x2AD7B1, kDuration = 0x4489,
                   kMuxingApp = 0x4D80, kWritingApp = 0x5741;
constexpr uint32_t kTracks = 0x1654AE6B, kTrackEntry = 0xAE, kTrackNumber = 0xD7,
                   kTrackUid = 0x73C5, kTrackType = 0x83, kFlagLacing = 0x9C, kCodecId = 0x86,
                   kCodecPrivate = 0x63A2, kCodecDelay = 0x56AA, kSeekPreRoll = 0x56BB,
                   kVideo = 0xE0, kPixelWidth = 0xB0, kPixelHeight = 0xBA, kAudio = 0xE1,
                   kSamplingFrequency = 0xB5, kChannels = 0x9F;
constexpr uint32_t kCluster = 0x1F43B675, kTimestamp = 0xE7, kSimpleBlock = 0xA3;
constexpr uint32_t kCues = 0x1C53BB6B, kCuePoint = 0xBB, kCueTime = 0xB3, kCueTrackPositions = 0xB7,
                   kCueTrack = 0xF7, kCueClusterPosition = 0xF1;
}  // namespace id

constexpr uint64_t kTimestampScaleNs = 1000000;    // block timestamps in milliseconds
constexpr size_t kSeekHeadReserve = 128;           // a Void now, the SeekHead at Finish()
constexpr size_t kHeader8 = 12;                    // a 4-byte ID with an 8-byte size
constexpr uint64_t kOpusSeekPreRollNs = 80000000;  // 80 ms (what the WebM spec asks for Opus)

// A Void element filling exactly `total` bytes (>= 2).
void AppendVoid(EbmlBuffer& out, size_t total) {
  out.Id(id::kVoid);
  if (total - 2 <= 126) {
    out.Size(total - 2, 1);
    for (size_t i = 0; i < total - 2; ++i) out.Byte(0);
  } else {
    out.Size(total - 9, 8);
    for (size_t i = 0; i < total - 9; ++i) out.Byte(0);
  }
}

std::vector<uint8_t> IdBytes(uint32_t element) {
  EbmlBuffer buffer;
  buffer.Id(element);
  return buffer.bytes();
}

std::string ErrnoText() { return std::strerror(errno); }
}  // namespace

std::vector<uint8_t> WebmFileWriter::OpusHead(const WebmTracks::Audio& audio) {
  std::vector<uint8_t> head = {'O', 'p', 'u', 's', 'H', 'e', 'a', 'd', 1};
  head.push_back(static_cast<uint8_t>(audio.channels));
  head.push_back(static_cast<uint8_t>(audio.pre_skip & 0xFF));  // little endian, RFC 7845
  head.push_back(static_cast<uint8_t>(audio.pre_skip >> 8));
  const auto rate = static_cast<uint32_t>(audio.sample_rate);
  for (int i = 0; i < 4; ++i) head.push_back(static_cast<uint8_t>(rate >> (8 * i)));
  head.push_back(0);  // output gain, Q7.8 dB
  head.push_back(0);
  head.push_back(0);  // channel mapping family 0: mono or stereo, no table
  return head;
}

WebmFileWriter::WebmFileWriter(UniqueFile file, WebmTracks tracks, std::string writing_app)
    : file_(std::move(file)), tracks_(tracks) {
  if (!file_) throw WebmWriteError("no file to write");
  if (!tracks_.video && !tracks_.audio) throw WebmWriteError("a WebM file needs a track");
  WriteHeader(writing_app);
}

WebmFileWriter::~WebmFileWriter() {
  if (finished_) return;
  try {
    Finish();
  } catch (const std::exception& e) {
    common::log::Error(kLog, "could not finish a WebM file: ", e.what());
  }
}

void WebmFileWriter::WriteHeader(const std::string& writing_app) {
  EbmlBuffer ebml;
  ebml.Uint(id::kEbmlVersion, 1);
  ebml.Uint(id::kEbmlReadVersion, 1);
  ebml.Uint(id::kEbmlMaxIdLength, 4);
  ebml.Uint(id::kEbmlMaxSizeLength, 8);
  ebml.String(id::kDocType, "webm");
  ebml.Uint(id::kDocTypeVersion, 4);
  ebml.Uint(id::kDocTypeReadVersion, 2);
  EbmlBuffer out;
  out.Master(id::kEbml, ebml);
  // The Segment's size is unknown until the end: an 8-byte placeholder, patched by Finish().
  out.Header(id::kSegment, EbmlBuffer::kUnknownSize);
  Write(out.bytes());
  segment_data_at_ = Tell();
  segment_size_at_ = segment_data_at_ - 8;

  out.Clear();
  seek_head_at_ = segment_data_at_;
  AppendVoid(out, kSeekHeadReserve);

  EbmlBuffer info;
  info.Uint(id::kTimestampScale, kTimestampScaleNs);
  info.String(id::kMuxingApp, "vc-mcu WebmFileWriter");
  info.String(id::kWritingApp, writing_app);
  const size_t duration_offset = info.size() + 3;  // after the 2-byte ID and 1-byte size
  info.Float(id::kDuration, 0.0);
  info_at_ = segment_data_at_ + static_cast<int64_t>(out.size());
  duration_at_ = info_at_ + static_cast<int64_t>(kHeader8 + duration_offset);
  out.Header(id::kInfo, info.size());
  out.Bytes(info.bytes());

  std::mt19937_64 random{std::random_device{}()};
  EbmlBuffer entries;
  if (tracks_.video) {
    EbmlBuffer video;
    video.Uint(id::kPixelWidth, static_cast<uint64_t>(tracks_.video->width));
    video.Uint(id::kPixelHeight, static_cast<uint64_t>(tracks_.video->height));
    EbmlBuffer entry;
    entry.Uint(id::kTrackNumber, static_cast<uint64_t>(Track::kVideo));
    entry.Uint(id::kTrackUid, random() >> 8);
    entry.Uint(id::kTrackType, 1);
    entry.Uint(id::kFlagLacing, 0);
    entry.String(id::kCodecId, "V_VP8");
    entry.Master(id::kVideo, video);
    entries.Master(id::kTrackEntry, entry);
  }
  if (tracks_.audio) {
    EbmlBuffer audio;
    audio.Float(id::kSamplingFrequency, tracks_.audio->sample_rate);
    audio.Uint(id::kChannels, static_cast<uint64_t>(tracks_.audio->channels));
    EbmlBuffer entry;
    entry.Uint(id::kTrackNumber, static_cast<uint64_t>(Track::kAudio));
    entry.Uint(id::kTrackUid, random() >> 8);
    entry.Uint(id::kTrackType, 2);
    entry.Uint(id::kFlagLacing, 0);
    entry.String(id::kCodecId, "A_OPUS");
    entry.Binary(id::kCodecPrivate, OpusHead(*tracks_.audio));
    entry.Uint(id::kCodecDelay, static_cast<uint64_t>(tracks_.audio->pre_skip) * 1000000000ULL /
                                    static_cast<uint64_t>(tracks_.audio->sample_rate));
    entry.Uint(id::kSeekPreRoll, kOpusSeekPreRollNs);
    entry.Master(id::kAudio, audio);
    entries.Master(id::kTrackEntry, entry);
  }
  tracks_at_ = segment_data_at_ + static_cast<int64_t>(out.size());
  out.Master(id::kTracks, entries);
  Write(out.bytes());
}

void WebmFileWriter::WriteFrame(Track track, std::span<const uint8_t> data,
                                std::chrono::milliseconds timestamp, bool keyframe) {
  if (finished_) throw WebmWriteError("the file is already finished");
  if ((track == Track::kVideo && !tracks_.video) || (track == Track::kAudio && !tracks_.audio)) {
    throw WebmWriteError("no such track in this file");
  }
  // Monotonic per track, whatever the caller's clock did.
  const int64_t ms = std::max<int64_t>({timestamp.count(), last_input_ms_[Index(track)], 0});
  last_input_ms_[Index(track)] = ms;
  newest_ms_ = std::max(newest_ms_, ms);
  pending_.emplace(ms, Pending{track, keyframe || track == Track::kAudio,
                               std::vector<uint8_t>(data.begin(), data.end())});
  // Both tracks' frames come in with a little skew; those old enough go out in time order.
  while (!pending_.empty() && pending_.begin()->first <= newest_ms_ - kInterleave.count()) {
    auto node = pending_.extract(pending_.begin());
    Emit(node.key(), node.mapped());
  }
}

void WebmFileWriter::Emit(int64_t time_ms, const Pending& frame) {
  time_ms = std::max(time_ms, last_emitted_ms_);
  const bool video_keyframe = frame.track == Track::kVideo && frame.keyframe;
  // A cluster per video keyframe (where a player can start), unless this cluster holds no video
  // yet; and one at least every kMaxCluster (block times are 16-bit offsets from the cluster's).
  const bool starts_cluster = !cluster_start_ms_ ||
                              time_ms - *cluster_start_ms_ >= kMaxCluster.count() ||
                              (video_keyframe && cluster_has_video_);
  if (starts_cluster) {
    FlushCluster();
    cluster_start_ms_ = time_ms;
    cluster_.Uint(id::kTimestamp, static_cast<uint64_t>(time_ms));
  }
  if (video_keyframe && !cluster_has_video_) cluster_cue_ms_ = time_ms;
  if (frame.track == Track::kVideo) cluster_has_video_ = true;
  const int64_t relative = time_ms - *cluster_start_ms_;  // 0 .. kMaxCluster: fits int16
  cluster_.Id(id::kSimpleBlock);
  cluster_.Size(frame.data.size() + 4);
  cluster_.Byte(static_cast<uint8_t>(0x80 | static_cast<uint8_t>(frame.track)));  // vint track
  cluster_.Byte(static_cast<uint8_t>((relative >> 8) & 0xFF));
  cluster_.Byte(static_cast<uint8_t>(relative & 0xFF));
  cluster_.Byte(frame.keyframe ? 0x80 : 0x00);
  cluster_.Bytes(frame.data);
  ++frames_[Index(frame.track)];
  last_emitted_ms_ = time_ms;
}

void WebmFileWriter::FlushCluster() {
  if (!cluster_start_ms_ || cluster_.size() == 0) return;
  const uint64_t position = static_cast<uint64_t>(Tell() - segment_data_at_);
  // Index the clusters a player can start decoding at: a video keyframe, or any (audio only).
  if (cluster_cue_ms_) {
    cues_.push_back({*cluster_cue_ms_, Track::kVideo, position});
  } else if (!tracks_.video) {
    cues_.push_back({*cluster_start_ms_, Track::kAudio, position});
  }
  EbmlBuffer header;
  header.Id(id::kCluster);
  header.Size(cluster_.size());
  Write(header.bytes());
  Write(cluster_.bytes());
  cluster_.Clear();
  cluster_start_ms_.reset();
  cluster_cue_ms_.reset();
  cluster_has_video_ = false;
  // A crash loses at most the cluster being built.
  if (std::fflush(file_.get()) != 0) throw WebmWriteError("cannot write: " + ErrnoText());
}

void WebmFileWriter::Finish() {
  if (finished_) return;
  finished_ = true;
  for (auto& [time_ms, frame] : pending_) Emit(time_ms, frame);
  pending_.clear();
  FlushCluster();
  WriteCuesAndSeekHead();
  // Duration: the last frame's start plus one audio frame, in milliseconds.
  WriteAt(duration_at_, EbmlBuffer::Float8(static_cast<double>(last_emitted_ms_ + 20)));
  std::fseek(file_.get(), 0, SEEK_END);
  const int64_t end = Tell();
  WriteAt(segment_size_at_, EbmlBuffer::SizeField8(static_cast<uint64_t>(end - segment_data_at_)));
  std::FILE* file = file_.release();
  if (std::fclose(file) != 0) throw WebmWriteError("cannot close: " + ErrnoText());
}

void WebmFileWriter::WriteCuesAndSeekHead() {
  std::fseek(file_.get(), 0, SEEK_END);
  const int64_t cues_at = Tell();
  if (!cues_.empty()) {
    EbmlBuffer points;
    for (const CuePoint& cue : cues_) {
      EbmlBuffer position;
      position.Uint(id::kCueTrack, static_cast<uint64_t>(cue.track));
      position.Uint(id::kCueClusterPosition, cue.cluster_position);
      EbmlBuffer point;
      point.Uint(id::kCueTime, static_cast<uint64_t>(cue.time_ms));
      point.Master(id::kCueTrackPositions, position);
      points.Master(id::kCuePoint, point);
    }
    EbmlBuffer cues;
    cues.Master(id::kCues, points);
    Write(cues.bytes());
  }
  EbmlBuffer seeks;
  auto add_seek = [&](uint32_t element, int64_t at) {
    EbmlBuffer seek;
    seek.Binary(id::kSeekId, IdBytes(element));
    seek.Uint(id::kSeekPosition, static_cast<uint64_t>(at - segment_data_at_));
    seeks.Master(id::kSeek, seek);
  };
  add_seek(id::kInfo, info_at_);
  add_seek(id::kTracks, tracks_at_);
  if (!cues_.empty()) add_seek(id::kCues, cues_at);
  EbmlBuffer head;
  head.Master(id::kSeekHead, seeks);
  AppendVoid(head, kSeekHeadReserve - head.size());
  WriteAt(seek_head_at_, head.bytes());
}

void WebmFileWriter::Write(std::span<const uint8_t> bytes) {
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size()) {
    throw WebmWriteError("cannot write: " + ErrnoText());
  }
  bytes_written_ += bytes.size();
}

void WebmFileWriter::WriteAt(int64_t offset, std::span<const uint8_t> bytes) {
  if (fseeko(file_.get(), offset, SEEK_SET) != 0 ||
      std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size() ||
      std::fflush(file_.get()) != 0) {
    throw WebmWriteError("cannot write: " + ErrnoText());
  }
}

int64_t WebmFileWriter::Tell() {
  const off_t at = ftello(file_.get());
  if (at < 0) throw WebmWriteError("cannot tell the file position: " + ErrnoText());
  return at;
}

}  // namespace vc::mcu::recording
