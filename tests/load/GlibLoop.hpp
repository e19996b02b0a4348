#pragma once
// The load tools' own GLib loop (vc-load and vc-video-bench drive the MCU's transport in client
// mode on one GMainContext): its owner, and one bounded turn of it.
#include <glib.h>

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace vc::tests::load {

struct MainContextDeleter {
  void operator()(GMainContext* context) const { g_main_context_unref(context); }
};

// Wakes the loop after `wait` at the latest, dispatching whatever is ready before.
inline void IterateAtMost(GMainContext* context, std::chrono::nanoseconds wait) {
  const auto ms = std::max<int64_t>(0, std::chrono::duration_cast<std::chrono::milliseconds>(wait).count());
  GSource* wake = g_timeout_source_new(static_cast<guint>(ms));
  g_source_set_callback(wake, [](gpointer) -> gboolean { return G_SOURCE_REMOVE; }, nullptr, nullptr);
  g_source_attach(wake, context);
  g_main_context_iteration(context, TRUE);
  g_source_destroy(wake);
  g_source_unref(wake);
}

}  // namespace vc::tests::load
