#include "tests/audio/AdminHttp.hpp"

#include "tests/integration/HttpProbe.hpp"

namespace vc::tests::audio {

AdminHttpResponse AdminRequest(uint16_t port, const std::string& method, const std::string& target,
                               const std::string& token, const std::string& body,
                               std::chrono::milliseconds timeout) {
  auto response = integration::HttpProbe::Send(port, method, target, token, body, timeout);
  return {response.status, std::move(response.body), std::move(response.error)};
}

}  // namespace vc::tests::audio
