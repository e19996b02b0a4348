#pragma once
// One-time activation codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
// shown as XXXX-XXXX; input is accepted with or without the dash, in either case.
#include <optional>
#include <string>
#include <string_view>

namespace vc::provision {

class EnrollmentCode {
 public:
  static constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static constexpr size_t kLength = 8;

  // A fresh random code in canonical form "XXXX-XXXX".
  static std::string Generate();
  // The canonical form of what a technician typed, or nullopt when it cannot be a code.
  static std::optional<std::string> Normalize(std::string_view input);
};

}  // namespace vc::provision
