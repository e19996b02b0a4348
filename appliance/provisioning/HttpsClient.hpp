#pragma once
// One JSON request at a time to vc-provision over HTTP or HTTPS (Boost.Beast), asynchronous on
// the daemon's io_context, so the control API and the call never wait for the server. Every
// exchange (resolve, connect, TLS handshake, write, read) is bounded by one deadline; answers
// are capped at 1 MiB. HTTPS verifies the server's certificate and host name against the CA
// file, or the system store when none is given.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "appliance/provisioning/ServerUrl.hpp"

namespace vc::appliance::provisioning {

struct HttpResult {
  int status = 0;      // 0: no answer (error says why)
  std::string body;
  std::string error;   // one sentence: "cannot connect to 127.0.0.1:9: Connection refused"
};

class HttpsClient {
 public:
  using Done = std::function<void(HttpResult)>;

  // Throws std::runtime_error when the CA file cannot be loaded.
  HttpsClient(boost::asio::io_context& io, ServerUrl url, std::optional<std::string> ca_file,
              std::chrono::milliseconds timeout = std::chrono::seconds(10));
  ~HttpsClient();  // an exchange in flight finishes without calling its `done`
  HttpsClient(const HttpsClient&) = delete;
  HttpsClient& operator=(const HttpsClient&) = delete;

  // `path` is appended to the URL's base ("/api/v1/enroll"). `bearer` empty: no Authorization.
  // `done` runs exactly once on the io_context's thread, unless this client is destroyed first.
  void Send(const std::string& method, const std::string& path, const std::string& bearer,
            const std::string& json_body, Done done);

  const ServerUrl& url() const { return url_; }

 private:
  // Passed by argument.
  boost::asio::io_context& io_;
  const ServerUrl url_;
  const std::chrono::milliseconds timeout_;
  // Allocated by this.
  // https only; shared with exchanges in flight, which may outlive this client.
  std::shared_ptr<boost::asio::ssl::context> tls_;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

}  // namespace vc::appliance::provisioning
