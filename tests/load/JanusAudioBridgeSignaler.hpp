#pragma once
// Janus's AudioBridge plugin for one load participant, over Janus's HTTP API (the benchmarks'
// JanusHttpClient): create a session, attach janus.plugin.audiobridge, create the room once
// (the first participant; "already exists" is fine), then join with the offer and take the answer
// from the event long-poll. Janus does not take our trickle here: the offer carries every
// candidate (gathering on 127.0.0.1 finishes at once), and its answer carries Janus's.
// Blocking and bounded: Start runs the whole exchange, iterating the GLib context while waiting
// for our gathering.
#include <glib.h>

#include <cstdint>
#include <string>

#include "mcu/webrtc/PeerConnection.hpp"
#include "tests/benchmarks/echo_load/JanusHttpClient.hpp"
#include "tests/load/Signaler.hpp"

namespace vc::tests::load {

struct HttpEndpoint {
  std::string host = "127.0.0.1";
  uint16_t port = 0;
  // Parses http://127.0.0.1:PORT[/janus]; throws std::invalid_argument.
  static HttpEndpoint Parse(const std::string& url);
};

class JanusAudioBridgeSignaler : public Signaler {
 public:
  JanusAudioBridgeSignaler(GMainContext* context, const HttpEndpoint& endpoint, uint64_t room,
                           bool create_room, std::string name, mcu::webrtc::PeerConnection& pc);
  ~JanusAudioBridgeSignaler() override;

  void Start() override;
  void OnLocalCandidate(const std::string&) override {}
  const std::string& Error() const override { return error_; }
  void Leave() override;

 private:
  void Join();
  void CreateRoom();

  GMainContext* context_;  // passed by argument
  const uint64_t room_;
  const bool create_room_;
  const std::string name_;
  mcu::webrtc::PeerConnection& pc_;
  benchmarks::JanusHttpClient client_;
  std::string error_;
};

}  // namespace vc::tests::load
