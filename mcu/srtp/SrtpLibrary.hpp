#pragma once
// libsrtp2 has process-wide state (crypto kernel) that must be initialised exactly once.

namespace vc::mcu::srtp {

// Calls srtp_init() the first time; later calls return at once. Throws SrtpError if it fails.
// SrtpSession calls it itself; call it at start-up to fail early.
void EnsureSrtpInitialized();

}  // namespace vc::mcu::srtp
