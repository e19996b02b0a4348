#pragma once
// How one load participant reaches a server: the MCU's WebSocket signaling or Janus's HTTP API.
// A signaler drives the participant's client-mode PeerConnection (StartOffer, CreateOffer,
// ApplyAnswer, remote candidates) and hears its local candidates.
#include <string>

namespace vc::tests::load {

class Signaler {
 public:
  virtual ~Signaler() = default;
  // Begins joining. May run to completion here (Janus, blocking) or continue asynchronously.
  virtual void Start() = 0;
  // A local ICE candidate of the participant ("" at the end of gathering).
  virtual void OnLocalCandidate(const std::string& candidate) = 0;
  // Non-empty once signaling failed.
  virtual const std::string& Error() const = 0;
  // Leaves politely (best effort, bounded).
  virtual void Leave() = 0;
};

}  // namespace vc::tests::load
