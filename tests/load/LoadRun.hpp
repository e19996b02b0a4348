#pragma once
// One vc-load run: builds the participants, joins them (staggered), sends 20 ms frames on a
// shared timeline, measures over the window and leaves. Everything on one GLib main context
// that this run owns; the signaling io_context is polled from the same loop. Bounded: setup
// ends at --setup-timeout whatever happened.
#include "tests/load/LoadOptions.hpp"
#include "tests/load/LoadResult.hpp"

namespace vc::tests::load {

// Throws std::runtime_error when the run cannot start (certificate, Opus, bad URL).
LoadResult RunLoad(const LoadOptions& options);

}  // namespace vc::tests::load
