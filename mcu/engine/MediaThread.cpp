#include "mcu/engine/MediaThread.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>

namespace vc::mcu::engine {
namespace {
gboolean RunPosted(gpointer data) {
  (*static_cast<std::function<void()>*>(data))();
  return G_SOURCE_REMOVE;
}
void DeletePosted(gpointer data) { delete static_cast<std::function<void()>*>(data); }
}  // namespace

MediaThread::MediaThread()
    : context_(g_main_context_new()), loop_(g_main_loop_new(context_, FALSE)) {
  thread_ = std::thread([this] {
    g_main_context_push_thread_default(context_);
    g_main_loop_run(loop_);
    // Let sources that were posted during shutdown release what they hold.
    while (g_main_context_iteration(context_, FALSE)) {
    }
    g_main_context_pop_thread_default(context_);
  });
}

MediaThread::~MediaThread() {
  Post([this] { g_main_loop_quit(loop_); });
  thread_.join();
  g_main_loop_unref(loop_);
  g_main_context_unref(context_);
}

void MediaThread::Post(std::function<void()> fn) {
  // The heap copy is GLib's to free (DeletePosted), whether or not it ever runs.
  auto* heap = new std::function<void()>(std::move(fn));  // NOLINT: ownership passes to GLib
  GSource* source = g_idle_source_new();
  g_source_set_priority(source, G_PRIORITY_DEFAULT);
  g_source_set_callback(source, RunPosted, heap, DeletePosted);
  g_source_attach(source, context_);
  g_source_unref(source);
}

void MediaThread::PostAndWait(std::function<void()> fn) {
  std::mutex mutex;
  std::condition_variable done_cv;
  bool done = false;
  Post([&] {
    fn();
    std::lock_guard lock(mutex);
    done = true;
    done_cv.notify_one();
  });
  std::unique_lock lock(mutex);
  done_cv.wait(lock, [&] { return done; });
}

void GlibTimer::StartOnce(unsigned delay_ms, std::function<void()> fn) {
  Cancel();
  fn_ = std::move(fn);
  source_ = g_timeout_source_new(delay_ms);
  g_source_set_callback(source_, &GlibTimer::OnFire, this, nullptr);
  g_source_attach(source_, context_);
}

void GlibTimer::Cancel() {
  if (source_ == nullptr) return;
  g_source_destroy(source_);
  g_source_unref(source_);
  source_ = nullptr;
}

gboolean GlibTimer::OnFire(gpointer self) {
  auto* timer = static_cast<GlibTimer*>(self);
  // Detach first: the callback may restart or destroy the timer.
  g_source_unref(timer->source_);
  timer->source_ = nullptr;
  auto fn = std::move(timer->fn_);
  fn();
  return G_SOURCE_REMOVE;
}

}  // namespace vc::mcu::engine
