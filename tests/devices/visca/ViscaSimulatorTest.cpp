// The emulator seen from a raw UDP socket: RESET, resends answered without acting twice,
// sequence numbers going backwards refused, moves completing later, bad datagrams answered.
#include "devices/visca/ViscaSimulator.hpp"

#include <gtest/gtest.h>

#include <boost/asio/ip/udp.hpp>

#include <algorithm>

#include "devices/visca/ViscaCommands.hpp"
#include "devices/visca/ViscaReply.hpp"
#include "tests/devices/visca/ViscaTestLoop.hpp"

namespace vc::devices::visca {
namespace {

using namespace std::chrono_literals;
using boost::asio::ip::udp;
using testing::RunUntil;

class ViscaSimulatorTest : public ::testing::Test, public ViscaSimulator::Listener {
 protected:
  struct Received {
    PayloadType type;
    uint32_t sequence;
    Bytes payload;
  };

  ViscaSimulatorTest() : socket_(io_, udp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0)) {}

  void OnViscaSimulatorStateChange(const std::string& line) override { lines_.push_back(line); }

  void Start(std::chrono::milliseconds move_time = 30ms) {
    ViscaSimulator::Options options;
    options.host = "127.0.0.1";
    options.port = 0;
    options.move_time = move_time;
    simulator_ = std::make_unique<ViscaSimulator>(io_, options, this);
    target_ = udp::endpoint(boost::asio::ip::make_address("127.0.0.1"), simulator_->Port());
    Receive();
  }

  void Send(PayloadType type, uint32_t sequence, const Bytes& payload) { SendRaw(EncodePacket(type, sequence, payload)); }
  void SendRaw(const Bytes& datagram) { socket_.send_to(boost::asio::buffer(datagram), target_); }

  void Receive() {
    socket_.async_receive_from(boost::asio::buffer(buffer_), from_, [this](const boost::system::error_code& ec, size_t n) {
      if (ec) return;
      if (auto packet = ParsePacket(std::span<const uint8_t>(buffer_.data(), n))) {
        received_.push_back({packet->type, packet->sequence, Bytes(packet->payload.begin(), packet->payload.end())});
      }
      Receive();
    });
  }

  bool AwaitReplies(size_t count) { return RunUntil(io_, [&] { return received_.size() >= count; }, 10000ms); }

  boost::asio::io_context io_;
  udp::socket socket_;
  udp::endpoint target_;
  udp::endpoint from_;
  std::array<uint8_t, 1500> buffer_{};
  std::vector<Received> received_;
  std::vector<std::string> lines_;
  std::unique_ptr<ViscaSimulator> simulator_;
};

TEST_F(ViscaSimulatorTest, ResetIsAcknowledged) {
  Start();
  Send(PayloadType::kControl, 9, commands::SequenceReset());
  ASSERT_TRUE(AwaitReplies(1));
  EXPECT_EQ(received_[0].type, PayloadType::kControlReply);
  EXPECT_EQ(received_[0].sequence, 9u);
  EXPECT_EQ(received_[0].payload, (Bytes{0x01}));
  EXPECT_EQ(lines_, (std::vector<std::string>{"sequence reset"}));
}

TEST_F(ViscaSimulatorTest, MoveIsAcknowledgedThenCompletedAfterTheMoveTime) {
  Start(200ms);
  Send(PayloadType::kCommand, 1, commands::PresetRecall(2));
  ASSERT_TRUE(AwaitReplies(1));
  EXPECT_EQ(received_[0].payload, EncodeAck(1));
  EXPECT_TRUE(lines_.empty());  // still moving
  ASSERT_TRUE(AwaitReplies(2));
  EXPECT_EQ(received_[1].payload, EncodeCompletion(1));
  EXPECT_EQ(received_[1].sequence, 1u);
  EXPECT_EQ(lines_, (std::vector<std::string>{"preset recalled 2"}));
}

TEST_F(ViscaSimulatorTest, ResendIsAnsweredAgainButNotExecutedTwice) {
  Start();
  Send(PayloadType::kCommand, 5, commands::PresetRecall(3));
  ASSERT_TRUE(AwaitReplies(2));
  Send(PayloadType::kCommand, 5, commands::PresetRecall(3));
  ASSERT_TRUE(AwaitReplies(4));
  EXPECT_EQ(received_[2].payload, EncodeAck(1));
  EXPECT_EQ(received_[3].payload, EncodeCompletion(1));
  EXPECT_EQ(std::count(lines_.begin(), lines_.end(), "preset recalled 3"), 1);
}

TEST_F(ViscaSimulatorTest, SequenceNumberGoingBackIsRefusedUntilReset) {
  Start();
  Send(PayloadType::kCommand, 10, commands::PanTiltHome());
  ASSERT_TRUE(AwaitReplies(2));
  Send(PayloadType::kCommand, 4, commands::PowerOn());
  ASSERT_TRUE(AwaitReplies(3));
  EXPECT_EQ(received_[2].type, PayloadType::kControl);
  EXPECT_EQ(received_[2].payload, (Bytes{0x0F, 0x01}));
  Send(PayloadType::kControl, 0, commands::SequenceReset());
  Send(PayloadType::kCommand, 1, commands::PowerOn());
  ASSERT_TRUE(AwaitReplies(6));
  EXPECT_EQ(received_[5].payload, EncodeCompletion(1));
}

TEST_F(ViscaSimulatorTest, InquiryIsAnsweredAtOnce) {
  Start();
  Send(PayloadType::kInquiry, 1, commands::PowerInquiry());
  ASSERT_TRUE(AwaitReplies(1));
  EXPECT_EQ(received_[0].payload, (Bytes{0x90, 0x50, 0x02, 0xFF}));
}

TEST_F(ViscaSimulatorTest, UnknownCommandIsASyntaxError) {
  Start();
  Send(PayloadType::kCommand, 1, Bytes{0x81, 0x01, 0x7E, 0x01, 0xFF});
  Send(PayloadType::kInquiry, 2, commands::PowerOn());  // a command sent as an inquiry
  ASSERT_TRUE(AwaitReplies(2));
  EXPECT_EQ(received_[0].payload, EncodeError(0, error_code::kSyntax));
  EXPECT_EQ(received_[1].payload, EncodeError(0, error_code::kSyntax));
}

TEST_F(ViscaSimulatorTest, TwoMovesFillBothSocketsAndAThirdIsRefused) {
  Start(500ms);
  Send(PayloadType::kCommand, 1, commands::PanTiltHome());
  Send(PayloadType::kCommand, 2, commands::ZoomDirect(0x100));
  Send(PayloadType::kCommand, 3, commands::PresetRecall(1));
  ASSERT_TRUE(AwaitReplies(3));
  EXPECT_EQ(received_[0].payload, EncodeAck(1));
  EXPECT_EQ(received_[1].payload, EncodeAck(2));
  EXPECT_EQ(received_[2].payload, EncodeError(0, error_code::kBufferFull));
  ASSERT_TRUE(AwaitReplies(5));
}

TEST_F(ViscaSimulatorTest, MalformedDatagramGetsAMessageError) {
  Start();
  SendRaw(Bytes{0x01, 0x00, 0x00});
  ASSERT_TRUE(AwaitReplies(1));
  EXPECT_EQ(received_[0].type, PayloadType::kControl);
  EXPECT_EQ(received_[0].payload, (Bytes{0x0F, 0x02}));
  EXPECT_EQ(simulator_->DatagramsReceived(), 1u);
}

}  // namespace
}  // namespace vc::devices::visca
