#pragma once
// A command the room cannot carry out now (joining while already in a call, recalling a preset
// without a PTZ camera). what() is one sentence the control API returns as the error reply.
#include <stdexcept>
#include <string>

namespace vc::appliance {

class RoomCommandError : public std::runtime_error {
 public:
  explicit RoomCommandError(const std::string& reason) : std::runtime_error(reason) {}
};

}  // namespace vc::appliance
