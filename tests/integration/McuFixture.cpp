#include "tests/integration/McuFixture.hpp"

#include <filesystem>
#include <iostream>

namespace vc::tests::integration {

void McuFixture::SetUp() {
  const auto binary = McuProcess::DefaultBinary();
  if (binary.empty() || !std::filesystem::exists(binary)) {
    GTEST_SKIP() << "no vc-mcu binary at '" << binary.string() << "' (VC_BIN_DIR)";
  }
  try {
    mcu_ = std::make_unique<McuProcess>(ProcessOptions());
  } catch (const std::exception& e) {
    FAIL() << e.what();
  }
}

void McuFixture::TearDown() {
  if (!mcu_) return;
  const bool was_running = mcu_->IsRunning();
  EXPECT_TRUE(was_running) << "vc-mcu died during the test (code "
                           << mcu_->ExitedWith().value_or(McuProcess::ExitStatus{}).code
                           << ", signal "
                           << mcu_->ExitedWith().value_or(McuProcess::ExitStatus{}).signal << ")";
  const auto status = mcu_->Stop();
  if (was_running) {
    EXPECT_FALSE(status.timed_out) << "vc-mcu did not stop within 10 s of SIGTERM";
    EXPECT_TRUE(status.exited && status.code == 0)
        << "vc-mcu stopped with code " << status.code << ", signal " << status.signal;
  }
  if (HasFailure()) {
    std::cerr << "----- vc-mcu log (" << mcu_->LogPath().string() << ") -----\n"
              << mcu_->Log() << "----- end of vc-mcu log -----\n";
  } else {
    std::error_code ignored;
    std::filesystem::remove(mcu_->LogPath(), ignored);
  }
}

void McuFixture::ExpectMcuHealthy() {
  ASSERT_TRUE(mcu_->IsRunning()) << "vc-mcu is no longer running";
  const auto response = HttpProbe::Get(Port(), "/healthz");
  EXPECT_EQ(response.status, 200) << "GET /healthz: " << response.error << " " << response.body;
}

std::string McuFixture::Metrics() {
  const auto response = HttpProbe::Get(Port(), "/metrics");
  EXPECT_EQ(response.status, 200) << "GET /metrics: " << response.error;
  return response.body;
}

double McuFixture::Counter(const std::string& name,
                           const std::map<std::string, std::string>& labels) {
  return HttpProbe::CounterSum(Metrics(), name, labels);
}

}  // namespace vc::tests::integration
