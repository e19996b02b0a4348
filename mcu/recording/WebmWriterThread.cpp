#include "mcu/recording/WebmWriterThread.hpp"

#include "common/log/Log.hpp"

namespace vc::mcu::recording {

WebmWriterThread::WebmWriterThread(std::unique_ptr<WebmFileWriter> writer, size_t capacity)
    : writer_(std::move(writer)), queue_(capacity), thread_([this] { Run(); }) {}

WebmWriterThread::~WebmWriterThread() { Finish(); }

void WebmWriterThread::Finish() {
  queue_.Close();
  if (thread_.joinable()) thread_.join();
}

bool WebmWriterThread::Push(MediaBlock block) {
  if (failed()) return false;
  if (!queue_.TryPush(std::move(block))) {
    dropped_.fetch_add(1, std::memory_order_relaxed);
    return false;
  }
  return true;
}

std::string WebmWriterThread::error() const {
  std::lock_guard lock(error_mutex_);
  return error_;
}

void WebmWriterThread::Fail(const std::string& reason) {
  {
    std::lock_guard lock(error_mutex_);
    if (error_.empty()) error_ = reason;
  }
  failed_.store(true, std::memory_order_release);
}

void WebmWriterThread::Run() {
  while (auto block = queue_.Pop()) {
    if (failed()) continue;  // drain: nothing more goes into a broken file
    try {
      writer_->WriteFrame(block->track, block->bytes, block->timestamp, block->keyframe);
      frames_written_.fetch_add(1, std::memory_order_relaxed);
      bytes_written_.store(writer_->bytes_written(), std::memory_order_relaxed);
    } catch (const std::exception& e) {
      Fail(e.what());
    }
  }
  try {
    if (!failed()) {
      writer_->Finish();
      bytes_written_.store(writer_->bytes_written(), std::memory_order_relaxed);
    }
  } catch (const std::exception& e) {
    Fail(e.what());
  }
  writer_.reset();  // closes the file (a failed one as it is)
}

}  // namespace vc::mcu::recording
