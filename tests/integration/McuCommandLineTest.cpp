// vc-mcu's command line as an operator meets it: --help, bad arguments (exit 2, one line on
// stderr) and start-up failures (exit 1, a one-line reason alone on stderr). Each run is killed
// after 10 s.
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <filesystem>
#include <unistd.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/integration/McuProcess.hpp"

namespace vc::tests::integration {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class McuCommandLineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto binary = McuProcess::DefaultBinary();
    if (binary.empty() || !std::filesystem::exists(binary)) {
      GTEST_SKIP() << "no vc-mcu binary at '" << binary.string() << "' (VC_BIN_DIR)";
    }
  }

  static std::string Describe(const McuProcess::Completed& run) {
    return "code " + std::to_string(run.status.code) + ", signal " +
           std::to_string(run.status.signal) + (run.status.timed_out ? ", timed out" : "") +
           "\nstdout:\n" + run.out + "stderr:\n" + run.err;
  }

  // A usage error: exit 2, nothing on stdout, exactly one "vc-mcu: ..." line on stderr.
  static void ExpectUsageError(const std::vector<std::string>& arguments) {
    const auto run = McuProcess::RunToExit(arguments);
    SCOPED_TRACE(Describe(run));
    EXPECT_FALSE(run.status.timed_out);
    EXPECT_TRUE(run.status.exited);
    EXPECT_EQ(run.status.code, 2);
    EXPECT_EQ(run.out, "");
    const auto lines = Lines(run.err);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].rfind("vc-mcu: ", 0), 0u);
  }

  // A start-up failure: exit 1 with exactly one "vc-mcu: ..." line on stderr that mentions
  // `needle` (the MCU logs nothing else before its server is up).
  static void ExpectStartFailure(const std::vector<std::string>& arguments,
                                 const std::string& needle) {
    const auto run = McuProcess::RunToExit(arguments);
    SCOPED_TRACE(Describe(run));
    EXPECT_FALSE(run.status.timed_out);
    EXPECT_TRUE(run.status.exited);
    EXPECT_EQ(run.status.code, 1);
    EXPECT_EQ(run.out, "");
    const auto lines = Lines(run.err);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].rfind("vc-mcu: ", 0), 0u);
    EXPECT_NE(lines[0].find(needle), std::string::npos);
  }
};

TEST_F(McuCommandLineTest, HelpPrintsUsageOnStdoutAndExitsZero) {
  const auto run = McuProcess::RunToExit({"--help"});
  SCOPED_TRACE(Describe(run));
  EXPECT_TRUE(run.status.exited);
  EXPECT_EQ(run.status.code, 0);
  EXPECT_EQ(run.out.rfind("Usage: vc-mcu", 0), 0u);
  EXPECT_NE(run.out.find("--listen"), std::string::npos);
  EXPECT_NE(run.out.find("--tls-cert"), std::string::npos);
  EXPECT_EQ(run.err, "");
}

TEST_F(McuCommandLineTest, UnknownOptionIsAUsageError) { ExpectUsageError({"--frobnicate"}); }

TEST_F(McuCommandLineTest, ListenWithoutPortIsAUsageError) {
  ExpectUsageError({"--listen", "nohost"});
}

TEST_F(McuCommandLineTest, CertificateWithoutKeyIsAUsageError) {
  ExpectUsageError({"--tls-cert", "only.pem"});
}

TEST_F(McuCommandLineTest, AddressInUseExitsOneNamingTheAddress) {
  boost::asio::io_context io;
  const boost::asio::ip::tcp::endpoint any_port(boost::asio::ip::make_address("127.0.0.1"), 0);
  boost::asio::ip::tcp::acceptor occupant(io, any_port, /*reuse_address=*/false);
  const std::string address = "127.0.0.1:" + std::to_string(occupant.local_endpoint().port());
  ExpectStartFailure({"--listen", address}, address);
}

TEST_F(McuCommandLineTest, MissingCertificateFileExitsOneNamingTheFile) {
  const auto missing = std::filesystem::temp_directory_path() / "vc-mcu-no-such-dir";
  ExpectStartFailure({"--listen", "127.0.0.1:0", "--tls-cert", (missing / "cert.pem").string(),
                      "--tls-key", (missing / "key.pem").string()},
                     (missing / "cert.pem").string());
}

TEST_F(McuCommandLineTest, ShortOrMissingJoinKeyExitsOneNamingTheFile) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto missing = dir / "vc-mcu-no-such-join-key";
  ExpectStartFailure({"--listen", "127.0.0.1:0", "--join-key-file", missing.string()}, missing.string());
  const auto short_key = dir / ("vc-mcu-short-join-key-" + std::to_string(::getpid()));
  std::ofstream(short_key) << "too short\n";
  ExpectStartFailure({"--listen", "127.0.0.1:0", "--join-key-file", short_key.string()},
                     "at least 32 are needed");
  std::filesystem::remove(short_key);
}

TEST_F(McuCommandLineTest, ARecordingDirThatIsMissingOrAFileExitsOneNamingIt) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto missing = dir / "vc-mcu-no-such-recording-dir";
  ExpectStartFailure({"--listen", "127.0.0.1:0", "--recording-dir", missing.string()},
                     "--recording-dir '" + missing.string() + "': no such directory");
  const auto file = dir / ("vc-mcu-recording-dir-file-" + std::to_string(::getpid()));
  std::ofstream(file) << "not a directory\n";
  ExpectStartFailure({"--listen", "127.0.0.1:0", "--recording-dir", file.string()}, "not a directory");
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace vc::tests::integration
