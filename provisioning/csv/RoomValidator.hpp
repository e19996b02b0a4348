#pragma once
// The rules a room's fields follow, shared by the JSON API and CSV import, so both refuse the
// same things with the same words (and vc-room never receives a config it would refuse).
#include <string>
#include <vector>

#include "provisioning/store/Models.hpp"

namespace vc::provision {

struct FieldError {
  std::string field;
  std::string message;
};

class RoomValidator {
 public:
  static std::vector<FieldError> Validate(const Room& room);
  // A ws:// or wss:// URL with a host.
  static bool IsMcuUrl(const std::string& url);
  // 1-64 of A-Z a-z 0-9 - _ . (the MCU's room names).
  static bool IsMcuRoom(const std::string& name);
  // Host name or IP literal (no scheme, no port).
  static bool IsHost(const std::string& host);
  // Text of 1..max code points, valid UTF-8, no control characters.
  static bool IsText(const std::string& s, size_t max);
};

}  // namespace vc::provision
