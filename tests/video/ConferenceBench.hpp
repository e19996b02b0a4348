#pragma once
// One VideoConference on a real media thread with real transports: each "site" is a
// room::Participant (the MCU's side of the connection: ICE, DTLS, SRTP) and a VideoReceiverPeer
// (the client side, in client mode), connected over loopback and signalled in-process. Tests of
// the conference's RTP/RTCP behaviour with many receivers (PLI storms, REMB tier moves, NACKs)
// without a vc-mcu process. Every call into the conference or the peers runs on the media thread.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "mcu/engine/MediaThread.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/room/Participant.hpp"
#include "mcu/room/VideoConference.hpp"
#include "tests/video/VideoReceiverPeer.hpp"

namespace vc::tests::video {

class ConferenceBench : public mcu::room::Participant::Listener {
 public:
  explicit ConferenceBench(mcu::video::VideoMixerConfig config, std::string room = "bench");
  ~ConferenceBench() override;

  // Adds `count` sites (receive-only unless sends_video) and waits until all are connected.
  bool AddSites(size_t count, bool sends_video, std::chrono::milliseconds timeout);

  // Runs fn on the media thread and waits for it.
  void Run(const std::function<void()>& fn) { media_.PostAndWait(fn); }
  // Polls pred (on the media thread) every 20 ms until true or timeout.
  bool WaitUntil(const std::function<bool()>& pred, std::chrono::milliseconds timeout);

  size_t size() const { return peers_.size(); }
  VideoReceiverPeer& peer(size_t i) { return *peers_.at(i); }
  mcu::room::Participant& participant(size_t i) { return *participants_.at(i); }
  mcu::room::VideoConference& conference() { return *conference_; }
  mcu::metrics::McuMetrics& metrics() { return metrics_; }
  // Drops this fraction (0..1) of the sites' RTP before the conference sees it (media thread).
  void SetIngressLoss(double fraction) { ingress_loss_ = fraction; }
  uint64_t ingress_dropped() const { return dropped_; }

 private:
  void OnParticipantRtp(mcu::room::Participant* participant, uint8_t* data, size_t len) override;
  void OnParticipantRtcp(mcu::room::Participant* participant, uint8_t* data, size_t len) override;
  void OnParticipantFailed(mcu::room::Participant* participant, const std::string& reason) override;

  // Declared first: destroyed last, after everything that lives on it.
  mcu::engine::MediaThread media_;
  mcu::metrics::McuMetrics metrics_;
  mcu::webrtc::PeerConnectionConfig pc_config_;
  std::unique_ptr<mcu::room::VideoConference> conference_;
  std::vector<std::unique_ptr<VideoReceiverPeer>> peers_;
  std::vector<std::unique_ptr<mcu::room::Participant>> participants_;
  double ingress_loss_ = 0;
  uint64_t dropped_ = 0;
  std::mt19937 random_{12345};
  std::atomic<int> failures_{0};
};

}  // namespace vc::tests::video
