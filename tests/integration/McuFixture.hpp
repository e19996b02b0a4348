#pragma once
// Base fixture: every test gets a fresh vc-mcu on an ephemeral port, stopped with SIGTERM at the
// end (exit status 0 expected). The MCU's log is printed when the test failed.

#include "tests/integration/HttpProbe.hpp"
#include "tests/integration/McuProcess.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

namespace vc::tests::integration {

class McuFixture : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // How SetUp starts the MCU; a fixture overrides it for extra arguments (TLS files, ...).
  virtual McuProcess::Options ProcessOptions() { return {}; }

  uint16_t Port() const { return mcu_->Port(); }
  McuProcess& Mcu() { return *mcu_; }
  // The process is alive and GET /healthz answers 200.
  void ExpectMcuHealthy();
  std::string Metrics();
  double Counter(const std::string& name, const std::map<std::string, std::string>& labels = {});

  std::unique_ptr<McuProcess> mcu_;
};

}  // namespace vc::tests::integration
