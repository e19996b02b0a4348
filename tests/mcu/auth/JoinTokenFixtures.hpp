#pragma once
// Fixed tokens for the verifier's tests, made outside our code (Python's hmac + base64 modules)
// from the key below, so the tests check the format itself, not our code against itself.
//   payload = json.dumps({...}, ensure_ascii=False, separators=(',',':')).encode()
//   p = b64url(payload); token = "vc1." + p + "." + b64url(HMAC-SHA256(key, "vc1." + p))
namespace vc::mcu::auth::fixtures {

inline constexpr const char* kKey = "vc-edu test join key 0123456789abcdef";  // 37 bytes
inline constexpr long long kIssuedAt = 1764576000;  // 2025-12-01T08:00:00Z
inline constexpr long long kExpires = 1764583200;   // 2025-12-01T10:00:00Z

// {"room":"giao-ban-thang-12","sub":"r12","name":"Phòng GD&ĐT Huyện Mỹ Đức","role":"participant",
//  "iat":1764576000,"exp":1764583200}
inline constexpr const char* kParticipant =
    "vc1.eyJyb29tIjoiZ2lhby1iYW4tdGhhbmctMTIiLCJzdWIiOiJyMTIiLCJuYW1lIjoiUGjDsm5nIEdEJsSQVCBIdXnhu4"
    "duIE3hu7kgxJDhu6ljIiwicm9sZSI6InBhcnRpY2lwYW50IiwiaWF0IjoxNzY0NTc2MDAwLCJleHAiOjE3NjQ1ODMyMDB9"
    ".xUYUIUaJYuaTIw9RXDjAGawY19NAzPdihjwDQaVdG-I";
// {"room":"giao-ban-thang-12","sub":"guest","name":"Sở GD&ĐT","role":"chair",...same times}
inline constexpr const char* kChair =
    "vc1.eyJyb29tIjoiZ2lhby1iYW4tdGhhbmctMTIiLCJzdWIiOiJndWVzdCIsIm5hbWUiOiJT4bufIEdEJsSQVCIsInJvbG"
    "UiOiJjaGFpciIsImlhdCI6MTc2NDU3NjAwMCwiZXhwIjoxNzY0NTgzMjAwfQ"
    ".Dwqbxv7LWz0WBtOOoNRpUStujQL_avRmrzbchdnfYG4";
// kParticipant's payload signed with "another key of at least thirty-two bytes".
inline constexpr const char* kOtherKey =
    "vc1.eyJyb29tIjoiZ2lhby1iYW4tdGhhbmctMTIiLCJzdWIiOiJyMTIiLCJuYW1lIjoiUGjDsm5nIEdEJsSQVCBIdXnhu4"
    "duIE3hu7kgxJDhu6ljIiwicm9sZSI6InBhcnRpY2lwYW50IiwiaWF0IjoxNzY0NTc2MDAwLCJleHAiOjE3NjQ1ODMyMDB9"
    ".pZpPzv4jR5J1V3TOmpyfqT_ncaEvk5WeN99PhcOJoU8";
// Correctly signed, bad payloads: role "admin"; the bytes "not json"; no "exp".
inline constexpr const char* kBadRole =
    "vc1.eyJyb29tIjogImdpYW8tYmFuLXRoYW5nLTEyIiwgIm5hbWUiOiAiWCIsICJyb2xlIjogImFkbWluIiwgImV4cCI6ID"
    "E3NjQ1ODMyMDB9.cDu9h8VEZDDAF-XdWSaQRQ5E4yVkuVC_doc83s7tTH8";
inline constexpr const char* kNotJson = "vc1.bm90IGpzb24.OVOsZnTrqp8yBvp7EGGKzncEzmLgfX9v593Xh6eDxkk";
inline constexpr const char* kNoExpiry =
    "vc1.eyJyb29tIjogImdpYW8tYmFuLXRoYW5nLTEyIiwgIm5hbWUiOiAiWCIsICJyb2xlIjogImNoYWlyIn0"
    ".TEjZMlVv2iZ-2dq1mZ_GyEykY4NUW25oMDWJr_g6C9o";

}  // namespace vc::mcu::auth::fixtures
