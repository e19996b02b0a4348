#pragma once
// Runs a WebmFileWriter on its own thread: the media thread hands it frames through a bounded
// queue (Push never blocks; a full queue drops the frame and counts it). The frames' bytes are
// shared, not copied, until the writer thread puts them into the file. The first write error
// stops the writing; failed() and error() report it to the owner, which polls them. The
// destructor writes what is queued, finishes the file and joins the thread.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>

#include "mcu/recording/BoundedQueue.hpp"
#include "mcu/recording/WebmFileWriter.hpp"

namespace vc::mcu::recording {

struct MediaBlock {
  WebmFileWriter::Track track = WebmFileWriter::Track::kAudio;
  std::chrono::milliseconds timestamp{0};
  bool keyframe = false;
  std::shared_ptr<const void> owner;  // keeps `bytes` alive
  std::span<const uint8_t> bytes;
};

class WebmWriterThread {
 public:
  static constexpr size_t kDefaultCapacity = 512;  // ~4 s of 30 fps video plus 50/s audio

  explicit WebmWriterThread(std::unique_ptr<WebmFileWriter> writer,
                            size_t capacity = kDefaultCapacity);
  ~WebmWriterThread();
  WebmWriterThread(const WebmWriterThread&) = delete;
  WebmWriterThread& operator=(const WebmWriterThread&) = delete;

  // Writes what is queued, finishes the file and joins the thread (idempotent; the
  // destructor does it too). The counters stay readable.
  void Finish();

  // Any one producer thread. False: dropped (queue full) or the writer has failed.
  bool Push(MediaBlock block);

  uint64_t bytes_written() const { return bytes_written_.load(std::memory_order_relaxed); }
  uint64_t frames_written() const { return frames_written_.load(std::memory_order_relaxed); }
  uint64_t dropped() const { return dropped_.load(std::memory_order_relaxed); }
  bool failed() const { return failed_.load(std::memory_order_acquire); }
  std::string error() const;

 private:
  void Run();
  void Fail(const std::string& reason);

  // Allocated by this.
  std::unique_ptr<WebmFileWriter> writer_;  // writer thread only, once started
  BoundedQueue<MediaBlock> queue_;
  std::atomic<uint64_t> bytes_written_{0};
  std::atomic<uint64_t> frames_written_{0};
  std::atomic<uint64_t> dropped_{0};
  std::atomic<bool> failed_{false};
  mutable std::mutex error_mutex_;
  std::string error_;
  std::thread thread_;  // last: started once everything above exists
};

}  // namespace vc::mcu::recording
