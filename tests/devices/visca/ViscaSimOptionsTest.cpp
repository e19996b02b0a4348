// vc-visca-sim's command line: defaults, every option, and one-line reasons for bad values.
#include "devices/visca/ViscaSimOptions.hpp"

#include <gtest/gtest.h>

namespace vc::devices::visca {
namespace {

TEST(ViscaSimOptionsTest, Defaults) {
  const ViscaSimOptions options = ParseViscaSimOptions({});
  EXPECT_FALSE(options.show_help);
  EXPECT_EQ(options.simulator.host, "127.0.0.1");
  EXPECT_EQ(options.simulator.port, 52381);
  EXPECT_EQ(options.simulator.fault.kind, ViscaFault::Kind::kNone);
  EXPECT_TRUE(options.simulator.power_on);
}

TEST(ViscaSimOptionsTest, EveryOption) {
  const ViscaSimOptions options = ParseViscaSimOptions(
      {"--listen", "[::1]:0", "--move-ms", "1500", "--fault", "drop-first-n=4", "--power", "standby"});
  EXPECT_EQ(options.simulator.host, "::1");
  EXPECT_EQ(options.simulator.port, 0);
  EXPECT_EQ(options.simulator.move_time.count(), 1500);
  EXPECT_EQ(options.simulator.fault.kind, ViscaFault::Kind::kDropFirst);
  EXPECT_EQ(options.simulator.fault.drop_first, 4);
  EXPECT_FALSE(options.simulator.power_on);
  EXPECT_EQ(ParseViscaSimOptions({"--fault", "no-answer"}).simulator.fault.kind, ViscaFault::Kind::kNoAnswer);
  EXPECT_EQ(ParseViscaSimOptions({"--fault", "garbled"}).simulator.fault.kind, ViscaFault::Kind::kGarbled);
  EXPECT_EQ(ParseViscaSimOptions({"--fault", "not-executable"}).simulator.fault.kind,
            ViscaFault::Kind::kNotExecutable);
  EXPECT_TRUE(ParseViscaSimOptions({"--help"}).show_help);
}

TEST(ViscaSimOptionsTest, BadValuesNameTheOption) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--listen", "camera:52381"}, "--listen"},
      {{"--listen", "127.0.0.1"}, "--listen"},
      {{"--listen", "127.0.0.1:99999"}, "--listen port"},
      {{"--move-ms", "-5"}, "--move-ms"},
      {{"--fault", "drop-first-n=x"}, "--fault"},
      {{"--fault", "sometimes"}, "--fault"},
      {{"--power", "maybe"}, "--power"},
      {{"--listen"}, "--listen needs a value"},
      {{"extra"}, "unknown argument 'extra'"},
  };
  for (const auto& [args, words] : cases) {
    try {
      ParseViscaSimOptions(args);
      ADD_FAILURE() << "accepted " << args[0];
    } catch (const OptionsError& error) {
      EXPECT_EQ(std::string(error.what()).find(words), 0u) << error.what();
      EXPECT_EQ(std::string(error.what()).find('\n'), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace vc::devices::visca
