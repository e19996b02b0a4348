// Interop with an independent DTLS-SRTP implementation: the openssl command line tool's s_client
// and s_server over real UDP on 127.0.0.1. Both sides print the exported SRTP keying material,
// which must equal what our transport hands to SRTP. Skipped when the openssl tool is missing.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <openssl/pem.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mcu/dtls/DtlsTransport.hpp"

extern char** environ;

namespace vc::mcu::dtls {
namespace {

using namespace std::chrono_literals;
using srtp::SrtpProfile;
using Clock = std::chrono::steady_clock;

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vc-dtls-XXXXXX").string();
    path_ = mkdtemp(pattern.data()) != nullptr ? pattern : std::string();
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::filesystem::path path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void WritePem(const Certificate& certificate, const std::filesystem::path& cert_path,
              const std::filesystem::path& key_path) {
  std::unique_ptr<FILE, int (*)(FILE*)> cert(std::fopen(cert_path.c_str(), "w"), &std::fclose);
  std::unique_ptr<FILE, int (*)(FILE*)> key(std::fopen(key_path.c_str(), "w"), &std::fclose);
  ASSERT_TRUE(cert && key);
  ASSERT_EQ(PEM_write_X509(cert.get(), certificate.x509()), 1);
  ASSERT_EQ(PEM_write_PrivateKey(key.get(), certificate.private_key(), nullptr, nullptr, 0, nullptr,
                                 nullptr),
            1);
}

// An openssl child whose stdin stays open (s_client/s_server quit on EOF) and whose output goes to
// a file. Ended by its own pid.
class OpensslProcess {
 public:
  OpensslProcess(std::vector<std::string> args, const std::filesystem::path& output) {
    int stdin_pipe[2];
    if (pipe(stdin_pipe) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, stdin_pipe[0], 0);
    posix_spawn_file_actions_addclose(&actions, stdin_pipe[1]);
    posix_spawn_file_actions_addopen(&actions, 1, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    args.insert(args.begin(), "openssl");
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    if (posix_spawnp(&pid_, "openssl", &actions, nullptr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
    close(stdin_pipe[0]);
    stdin_fd_ = stdin_pipe[1];
  }
  ~OpensslProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
    if (stdin_fd_ >= 0) close(stdin_fd_);
  }
  bool running() const { return pid_ > 0; }

 private:
  pid_t pid_ = -1;
  int stdin_fd_ = -1;
};

// Our DtlsTransport on a UDP socket: datagrams out go to the peer address (learned from the
// first datagram in when we are the server).
class UdpDtlsEndpoint : public DtlsTransport::Listener {
 public:
  UdpDtlsEndpoint() : certificate_(Certificate::Generate()), transport_(certificate_, *this) {
    fd_ = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof(local));
    socklen_t len = sizeof(local);
    getsockname(fd_, reinterpret_cast<sockaddr*>(&local), &len);
    port_ = ntohs(local.sin_port);
  }
  ~UdpDtlsEndpoint() override { close(fd_); }

  void SetPeerPort(uint16_t port) {
    peer_.sin_family = AF_INET;
    peer_.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    peer_.sin_port = htons(port);
    has_peer_ = true;
  }

  // Runs socket input and timers for up to `budget`, or until `done` holds.
  void RunUntil(const std::function<bool()>& done, std::chrono::milliseconds budget) {
    const auto deadline = Clock::now() + budget;
    while (!done() && Clock::now() < deadline) {
      auto wait = transport_.TimeUntilTimeout().value_or(50ms);
      wait = std::clamp(wait, 0ms, 50ms);
      pollfd pfd{fd_, POLLIN, 0};
      if (poll(&pfd, 1, static_cast<int>(wait.count())) > 0) {
        uint8_t buffer[2048];
        sockaddr_in from{};
        socklen_t from_len = sizeof(from);
        const ssize_t n =
            recvfrom(fd_, buffer, sizeof(buffer), 0, reinterpret_cast<sockaddr*>(&from), &from_len);
        if (n > 0) {
          if (!has_peer_) {
            peer_ = from;
            has_peer_ = true;
          }
          transport_.ReceiveData(buffer, static_cast<size_t>(n));
        }
      }
      if (transport_.TimeUntilTimeout() == 0ms) transport_.HandleTimeout();
    }
  }

  void OnDtlsTransportSendData(DtlsTransport*, const uint8_t* data, size_t len) override {
    if (has_peer_) {
      sendto(fd_, data, len, 0, reinterpret_cast<const sockaddr*>(&peer_), sizeof(peer_));
    }
  }
  void OnDtlsTransportConnected(DtlsTransport*, const SrtpKeyMaterial& material) override {
    keys = material;
  }
  void OnDtlsTransportFailed(DtlsTransport*, const std::string& reason) override {
    failure = reason;
  }
  void OnDtlsTransportClosed(DtlsTransport*) override { closed = true; }

  DtlsTransport& transport() { return transport_; }
  uint16_t port() const { return port_; }

  std::optional<SrtpKeyMaterial> keys;
  std::optional<std::string> failure;
  bool closed = false;

 private:
  std::shared_ptr<const Certificate> certificate_;
  DtlsTransport transport_;
  int fd_ = -1;
  uint16_t port_ = 0;
  sockaddr_in peer_{};
  bool has_peer_ = false;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<uint8_t> ParseHex(const std::string& hex) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return out;
}

// "Keying material: HEX" from s_client/s_server -keymatexport output.
std::optional<std::vector<uint8_t>> KeyingMaterial(const std::string& output) {
  static const std::string kPrefix = "Keying material: ";
  const auto at = output.find(kPrefix);
  if (at == std::string::npos) return std::nullopt;
  const auto end = output.find('\n', at);
  if (end == std::string::npos) return std::nullopt;
  return ParseHex(output.substr(at + kPrefix.size(), end - at - kPrefix.size()));
}

// Checks our keys against the openssl side's export
// (client_key|server_key|client_salt|server_salt).
void ExpectKeysMatch(const SrtpKeyMaterial& keys, const std::vector<uint8_t>& material,
                     bool we_are_client) {
  const size_t key_len = srtp::SrtpKeyLength(keys.profile);
  const size_t salt_len = srtp::SrtpSaltLength(keys.profile);
  ASSERT_EQ(material.size(), 2 * (key_len + salt_len));
  auto part = [&](size_t key_at, size_t salt_at) {
    std::vector<uint8_t> out(material.begin() + key_at, material.begin() + key_at + key_len);
    out.insert(out.end(), material.begin() + salt_at, material.begin() + salt_at + salt_len);
    return out;
  };
  const auto client = part(0, 2 * key_len);
  const auto server = part(key_len, 2 * key_len + salt_len);
  EXPECT_EQ(keys.local_key_salt, we_are_client ? client : server);
  EXPECT_EQ(keys.remote_key_salt, we_are_client ? server : client);
}

class DtlsInteropTest : public ::testing::TestWithParam<SrtpProfile> {
 protected:
  void SetUp() override {
    if (std::system("openssl version > /dev/null 2>&1") != 0) GTEST_SKIP() << "no openssl tool";
    ASSERT_FALSE(dir_.path().empty());
    WritePem(*peer_certificate_, dir_.path() / "cert.pem", dir_.path() / "key.pem");
  }
  std::vector<std::string> CommonArgs() const {
    const size_t length = 2 * srtp::SrtpKeySaltLength(GetParam());
    return {"-dtls1_2",
            "-cert",
            (dir_.path() / "cert.pem").string(),
            "-key",
            (dir_.path() / "key.pem").string(),
            "-use_srtp",
            srtp::SrtpProfileName(GetParam()),
            "-keymatexport",
            "EXTRACTOR-dtls_srtp",
            "-keymatexportlen",
            std::to_string(length)};
  }

