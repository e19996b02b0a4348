#pragma once
// Stores over a real SQLite file in a temp dir, on a ManualClock.
#include <gtest/gtest.h>

#include "provisioning/service/Stores.hpp"
#include "tests/provisioning/support/TempDir.hpp"

namespace vc::provision::test {

class ServiceFixture : public ::testing::Test {
 protected:
  static constexpr int64_t kStart = 1796112000;  // 2026-12-01T08:00:00Z

  static ServiceSettings Settings() {
    ServiceSettings s;
    s.public_url = "https://prov.example:8700";
    return s;
  }
  static Room SampleRoom(const std::string& name = "Phòng GD&ĐT Huyện Mỹ Đức") {
    Room r;
    r.name = name;
    r.site = name;
    r.mcu_url = "wss://mcu.example:8443/ws";
    r.mcu_room = "my-duc";
    r.projector_host = "10.20.72.20";
    return r;
  }

  TempDir dir_;
  ManualClock clock_{kStart};
  Database db_{dir_.File("p.db")};
  Stores stores_{db_, clock_, Settings()};
};

}  // namespace vc::provision::test
