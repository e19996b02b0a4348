#pragma once

#include <stdexcept>
#include <string>

namespace vc::mcu::http {

// Why HttpServer::Start failed; what() carries the address or file and the system's reason.
class HttpServerError : public std::runtime_error {
 public:
  enum class Reason { kBadAddress, kAddressInUse, kPermissionDenied, kTlsSetup, kListenFailed };

  HttpServerError(Reason reason, const std::string& what)
      : std::runtime_error(what), reason_(reason) {}
  Reason reason() const noexcept { return reason_; }

 private:
  Reason reason_;
};

}  // namespace vc::mcu::http