  TempDir dir_;
  std::shared_ptr<const Certificate> peer_certificate_ = Certificate::Generate();
  std::filesystem::path output_ = dir_.path() / "openssl.out";
};

TEST_P(DtlsInteropTest, WeAreServerForOpensslClient) {
  UdpDtlsEndpoint us;
  us.transport().Start(DtlsTransport::Role::kServer, "sha-256",
                       peer_certificate_->FingerprintSha256());
  std::vector<std::string> args = {"s_client", "-connect", "127.0.0.1:" + std::to_string(us.port()),
                                   "-ign_eof"};
  for (auto& arg : CommonArgs()) args.push_back(arg);
  OpensslProcess client(args, output_);
  ASSERT_TRUE(client.running());
  std::optional<std::vector<uint8_t>> material;
  us.RunUntil(
      [&] { return us.failure || (us.keys && (material = KeyingMaterial(ReadFile(output_)))); },
      10s);
  ASSERT_TRUE(us.keys.has_value()) << us.failure.value_or("") << "\n" << ReadFile(output_);
  EXPECT_EQ(us.keys->profile, GetParam());
  ASSERT_TRUE(material.has_value()) << ReadFile(output_);
  ExpectKeysMatch(*us.keys, *material, /*we_are_client=*/false);
  EXPECT_NE(ReadFile(output_).find("CN = vc-mcu"), std::string::npos);  // It got our cert.
}

TEST_P(DtlsInteropTest, WeAreClientOfOpensslServer) {
  uint16_t port = 0;
  {
    UdpDtlsEndpoint probe;  // A free port for s_server (released right away).
    port = probe.port();
  }
  std::vector<std::string> args = {
      "s_server", "-accept", "127.0.0.1:" + std::to_string(port), "-verify", "1", "-naccept", "1"};
  for (auto& arg : CommonArgs()) args.push_back(arg);
  OpensslProcess server(args, output_);
  ASSERT_TRUE(server.running());
  const auto ready_by = Clock::now() + 5s;
  while (ReadFile(output_).find("ACCEPT") == std::string::npos && Clock::now() < ready_by) {
    usleep(20000);
  }
  UdpDtlsEndpoint us;
  us.SetPeerPort(port);
  // s_server asks for a cookie (HelloVerifyRequest) before its real flight.
  us.transport().Start(DtlsTransport::Role::kClient, "sha-256",
                       peer_certificate_->FingerprintSha256());
  std::optional<std::vector<uint8_t>> material;
  us.RunUntil(
      [&] { return us.failure || (us.keys && (material = KeyingMaterial(ReadFile(output_)))); },
      10s);
  ASSERT_TRUE(us.keys.has_value()) << us.failure.value_or("") << "\n" << ReadFile(output_);
  EXPECT_EQ(us.keys->profile, GetParam());
  ASSERT_TRUE(material.has_value()) << ReadFile(output_);
  ExpectKeysMatch(*us.keys, *material, /*we_are_client=*/true);
  EXPECT_NE(ReadFile(output_).find("CN = vc-mcu"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Profiles, DtlsInteropTest,
                         ::testing::Values(SrtpProfile::kAes128CmSha1_80,
                                           SrtpProfile::kAeadAes128Gcm),
                         [](const ::testing::TestParamInfo<SrtpProfile>& info) {
                           return std::string(info.param == SrtpProfile::kAeadAes128Gcm ? "Gcm"
                                                                                        : "AesCm");
                         });

}  // namespace
}  // namespace vc::mcu::dtls
