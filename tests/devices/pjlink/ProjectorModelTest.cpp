// The emulator's projector model on a hand-advanced clock.
#include <gtest/gtest.h>

#include "devices/pjlink/sim/ProjectorModel.hpp"

namespace vc::devices::pjlink::sim {
namespace {

using namespace std::chrono_literals;

class ProjectorModelTest : public ::testing::Test {
 protected:
  ProjectorModel MakeModel(Fault fault = Fault::kNone) {
    ModelConfig config;
    config.warmup = 10s;
    config.cooldown = 5s;
    config.fault = fault;
    return ProjectorModel(config, [this](const std::string& line) { lines_.push_back(line); });
  }
  std::string Answer(ProjectorModel& model, Command command, std::string parameter = "?") {
    return BuildReply(model.Handle({command, std::move(parameter)}, now_));
  }

  ProjectorModel::Clock::time_point now_{};
  std::vector<std::string> lines_;
};

TEST_F(ProjectorModelTest, WarmsUpCoolsDownAndSwitchesInput) {
  auto model = MakeModel();
  EXPECT_EQ(Answer(model, Command::kPower), "%1POWR=0\r");
  EXPECT_EQ(Answer(model, Command::kInput, "31"), "%1INPT=ERR3\r");
  EXPECT_EQ(Answer(model, Command::kPower, "1"), "%1POWR=OK\r");
  EXPECT_EQ(Answer(model, Command::kPower), "%1POWR=3\r");
  EXPECT_EQ(Answer(model, Command::kPower, "0"), "%1POWR=ERR3\r");  // refuses while warming
  now_ += 10s;
  EXPECT_EQ(Answer(model, Command::kPower), "%1POWR=1\r");
  EXPECT_EQ(Answer(model, Command::kInput, "31"), "%1INPT=OK\r");
  EXPECT_EQ(Answer(model, Command::kInput), "%1INPT=31\r");
  EXPECT_EQ(Answer(model, Command::kInput, "59"), "%1INPT=ERR2\r");
  EXPECT_EQ(Answer(model, Command::kAvMute, "31"), "%1AVMT=OK\r");
  EXPECT_EQ(Answer(model, Command::kAvMute), "%1AVMT=31\r");
  EXPECT_EQ(Answer(model, Command::kLamp), "%1LAMP=1234 1\r");
  EXPECT_EQ(Answer(model, Command::kPower, "0"), "%1POWR=OK\r");
  EXPECT_EQ(Answer(model, Command::kPower), "%1POWR=2\r");
  EXPECT_EQ(Answer(model, Command::kPower, "1"), "%1POWR=ERR3\r");  // refuses while cooling
  now_ += 5s;
  EXPECT_EQ(Answer(model, Command::kPower), "%1POWR=0\r");
  EXPECT_EQ(lines_, (std::vector<std::string>{"power=warming", "power=on", "input=31", "avmute=31",
                                              "power=cooling", "power=off"}));
}

TEST_F(ProjectorModelTest, AnswersInformationQueries) {
  auto model = MakeModel();
  EXPECT_EQ(Answer(model, Command::kInputList), "%1INST=11 12 31 32\r");
  EXPECT_EQ(Answer(model, Command::kName), "%1NAME=vc-pjlink-sim\r");
  EXPECT_EQ(Answer(model, Command::kManufacturer), "%1INF1=VC Emulated\r");
  EXPECT_EQ(Answer(model, Command::kClass), "%1CLSS=1\r");
  EXPECT_EQ(Answer(model, Command::kErrorStatus), "%1ERST=000000\r");
  EXPECT_EQ(Answer(model, Command::kClass, "2"), "%1CLSS=ERR2\r");
  EXPECT_EQ(Answer(model, Command::kPower, "7"), "%1POWR=ERR2\r");
}

TEST_F(ProjectorModelTest, LampFaultRefusesPowerOn) {
  auto model = MakeModel(Fault::kLamp);
  EXPECT_EQ(Answer(model, Command::kErrorStatus), "%1ERST=020000\r");
  EXPECT_EQ(Answer(model, Command::kPower, "1"), "%1POWR=ERR4\r");
  EXPECT_EQ(Answer(model, Command::kPower), "%1POWR=0\r");
  EXPECT_EQ(Answer(model, Command::kLamp), "%1LAMP=1234 0\r");
}

TEST(ProjectorFaultTest, NamesRoundTrip) {
  for (Fault fault : {Fault::kNone, Fault::kLamp, Fault::kNoAnswer, Fault::kGarbled, Fault::kWrongPasswordAlways}) {
    EXPECT_EQ(ParseFault(FaultName(fault)), fault);
  }
  EXPECT_FALSE(ParseFault("smoke"));
}

}  // namespace
}  // namespace vc::devices::pjlink::sim
