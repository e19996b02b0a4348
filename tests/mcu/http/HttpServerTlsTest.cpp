#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "mcu/http/HttpServer.hpp"
#include "tests/mcu/http/HttpTestSupport.hpp"

namespace vc::mcu::http::test {
namespace {

namespace http = beast::http;
namespace websocket = beast::websocket;
namespace fs = std::filesystem;

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

// A self-signed P-256 certificate for "localhost" in a fresh temporary folder.
class SelfSignedCert {
 public:
  SelfSignedCert() {
    std::string pattern = (fs::temp_directory_path() / "vc-http-tls-XXXXXX").string();
    dir_ = mkdtemp(pattern.data());
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    if (!key || !cert) throw std::runtime_error("openssl allocation failed");
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
      throw std::runtime_error("sign failed");

    std::unique_ptr<FILE, FileCloser> cert_file(std::fopen(cert_path().c_str(), "w"));
    std::unique_ptr<FILE, FileCloser> key_file(std::fopen(key_path().c_str(), "w"));
    if (!cert_file || !key_file) throw std::runtime_error("cannot write into " + dir_.string());
    PEM_write_X509(cert_file.get(), cert.get());
    PEM_write_PrivateKey(key_file.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
  }
  ~SelfSignedCert() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  std::string cert_path() const { return (dir_ / "cert.pem").string(); }
  std::string key_path() const { return (dir_ / "key.pem").string(); }

 private:
  fs::path dir_;
};

class HttpServerTlsTest : public ::testing::Test {
 protected:
  HttpServerTlsTest() {
    ServerOptions options;
    options.host = "127.0.0.1";
    options.tls_cert_file = cert_.cert_path();
    options.tls_key_file = cert_.key_path();
    server_ = std::make_unique<RunningServer>(options, MakeTestRoutes(events_, healthy_));
    // The client trusts exactly this certificate.
    client_tls_.load_verify_file(cert_.cert_path());
    client_tls_.set_verify_mode(net::ssl::verify_peer);
  }

  net::ssl::stream<beast::tcp_stream> Connect(net::io_context& io) {
    net::ssl::stream<beast::tcp_stream> stream(io, client_tls_);
    beast::get_lowest_layer(stream).connect(
        tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
    stream.handshake(net::ssl::stream_base::client);
    return stream;
  }

  Watchdog watchdog_{std::chrono::seconds(60)};
  SelfSignedCert cert_;
  std::shared_ptr<HandlerEvents> events_ = std::make_shared<HandlerEvents>();
  std::shared_ptr<std::atomic<bool>> healthy_ = std::make_shared<std::atomic<bool>>(true);
  std::unique_ptr<RunningServer> server_;
  net::ssl::context client_tls_{net::ssl::context::tls_client};
};

TEST_F(HttpServerTlsTest, ServesHttps) {
  net::io_context io;
  auto stream = Connect(io);
  http::request<http::empty_body> request{http::verb::get, "/healthz", 11};
  request.set(http::field::host, "localhost");
  http::write(stream, request);
  beast::flat_buffer buffer;
  Response response;
  http::read(stream, buffer, response);
  EXPECT_EQ(response.result(), http::status::ok);
  EXPECT_EQ(response.body(), "ok\n");
}

TEST_F(HttpServerTlsTest, ServesWssEcho) {
  net::io_context io;
  TlsWebSocket ws(Connect(io));
  ws.handshake("localhost", "/ws");
  ws.write(net::buffer(std::string("secure")));
  beast::flat_buffer buffer;
  ws.read(buffer);
  EXPECT_EQ(beast::buffers_to_string(buffer.data()), "echo:secure");
  ws.close(websocket::close_code::normal);
  EXPECT_TRUE(events_->WaitFor([&] { return events_->closed == 1; }));
  EXPECT_TRUE(server_->Stop());
}

TEST_F(HttpServerTlsTest, PlainHttpOnTheTlsPortGetsNoPage) {
  beast::error_code ec;
  net::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
  http::request<http::empty_body> request{http::verb::get, "/", 11};
  http::write(stream, request);
  beast::flat_buffer buffer;
  Response response;
  http::read(stream, buffer, response, ec);
  EXPECT_TRUE(ec);  // the server only speaks TLS and hangs up
}

TEST_F(HttpServerTlsTest, StopEndsOpenWssConnections) {
  net::io_context io;
  TlsWebSocket ws(Connect(io));
  ws.handshake("localhost", "/ws");
  ASSERT_TRUE(events_->WaitFor([&] { return events_->created == 1; }));
  std::thread reader([&] {
    beast::flat_buffer buffer;
    beast::error_code ec;
    ws.read(buffer, ec);
    EXPECT_TRUE(ec);
  });
  EXPECT_TRUE(server_->Stop());
  reader.join();
  EXPECT_EQ(events_->closed, 1);
}

TEST(HttpServerTlsStartTest, UnreadableCertificateIsATlsSetupError) {
  net::io_context io;
  ServerOptions options;
  options.host = "127.0.0.1";
  options.tls_cert_file = "/nonexistent/cert.pem";
  options.tls_key_file = "/nonexistent/key.pem";
  HttpServer server(io, options, Routes{});
  try {
    server.Start();
    FAIL() << "started without a certificate";
  } catch (const HttpServerError& error) {
    EXPECT_EQ(error.reason(), HttpServerError::Reason::kTlsSetup);
    EXPECT_NE(std::string(error.what()).find("/nonexistent/cert.pem"), std::string::npos);
  }
}

}  // namespace
}  // namespace vc::mcu::http::test
