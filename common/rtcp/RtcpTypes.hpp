#pragma once
// RTCP packet types (RFC 3550, RFC 4585) and feedback message types (FMT) that we handle.

#include <cstdint>

namespace vc::common::rtcp {

inline constexpr uint8_t kVersion = 2;
inline constexpr uint8_t kMaxCount = 31;  // The 5-bit count/FMT field.

inline constexpr uint8_t kSenderReportType = 200;
inline constexpr uint8_t kReceiverReportType = 201;
inline constexpr uint8_t kSdesType = 202;
inline constexpr uint8_t kByeType = 203;
inline constexpr uint8_t kRtpFeedbackType = 205;  // RTPFB
inline constexpr uint8_t kPsFeedbackType = 206;   // PSFB

inline constexpr uint8_t kNackFormat = 1;                // RTPFB, RFC 4585 6.2.1
inline constexpr uint8_t kTransportFeedbackFormat = 15;  // RTPFB, transport-cc
inline constexpr uint8_t kPliFormat = 1;                 // PSFB, RFC 4585 6.3.1
inline constexpr uint8_t kFirFormat = 4;                 // PSFB, RFC 5104 4.3.1
inline constexpr uint8_t kAfbFormat = 15;                // PSFB application layer (REMB)

}  // namespace vc::common::rtcp
