// vc-mcu serving HTTPS and WSS with a self-signed certificate: the page, /healthz and signaling
// work over TLS, and plain HTTP on the same port gets nothing useful.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/integration/HttpProbe.hpp"
#include "tests/integration/McuFixture.hpp"
#include "tests/integration/SignalingClient.hpp"

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;

class McuTlsTest : public McuFixture {
 protected:
  void SetUp() override {
    static int counter = 0;
    directory_ = std::filesystem::temp_directory_path() /
                 ("vc-mcu-tls-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(directory_);
    // The CLI keeps the test short; a P-256 key like browsers and the MCU's DTLS use.
    const std::string command =
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
        " -subj /CN=127.0.0.1 -days 2 -keyout '" +
        (directory_ / "key.pem").string() + "' -out '" + (directory_ / "cert.pem").string() +
        "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << "could not run: " << command;
    McuFixture::SetUp();
  }

  void TearDown() override {
    McuFixture::TearDown();
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
  }

  McuProcess::Options ProcessOptions() override {
    McuProcess::Options options;
    options.extra_arguments = {"--tls-cert", (directory_ / "cert.pem").string(), "--tls-key",
                               (directory_ / "key.pem").string()};
    return options;
  }

  std::filesystem::path directory_;
};

TEST_F(McuTlsTest, AnnouncesHttps) {
  EXPECT_NE(Mcu().Log().find("listening on https://127.0.0.1:" + std::to_string(Port()) + "/"),
            std::string::npos)
      << Mcu().Log();
}

TEST_F(McuTlsTest, ServesHealthAndPageOverHttps) {
  const auto health = HttpProbe::GetTls(Port(), "/healthz");
  EXPECT_EQ(health.status, 200) << health.error << " " << health.body;

  const auto page = HttpProbe::GetTls(Port(), "/");
  EXPECT_EQ(page.status, 200) << page.error;
  EXPECT_EQ(page.body.rfind("<!DOCTYPE html>", 0), 0u) << page.body.substr(0, 200);
}

TEST_F(McuTlsTest, JoinsARoomOverWss) {
  TlsSignalingClient client(Port());
  ASSERT_TRUE(client.Send({{"type", "join"}, {"room", "tls-room"}, {"name", "Phòng TLS"}}));
  const auto joined = client.WaitForType("joined", 5s);
  ASSERT_TRUE(joined) << client.Transcript();
  // Still healthy after a WSS session (and the fixture checks a clean exit on SIGTERM).
  EXPECT_EQ(HttpProbe::GetTls(Port(), "/healthz").status, 200);
}

TEST_F(McuTlsTest, PlainHttpOnTheTlsPortGetsNoPage) {
  const auto response = HttpProbe::Get(Port(), "/healthz", 3000ms);
  EXPECT_NE(response.status, 200) << response.body;
  // The refused client does not disturb the server.
  EXPECT_EQ(HttpProbe::GetTls(Port(), "/healthz").status, 200);
}

}  // namespace
}  // namespace vc::tests::integration
