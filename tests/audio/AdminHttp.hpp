#pragma once
// The MCU's admin API in tests: HttpProbe::Send with the admin tests' defaults.
#include <chrono>
#include <cstdint>
#include <string>

namespace vc::tests::audio {

struct AdminHttpResponse {
  int status = 0;  // 0: no response
  std::string body;
  std::string error;
};

// token: sent as "Authorization: Bearer TOKEN" unless empty.
AdminHttpResponse AdminRequest(uint16_t port, const std::string& method, const std::string& target,
                               const std::string& token, const std::string& body = "",
                               std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

}  // namespace vc::tests::audio
