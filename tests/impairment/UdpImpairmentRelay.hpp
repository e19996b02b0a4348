#pragma once
// A UDP relay on loopback that sits between one WebRTC peer and the MCU and impairs what the
// peer sends: random loss, reordering and bursts of jitter — what a rural link does, since this
// kernel has no netem. The peer is given the relay's address instead of the MCU's candidate;
// the MCU is not told the peer's candidates, so it learns the relay's upstream socket as a
// peer-reflexive candidate from the forwarded connectivity checks. STUN and DTLS pass unharmed
// (so setup is deterministic); only SRTP/SRTCP is impaired. One thread, bounded by the object's
// lifetime; every wait has a timeout.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <netinet/in.h>
#include <random>
#include <thread>

namespace vc::tests::impairment {

struct Impairment {
  double loss = 0.0;          // probability a packet is dropped
  double reorder = 0.0;       // probability a packet is held back behind the next one
  std::chrono::milliseconds jitter{0};  // each packet delayed uniformly in [0, jitter]
};

struct RelayCounters {
  uint64_t forwarded_up = 0;    // peer -> MCU, delivered
  uint64_t dropped_up = 0;      // peer -> MCU, dropped on purpose
  uint64_t reordered_up = 0;
  uint64_t forwarded_down = 0;  // MCU -> peer
};

class UdpImpairmentRelay {
 public:
  // Forwards to `mcu` (an IPv4 loopback address and port), which may be set later (until then
  // the peer's packets are dropped, as a link that is not up yet would). Throws std::runtime_error.
  UdpImpairmentRelay(std::optional<sockaddr_in> mcu, uint32_t seed);
  ~UdpImpairmentRelay();
  UdpImpairmentRelay(const UdpImpairmentRelay&) = delete;
  UdpImpairmentRelay& operator=(const UdpImpairmentRelay&) = delete;

  // The port the peer should send to (on 127.0.0.1).
  uint16_t peer_facing_port() const { return peer_facing_port_; }
  // The port the relay sends to the MCU from (what the MCU should believe is the peer).
  uint16_t mcu_facing_port() const { return mcu_facing_port_; }
  void Set(const Impairment& impairment);
  void SetMcu(const sockaddr_in& mcu);
  RelayCounters Counters() const;

 private:
  struct Held {
    std::chrono::steady_clock::time_point due;
    uint64_t order;  // FIFO among equal due times
    std::vector<uint8_t> bytes;
  };
  void Run();
  void FromPeer(const uint8_t* data, size_t len);
  void FromMcu(const uint8_t* data, size_t len);
  void SendDue(std::chrono::steady_clock::time_point now);

  std::optional<sockaddr_in> mcu_;  // guarded by mutex_
  int peer_socket_ = -1;  // faces the peer
  int mcu_socket_ = -1;   // faces the MCU
  uint16_t peer_facing_port_ = 0;
  uint16_t mcu_facing_port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;  // mcu_, impairment_ and counters_ (the test thread reads/writes them)
  Impairment impairment_;
  RelayCounters counters_;
  // Relay thread only.
  std::mt19937 random_;
  sockaddr_in peer_{};
  bool peer_known_ = false;
  std::vector<Held> held_;  // small; scanned linearly
  std::vector<uint8_t> reorder_slot_;
  uint64_t next_order_ = 0;
  std::thread thread_;
};

}  // namespace vc::tests::impairment
