#pragma once
// One direction of SRTP/SRTCP for a whole transport (every SSRC), over libsrtp2. Packets are
// protected and unprotected in place. Not thread-safe: one owner thread, like the transport.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "mcu/srtp/SrtpProfile.hpp"

struct srtp_ctx_t_;

namespace vc::mcu::srtp {

class SrtpSession {
 public:
  enum class Direction { kInbound, kOutbound };

  // key_salt is the master key followed by the master salt (SrtpKeySaltLength(profile) bytes).
  // Throws SrtpError when the key has the wrong length or libsrtp refuses it.
  SrtpSession(Direction direction, SrtpProfile profile, std::span<const uint8_t> key_salt);
  ~SrtpSession();
  SrtpSession(const SrtpSession&) = delete;
  SrtpSession& operator=(const SrtpSession&) = delete;

  // Outbound only. buf holds *len bytes of RTP (RTCP) and has room for capacity bytes; on success
  // *len grows by SrtpRtpOverhead (SrtpRtcpOverhead). False when there is no room or libsrtp fails.
  bool ProtectRtp(uint8_t* buf, size_t* len, size_t capacity);
  bool ProtectRtcp(uint8_t* buf, size_t* len, size_t capacity);

  // Inbound only. On success *len shrinks to the plain packet. False on authentication failure,
  // replay or garbage; the buffer content is then unspecified.
  bool UnprotectRtp(uint8_t* buf, size_t* len);
  bool UnprotectRtcp(uint8_t* buf, size_t* len);

  Direction direction() const { return direction_; }
  SrtpProfile profile() const { return profile_; }

 private:
  struct SrtpDeleter {
    void operator()(srtp_ctx_t_* session) const;
  };

  // Passed by argument.
  const Direction direction_;
  const SrtpProfile profile_;
  // Allocated by this.
  std::unique_ptr<srtp_ctx_t_, SrtpDeleter> session_;
};

}  // namespace vc::mcu::srtp
