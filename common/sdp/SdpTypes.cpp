#include "common/sdp/SdpTypes.hpp"

#include "common/sdp/SdpText.hpp"

namespace vc::common::sdp {

std::string_view ToString(Direction direction) {
  switch (direction) {
    case Direction::kSendRecv:
      return "sendrecv";
    case Direction::kSendOnly:
      return "sendonly";
    case Direction::kRecvOnly:
      return "recvonly";
    case Direction::kInactive:
      return "inactive";
  }
  return "inactive";
}

std::optional<Direction> DirectionFromString(std::string_view text) {
  if (text == "sendrecv") return Direction::kSendRecv;
  if (text == "sendonly") return Direction::kSendOnly;
  if (text == "recvonly") return Direction::kRecvOnly;
  if (text == "inactive") return Direction::kInactive;
  return std::nullopt;
}

std::string_view ToString(SetupRole role) {
  switch (role) {
    case SetupRole::kActpass:
      return "actpass";
    case SetupRole::kActive:
      return "active";
    case SetupRole::kPassive:
      return "passive";
    case SetupRole::kHoldconn:
      return "holdconn";
  }
  return "actpass";
}

std::optional<SetupRole> SetupRoleFromString(std::string_view text) {
  if (EqualsIgnoreCase(text, "actpass")) return SetupRole::kActpass;
  if (EqualsIgnoreCase(text, "active")) return SetupRole::kActive;
  if (EqualsIgnoreCase(text, "passive")) return SetupRole::kPassive;
  if (EqualsIgnoreCase(text, "holdconn")) return SetupRole::kHoldconn;
  return std::nullopt;
}

std::optional<std::string> FindFmtpParameter(std::string_view parameters, std::string_view key) {
  while (!parameters.empty()) {
    auto [item, rest, found] = SplitOnce(parameters, ';');
    auto [name, value, has_value] = SplitOnce(TrimWhitespace(item), '=');
    if (has_value && EqualsIgnoreCase(TrimWhitespace(name), key)) {
      return std::string(TrimWhitespace(value));
    }
    parameters = rest;
  }
  return std::nullopt;
}

}  // namespace vc::common::sdp
