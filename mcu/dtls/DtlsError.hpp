#pragma once
// Control-plane error of the DTLS layer (certificate generation, misuse of DtlsTransport).
#include <stdexcept>
#include <string>

namespace vc::mcu::dtls {

class DtlsError : public std::runtime_error {
 public:
  explicit DtlsError(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace vc::mcu::dtls
