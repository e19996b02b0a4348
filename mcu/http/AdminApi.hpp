#pragma once
// The MCU's admin API under /api/v1 (JSON in, JSON out), for operators' consoles:
//   GET  /api/v1/rooms                                   rooms, participants, muted, talking
//   POST /api/v1/rooms/{room}/participants/{id}/mute     body {"muted":true|false}
//   POST /api/v1/rooms/{room}/mute_all                   body {"muted":true|false} (not chairs;
//                                                        an empty body mutes)
//   POST /api/v1/rooms/{room}/participants/{id}/bitrate  body {"max_kbps":300} caps the video
//                                                        uplink (REMB); {"max_kbps":null} lifts it
//   POST /api/v1/rooms/{room}/recording                  body {"recording":true|false}: 200
//                                                        {"room","recording","file"}; 409 when
//                                                        the MCU records nothing (no dir, echo)
// Every request needs "Authorization: Bearer TOKEN"; without a configured token the API is
// disabled and answers 401. Failures answer {"error":"...","reason":"..."} with 400/401/404/405/409/500.
#include <optional>
#include <string>

#include "mcu/http/AdminBackend.hpp"
#include "mcu/http/Routes.hpp"

namespace vc::mcu::http {

class AdminApi {
 public:
  // token: nullopt disables the API (every request 401).
  AdminApi(std::optional<std::string> token, AdminBackend& backend);

  ApiResponse Handle(const ApiRequest& request) const;

  // The token in a token file: its first line, surrounding whitespace trimmed. Throws
  // std::runtime_error when the file cannot be read or holds no token.
  static std::string ReadTokenFile(const std::string& path);

 private:
  bool Authorized(const std::string& authorization) const;
  ApiResponse ListRooms() const;
  ApiResponse Mute(const std::string& room, const std::string& participant,
                   const std::string& body) const;
  ApiResponse MuteAll(const std::string& room, const std::string& body) const;
  ApiResponse SetLayout(const std::string& room, const std::string& body) const;
  ApiResponse Bitrate(const std::string& room, const std::string& participant,
                      const std::string& body) const;
  ApiResponse Recording(const std::string& room, const std::string& body) const;

  // Passed by argument.
  const std::optional<std::string> token_;
  AdminBackend& backend_;
};

}  // namespace vc::mcu::http
