#pragma once
// The thread that owns all media state: a GLib main context (libnice needs one) run on its own
// thread. Other threads reach media objects only by Post()ing work onto it.
#include <glib.h>

#include <functional>
#include <thread>

namespace vc::mcu::engine {

class MediaThread {
 public:
  MediaThread();
  ~MediaThread();  // stops the loop and joins the thread
  MediaThread(const MediaThread&) = delete;
  MediaThread& operator=(const MediaThread&) = delete;

  // Runs fn on the media thread (FIFO order). Safe from any thread.
  void Post(std::function<void()> fn);
  // Runs fn on the media thread and waits for it to finish. Not from the media thread itself.
  void PostAndWait(std::function<void()> fn);
  bool IsCurrent() const { return std::this_thread::get_id() == thread_.get_id(); }
  GMainContext* context() const { return context_; }

 private:
  GMainContext* context_;  // allocated by this
  GMainLoop* loop_;        // allocated by this
  std::thread thread_;
};

// A one-shot or repeating timer on a GMainContext, removed when destroyed (RAII over g_source).
class GlibTimer {
 public:
  explicit GlibTimer(GMainContext* context) : context_(context) {}
  ~GlibTimer() { Cancel(); }
  GlibTimer(const GlibTimer&) = delete;
  GlibTimer& operator=(const GlibTimer&) = delete;

  // Calls fn once after delay_ms (replacing any pending call).
  void StartOnce(unsigned delay_ms, std::function<void()> fn);
  void Cancel();
  bool pending() const { return source_ != nullptr; }

 private:
  static gboolean OnFire(gpointer self);

  GMainContext* context_;  // passed by argument
  GSource* source_ = nullptr;
  std::function<void()> fn_;
};

}  // namespace vc::mcu::engine
