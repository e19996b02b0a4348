#include "mcu/srtp/SrtpSession.hpp"

#include <srtp2/srtp.h>

#include <climits>
#include <string>
#include <vector>

#include "mcu/srtp/SrtpError.hpp"
#include "mcu/srtp/SrtpLibrary.hpp"

namespace vc::mcu::srtp {
namespace {

// Large enough for video bursts and reordering through RTX/FEC (libsrtp allows up to 0x7fff).
constexpr unsigned long kReplayWindowSize = 1024;
constexpr size_t kMinRtpLength = 12;
constexpr size_t kMinRtcpLength = 8;

void SetCryptoPolicy(SrtpProfile profile, srtp_policy_t& policy) {
  switch (profile) {
    case SrtpProfile::kAes128CmSha1_80:
      srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&policy.rtp);
      srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&policy.rtcp);
      return;
    case SrtpProfile::kAeadAes128Gcm:
      srtp_crypto_policy_set_aes_gcm_128_16_auth(&policy.rtp);
      srtp_crypto_policy_set_aes_gcm_128_16_auth(&policy.rtcp);
      return;
  }
  throw SrtpError("unknown SRTP profile");
}

}  // namespace

void SrtpSession::SrtpDeleter::operator()(srtp_ctx_t_* session) const { srtp_dealloc(session); }

SrtpSession::SrtpSession(Direction direction, SrtpProfile profile,
                         std::span<const uint8_t> key_salt)
    : direction_(direction), profile_(profile) {
  EnsureSrtpInitialized();
  if (key_salt.size() != SrtpKeySaltLength(profile)) {
    throw SrtpError(std::string("SRTP key+salt for ") + SrtpProfileName(profile) + " must be " +
                    std::to_string(SrtpKeySaltLength(profile)) + " bytes, got " +
                    std::to_string(key_salt.size()));
  }
  srtp_policy_t policy{};
  SetCryptoPolicy(profile, policy);
  policy.ssrc.type = direction == Direction::kInbound ? ssrc_any_inbound : ssrc_any_outbound;
  // libsrtp copies the key in srtp_create; the copy here only lives for the call.
  std::vector<uint8_t> key(key_salt.begin(), key_salt.end());
  policy.key = key.data();
  policy.window_size = kReplayWindowSize;
  // NACK-driven retransmissions resend a packet with the same sequence number.
  policy.allow_repeat_tx = 1;
  policy.next = nullptr;

  srtp_t session = nullptr;
  const srtp_err_status_t status = srtp_create(&session, &policy);
  std::fill(key.begin(), key.end(), 0);
  if (status != srtp_err_status_ok) {
    throw SrtpError("srtp_create failed with status " + std::to_string(status));
  }
  session_.reset(session);
}

SrtpSession::~SrtpSession() = default;

bool SrtpSession::ProtectRtp(uint8_t* buf, size_t* len, size_t capacity) {
  if (direction_ != Direction::kOutbound || buf == nullptr || len == nullptr ||
      *len < kMinRtpLength || *len > static_cast<size_t>(INT_MAX) ||
      capacity < *len + SrtpRtpOverhead(profile_)) {
    return false;
  }
  int length = static_cast<int>(*len);
  if (srtp_protect(session_.get(), buf, &length) != srtp_err_status_ok) return false;
  *len = static_cast<size_t>(length);
  return true;
}

bool SrtpSession::ProtectRtcp(uint8_t* buf, size_t* len, size_t capacity) {
  if (direction_ != Direction::kOutbound || buf == nullptr || len == nullptr ||
      *len < kMinRtcpLength || *len > static_cast<size_t>(INT_MAX) ||
      capacity < *len + SrtpRtcpOverhead(profile_)) {
    return false;
  }
  int length = static_cast<int>(*len);
  if (srtp_protect_rtcp(session_.get(), buf, &length) != srtp_err_status_ok) return false;
  *len = static_cast<size_t>(length);
  return true;
}

bool SrtpSession::UnprotectRtp(uint8_t* buf, size_t* len) {
  if (direction_ != Direction::kInbound || buf == nullptr || len == nullptr ||
      *len < kMinRtpLength + SrtpRtpOverhead(profile_) || *len > static_cast<size_t>(INT_MAX)) {
    return false;
  }
  int length = static_cast<int>(*len);
  if (srtp_unprotect(session_.get(), buf, &length) != srtp_err_status_ok) return false;
  *len = static_cast<size_t>(length);
  return true;
}

bool SrtpSession::UnprotectRtcp(uint8_t* buf, size_t* len) {
  if (direction_ != Direction::kInbound || buf == nullptr || len == nullptr ||
      *len < kMinRtcpLength + SrtpRtcpOverhead(profile_) || *len > static_cast<size_t>(INT_MAX)) {
    return false;
  }
  int length = static_cast<int>(*len);
  if (srtp_unprotect_rtcp(session_.get(), buf, &length) != srtp_err_status_ok) return false;
  *len = static_cast<size_t>(length);
  return true;
}

}  // namespace vc::mcu::srtp
