// Bad input over signaling: each kind gets its documented error code, the socket stays usable
// when the code is not fatal, and the MCU keeps serving (alive, /healthz 200).

#include "tests/integration/McuFixture.hpp"
#include "tests/integration/SignalingClient.hpp"
#include "tests/integration/WebrtcbinPeer.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include <sstream>

namespace vc::tests::integration {
namespace {

using namespace std::chrono_literals;
namespace asio = boost::asio;

// A real offer from webrtcbin: bad offers are made from it by removing one thing.
std::string RealOffer() {
  WebrtcbinPeer peer({});
  peer.Start();
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (std::chrono::steady_clock::now() < deadline) {
    const auto out = peer.WaitOutgoing(500ms);
    if (out && out->kind == WebrtcbinPeer::Outgoing::Kind::kOffer) return out->text;
  }
  return {};
}

std::string WithoutLinesStartingWith(const std::string& sdp, const std::string& prefix) {
  std::istringstream lines(sdp);
  std::string line;
  std::string out;
  while (std::getline(lines, line)) {
    if (line.rfind(prefix, 0) != 0) out += line + "\n";
  }
  return out;
}

class SignalingBadInput : public McuFixture {
 protected:
  // Sends `text` and expects an `error` with `code` within 5 s.
  void ExpectError(SignalingClient& client, const std::string& text, const std::string& code) {
    ASSERT_TRUE(client.SendText(text)) << client.Transcript();
    const auto error = client.WaitForType("error", 5s);
    ASSERT_TRUE(error) << "no error for " << text.substr(0, 200) << "\n" << client.Transcript();
    EXPECT_EQ(error->value("code", ""), code) << error->dump();
    EXPECT_TRUE((*error)["reason"].is_string()) << error->dump();
  }
  void ExpectJoined(SignalingClient& client, const std::string& room = "phong-hop") {
    ASSERT_TRUE(client.Send({{"type", "join"}, {"room", room}, {"name", "Sở GD&ĐT Hà Nội"}}));
    EXPECT_TRUE(client.WaitForType("joined", 5s)) << client.Transcript();
  }
  // After a non-fatal error the socket still answers: an unknown type gets unknown_type.
  void ExpectStillUsable(SignalingClient& client) {
    EXPECT_FALSE(client.IsClosed()) << client.Transcript();
    ExpectError(client, R"({"type":"still-there?"})", "unknown_type");
  }
};

TEST_F(SignalingBadInput, MalformedJsonGetsBadJsonAndSocketStaysUsable) {
  SignalingClient client(Port());
  ExpectError(client, R"({"type":"join","room":)", "bad_json");
  ExpectError(client, "[1,2,3]", "bad_json");
  ExpectError(client, R"("just a string")", "bad_json");
  ExpectJoined(client);
  ExpectMcuHealthy();
}

TEST_F(SignalingBadInput, UnknownTypeGetsUnknownType) {
  SignalingClient client(Port());
  ExpectError(client, R"({"type":"dance","room":"echo"})", "unknown_type");
  ExpectJoined(client);
  ExpectMcuHealthy();
}

TEST_F(SignalingBadInput, SecondJoinGetsAlreadyJoined) {
  SignalingClient client(Port());
  ExpectJoined(client);
  ExpectError(client, R"({"type":"join","room":"phong-khac","name":"Lần hai"})", "already_joined");
  ExpectStillUsable(client);
  ExpectMcuHealthy();
}

class OfferMissingLine : public SignalingBadInput,
                         public ::testing::WithParamInterface<const char*> {};

TEST_P(OfferMissingLine, GetsBadSdpAndTheIntactOfferStillWorks) {
  const std::string offer = RealOffer();
  ASSERT_FALSE(offer.empty()) << "webrtcbin produced no offer";
  const std::string bad = WithoutLinesStartingWith(offer, GetParam());
  ASSERT_NE(bad, offer) << "the offer has no line starting with " << GetParam();

  SignalingClient client(Port());
  ExpectJoined(client);
  ExpectError(client, nlohmann::json{{"type", "offer"}, {"sdp", bad}}.dump(), "bad_sdp");
  // Nothing was set up, so the same socket can still offer; the intact offer is answered.
  ASSERT_TRUE(client.Send({{"type", "offer"}, {"sdp", offer}}));
  const auto answer = client.WaitForType("answer", 5s);
  EXPECT_TRUE(answer) << client.Transcript();
  ExpectMcuHealthy();
}

INSTANTIATE_TEST_SUITE_P(RequiredLines, OfferMissingLine,
                         ::testing::Values("a=fingerprint:", "a=ice-ufrag:", "a=ice-pwd:",
                                           "a=group:BUNDLE", "a=rtcp-mux"),
                         [](const auto& info) {
                           std::string name;
                           for (const char* c = info.param + 2; *c != '\0'; ++c) {
                             if (std::isalnum(static_cast<unsigned char>(*c))) name += *c;
                           }
                           return name;
                         });

TEST_F(SignalingBadInput, NonSdpOfferGetsBadSdp) {
  SignalingClient client(Port());
  ExpectJoined(client);
  ExpectError(client, R"({"type":"offer","sdp":"this is not SDP\r\nm=nothing\r\n"})", "bad_sdp");
  ExpectStillUsable(client);
  ExpectMcuHealthy();
}

TEST_F(SignalingBadInput, BogusCandidateGetsBadCandidate) {
  const std::string offer = RealOffer();
  ASSERT_FALSE(offer.empty());
  SignalingClient client(Port());
  ExpectJoined(client);
  ASSERT_TRUE(client.Send({{"type", "offer"}, {"sdp", offer}}));
  ASSERT_TRUE(client.WaitForType("answer", 5s)) << client.Transcript();
  for (const char* bogus :
       {"candidate:garbage", "candidate:1 1 udp notanumber 127.0.0.1 5000 typ host",
        "candidate:1 1 udp 2130706431 127.0.0.1 99999 typ host",
        "candidate:1 1 udp 2130706431 not-an-address 5000 typ host"}) {
    SCOPED_TRACE(bogus);
    ExpectError(client,
                nlohmann::json{{"type", "candidate"}, {"candidate", bogus}, {"sdpMid", "0"},
                               {"sdpMLineIndex", 0}}.dump(),
                "bad_candidate");
  }
  ExpectStillUsable(client);
  ExpectMcuHealthy();
}

TEST_F(SignalingBadInput, HalfUpgradeThatVanishesDoesNotBlockTheServer) {
  asio::io_context io;
  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), Port());
  const std::string half =
      "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgr";
  for (int i = 0; i < 5; ++i) {  // connect, half a request, gone
    asio::ip::tcp::socket socket(io);
    socket.connect(endpoint);
    asio::write(socket, asio::buffer(half.data(), half.size() - static_cast<size_t>(i) * 7));
    socket.close();
  }
  asio::ip::tcp::socket silent(io);  // stays connected and says nothing
  silent.connect(endpoint);
  asio::ip::tcp::socket stalled(io);  // stays connected in the middle of its request
  stalled.connect(endpoint);
  asio::write(stalled, asio::buffer(half));

  SignalingClient client(Port());
  ExpectJoined(client);
  ExpectMcuHealthy();
}

TEST_F(SignalingBadInput, OversizedMessageIsRefused) {
  SignalingClient client(Port());
  ExpectJoined(client);
  const std::string huge =
      nlohmann::json{{"type", "candidate"}, {"candidate", std::string(70 * 1024, 'x')}}.dump();
  client.SendText(huge);  // may fail half-way when the MCU closes first
  const auto error = client.WaitFor(
      [](const nlohmann::json& m) {
        return m.value("type", "") == "error" && m.value("code", "") == "message_too_large";
      },
      5s);
  EXPECT_TRUE(client.WaitClosed(5s)) << "message_too_large is fatal\n" << client.Transcript();
  EXPECT_TRUE(error.has_value() || client.CloseCode() == 1009)
      << "want error message_too_large or close code 1009 (too big)\n" << client.Transcript();

  SignalingClient next(Port());
  ExpectJoined(next);
  ExpectMcuHealthy();
}

}  // namespace
}  // namespace vc::tests::integration
