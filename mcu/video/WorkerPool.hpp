#pragma once
// A fixed pool of threads running posted tasks in FIFO order: the codec work of a room (decodes)
// off the media and tick threads. WaitIdle() blocks until nothing is queued or running.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vc::mcu::video {

class WorkerPool {
 public:
  explicit WorkerPool(int threads);  // <= 0: hardware concurrency
  ~WorkerPool();                     // runs what is queued, then joins
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void Post(std::function<void()> task);
  void WaitIdle();
  int size() const { return static_cast<int>(threads_.size()); }

 private:
  void Run();

  std::mutex mutex_;
  std::condition_variable work_cv_;
  std::condition_variable idle_cv_;
  std::deque<std::function<void()>> tasks_;
  size_t running_ = 0;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace vc::mcu::video
