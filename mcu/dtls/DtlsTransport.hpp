#pragma once
// DTLS 1.2 with the use_srtp extension over OpenSSL, without a socket: datagrams from the wire go
// in through ReceiveData, datagrams for the wire come out through the Listener (Janus style memory
// BIOs), and the owner drives retransmission from its own timer (TimeUntilTimeout/HandleTimeout).
// Not thread-safe: one owner thread calls everything, and the Listener is called on it from inside
// Start/ReceiveData/HandleTimeout/Close. A Listener must not destroy the transport nor call its
// ReceiveData from inside a callback (queue or post instead).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mcu/dtls/Certificate.hpp"
#include "mcu/dtls/OpenSslPtr.hpp"
#include "mcu/dtls/SrtpKeyMaterial.hpp"

namespace vc::mcu::dtls {

class DtlsTransport {
 public:
  enum class Role { kClient, kServer };
  enum class State { kNew, kConnecting, kConnected, kFailed, kClosed };

  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  struct Options {
    // From Start until the handshake must be finished, else Failed.
    std::chrono::milliseconds handshake_timeout{30000};
    // First retransmission timeout; it doubles per retransmission up to max_retransmit_timeout.
    std::chrono::milliseconds initial_retransmit_timeout{1000};
    std::chrono::milliseconds max_retransmit_timeout{10000};
    // Largest datagram we emit (ICE/UDP path MTU minus headroom).
    size_t mtu = 1200;
    // Offered (as client) and accepted (as server) SRTP profiles, most preferred first.
    std::vector<srtp::SrtpProfile> srtp_profiles{srtp::SrtpProfile::kAeadAes128Gcm,
                                                 srtp::SrtpProfile::kAes128CmSha1_80};
    // Source of time for the handshake deadline; empty means steady_clock::now. OpenSSL's own
    // retransmission timer always runs on the real clock.
    Clock clock;
  };

  class Listener {
   public:
    virtual ~Listener() = default;
    // A datagram for the wire (at most Options::mtu bytes). Valid only during the call.
    virtual void OnDtlsTransportSendData(DtlsTransport* transport, const uint8_t* data,
                                         size_t len) = 0;
    // Handshake done, peer fingerprint verified, SRTP profile negotiated.
    virtual void OnDtlsTransportConnected(DtlsTransport* transport,
                                          const SrtpKeyMaterial& keys) = 0;
    // Handshake failed (bad fingerprint, no SRTP profile, alert, timeout). Terminal.
    virtual void OnDtlsTransportFailed(DtlsTransport* transport, const std::string& reason) = 0;
    // The peer closed the connection (close_notify or alert) after connecting. Terminal.
    virtual void OnDtlsTransportClosed(DtlsTransport* transport) = 0;
  };

  DtlsTransport(std::shared_ptr<const Certificate> certificate, Listener& listener);
  DtlsTransport(std::shared_ptr<const Certificate> certificate, Listener& listener,
                Options options);
  ~DtlsTransport();
  DtlsTransport(const DtlsTransport&) = delete;
  DtlsTransport& operator=(const DtlsTransport&) = delete;

  // Begins the handshake (the client sends its ClientHello now) and feeds records that arrived
  // earlier. remote_fingerprint is the SDP a=fingerprint value for remote_fingerprint_algorithm
  // ("sha-256" ...). Throws DtlsError when called twice or with an unknown algorithm.
  void Start(Role role, std::string remote_fingerprint_algorithm, std::string remote_fingerprint);

  // One datagram from the wire. Before Start a bounded number is kept for later. Non-DTLS bytes
  // and records OpenSSL rejects are dropped and counted, never thrown.
  void ReceiveData(const uint8_t* data, size_t len);

  // Time until HandleTimeout should be called; nullopt when no timer is needed.
  std::optional<std::chrono::milliseconds> TimeUntilTimeout();
  // Retransmits the last flight if its timer expired; fails the handshake past its deadline.
  void HandleTimeout();

  // Sends close_notify and moves to Closed without calling the Listener.
  void Close();

  State state() const { return state_; }
  std::optional<Role> role() const { return role_; }
  // Datagrams dropped: not DTLS, arriving after the end, or beyond the pre-Start buffer.
  uint64_t ignored_datagrams() const { return ignored_datagrams_; }

  // RFC 7983 demultiplexing: a DTLS record starts with a byte in [20, 63].
  static bool LooksLikeDtls(const uint8_t* data, size_t len);

 private:
  static int BioWrite(BIO* bio, const char* data, int len);
  static long BioCtrl(BIO* bio, int cmd, long num, void* ptr);
  static int BioCreate(BIO* bio);
  static int VerifyCallback(int preverify_ok, X509_STORE_CTX* store);
  static unsigned int TimerCallback(SSL* ssl, unsigned int previous_us);
  static const BIO_METHOD* SinkBioMethod();

  void CreateSsl();
  void FeedDatagram(const uint8_t* data, size_t len);
  void ContinueHandshake();
  void CompleteHandshake();
  void ReadApplicationData();
  bool RemoteCertificateMatches(X509* cert, std::string* reason) const;
  void Fail(const std::string& reason);
  void SetClosed();
  std::string SslErrorReason(const std::string& context) const;
  std::chrono::steady_clock::time_point Now() const;

  // Passed by argument.
  const std::shared_ptr<const Certificate> certificate_;
  Listener& listener_;
  const Options options_;
  // Allocated by this.
  SslCtxPtr ctx_;
  SslPtr ssl_;
  BIO* read_bio_ = nullptr;  // Owned by ssl_.
  State state_ = State::kNew;
  std::optional<Role> role_;
  std::string remote_fingerprint_algorithm_;
  std::string remote_fingerprint_;
  std::string verify_failure_;
  std::chrono::steady_clock::time_point handshake_deadline_{};
  std::deque<std::vector<uint8_t>> early_datagrams_;
  uint64_t ignored_datagrams_ = 0;
};

}  // namespace vc::mcu::dtls
