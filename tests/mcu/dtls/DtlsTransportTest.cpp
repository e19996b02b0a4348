#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "mcu/dtls/DtlsError.hpp"
#include "mcu/dtls/DtlsTransport.hpp"
#include "tests/mcu/dtls/DtlsTestPeer.hpp"

namespace vc::mcu::dtls {
namespace {

using namespace std::chrono_literals;
using srtp::SrtpProfile;
using test::DtlsTestPeer;
using test::Pump;
using test::StartPair;
using Role = DtlsTransport::Role;
using State = DtlsTransport::State;

DtlsTransport::Options FastRetransmit() {
  DtlsTransport::Options options;
  options.initial_retransmit_timeout = 20ms;
  return options;
}

// Waits for the transport's retransmission timer and fires it.
void FireTimer(DtlsTransport& transport) {
  const auto wait = transport.TimeUntilTimeout();
  ASSERT_TRUE(wait.has_value());
  ASSERT_LT(*wait, 1s);
  std::this_thread::sleep_for(*wait + 5ms);
  transport.HandleTimeout();
}

class DtlsHandshakeTest : public ::testing::TestWithParam<bool> {};

TEST_P(DtlsHandshakeTest, ConnectsAndExportsCrosswiseKeys) {
  DtlsTestPeer a;
  DtlsTestPeer b;
  const bool a_is_client = GetParam();
  DtlsTestPeer& client = a_is_client ? a : b;
  DtlsTestPeer& server = a_is_client ? b : a;
  StartPair(client, server);
  EXPECT_EQ(client.transport->state(), State::kConnecting);
  Pump(client, server);

  ASSERT_EQ(client.transport->state(), State::kConnected) << client.failure.value_or("");
  ASSERT_EQ(server.transport->state(), State::kConnected) << server.failure.value_or("");
  ASSERT_TRUE(client.keys && server.keys);
  EXPECT_EQ(client.keys->profile, SrtpProfile::kAeadAes128Gcm);  // Preferred by default.
  EXPECT_EQ(server.keys->profile, SrtpProfile::kAeadAes128Gcm);
  EXPECT_EQ(client.keys->local_key_salt.size(), 28u);
  EXPECT_EQ(client.keys->local_key_salt, server.keys->remote_key_salt);
  EXPECT_EQ(client.keys->remote_key_salt, server.keys->local_key_salt);
  EXPECT_NE(client.keys->local_key_salt, client.keys->remote_key_salt);
  EXPECT_EQ(client.transport->role(), Role::kClient);
  EXPECT_LE(client.max_datagram, 1200u);
  EXPECT_LE(server.max_datagram, 1200u);
  EXPECT_EQ(client.transport->ignored_datagrams(), 0u);
  EXPECT_EQ(server.transport->ignored_datagrams(), 0u);
}

INSTANTIATE_TEST_SUITE_P(BothRoleOrders, DtlsHandshakeTest, ::testing::Bool());

TEST(DtlsTransportTest, NegotiatesAesCmWhenThatIsAllTheClientOffers) {
  DtlsTransport::Options only_cm;
  only_cm.srtp_profiles = {SrtpProfile::kAes128CmSha1_80};
  DtlsTestPeer client(only_cm);
  DtlsTestPeer server;
  StartPair(client, server);
  Pump(client, server);
  ASSERT_TRUE(client.keys && server.keys);
  EXPECT_EQ(server.keys->profile, SrtpProfile::kAes128CmSha1_80);
  EXPECT_EQ(server.keys->local_key_salt.size(), 30u);
  EXPECT_EQ(client.keys->local_key_salt, server.keys->remote_key_salt);
}

TEST(DtlsTransportTest, NoCommonSrtpProfileFails) {
  DtlsTransport::Options only_cm;
  only_cm.srtp_profiles = {SrtpProfile::kAes128CmSha1_80};
  DtlsTransport::Options only_gcm;
  only_gcm.srtp_profiles = {SrtpProfile::kAeadAes128Gcm};
  DtlsTestPeer client(only_cm);
  DtlsTestPeer server(only_gcm);
  StartPair(client, server);
  Pump(client, server);
  EXPECT_EQ(client.transport->state(), State::kFailed);
  ASSERT_TRUE(client.failure.has_value());
  EXPECT_NE(client.failure->find("SRTP"), std::string::npos) << *client.failure;
}

TEST(DtlsTransportTest, SmallMtuFragmentsTheFlights) {
  DtlsTransport::Options small;
  small.mtu = 300;
  DtlsTestPeer client(small);
  DtlsTestPeer server(small);
  StartPair(client, server);
  Pump(client, server);
  ASSERT_TRUE(client.keys && server.keys);
  EXPECT_LE(client.max_datagram, 300u);
  EXPECT_LE(server.max_datagram, 300u);
}

TEST(DtlsTransportTest, FingerprintCaseDoesNotMatter) {
  DtlsTestPeer client;
  DtlsTestPeer server;
  std::string lower = server.certificate->FingerprintSha256();
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  server.transport->Start(Role::kServer, "SHA-256", client.certificate->FingerprintSha256());
  client.transport->Start(Role::kClient, "sha-256", lower);
  Pump(client, server);
  EXPECT_EQ(client.transport->state(), State::kConnected);
  EXPECT_EQ(server.transport->state(), State::kConnected);
}

class DtlsFingerprintMismatchTest : public ::testing::TestWithParam<bool> {};

TEST_P(DtlsFingerprintMismatchTest, FailsWithAClearReason) {
  DtlsTestPeer client;
  DtlsTestPeer server;
  const auto stranger = Certificate::Generate()->FingerprintSha256();
  const bool client_checks_wrong = GetParam();
  server.transport->Start(Role::kServer, "sha-256",
                          client_checks_wrong ? client.certificate->FingerprintSha256() : stranger);
  client.transport->Start(Role::kClient, "sha-256",
                          client_checks_wrong ? stranger : server.certificate->FingerprintSha256());
  Pump(client, server);
  DtlsTestPeer& checker = client_checks_wrong ? client : server;
  DtlsTestPeer& other = client_checks_wrong ? server : client;
  EXPECT_EQ(checker.transport->state(), State::kFailed);
  ASSERT_TRUE(checker.failure.has_value());
  EXPECT_NE(checker.failure->find("fingerprint mismatch"), std::string::npos) << *checker.failure;
  EXPECT_FALSE(checker.keys.has_value());
  // The checker's alert ends the other side's handshake too.
  EXPECT_EQ(other.transport->state(), State::kFailed);
  EXPECT_FALSE(other.keys.has_value());
}

INSTANTIATE_TEST_SUITE_P(ClientOrServerChecks, DtlsFingerprintMismatchTest, ::testing::Bool());

TEST(DtlsTransportTest, RecordsBeforeStartAreKeptUntilStart) {
  DtlsTestPeer client;
  DtlsTestPeer server;
  client.transport->Start(Role::kClient, "sha-256", server.certificate->FingerprintSha256());
  ASSERT_FALSE(client.outbox.empty());  // ClientHello.
  for (const auto& d : client.outbox) server.transport->ReceiveData(d.data(), d.size());
  client.outbox.clear();
  EXPECT_EQ(server.transport->state(), State::kNew);
  EXPECT_TRUE(server.outbox.empty());
  server.transport->Start(Role::kServer, "sha-256", client.certificate->FingerprintSha256());
  Pump(client, server);
  EXPECT_EQ(client.transport->state(), State::kConnected);
  EXPECT_EQ(server.transport->state(), State::kConnected);
}

TEST(DtlsTransportTest, RetransmitsADroppedClientHello) {
  DtlsTestPeer client(FastRetransmit());
  DtlsTestPeer server(FastRetransmit());
  StartPair(client, server);
  ASSERT_FALSE(client.outbox.empty());
  client.outbox.clear();  // Lost on the wire.
  EXPECT_EQ(Pump(client, server), 0u);
  FireTimer(*client.transport);
  ASSERT_FALSE(client.outbox.empty());
  Pump(client, server);
  EXPECT_EQ(client.transport->state(), State::kConnected);
  EXPECT_EQ(server.transport->state(), State::kConnected);
}

TEST(DtlsTransportTest, RetransmitsADroppedServerFlight) {
  DtlsTestPeer client(FastRetransmit());
  DtlsTestPeer server(FastRetransmit());
  StartPair(client, server);
  for (const auto& d : client.outbox) server.transport->ReceiveData(d.data(), d.size());
  client.outbox.clear();
  ASSERT_FALSE(server.outbox.empty());
  server.outbox.clear();  // ServerHello..ServerHelloDone lost.
  // Either side's timer recovers it: the client resends its hello, the server its flight.
  FireTimer(*server.transport);
  ASSERT_FALSE(server.outbox.empty());
  Pump(client, server);
  EXPECT_EQ(client.transport->state(), State::kConnected);
  EXPECT_EQ(server.transport->state(), State::kConnected);
}

TEST(DtlsTransportTest, HandshakeTimeoutFails) {
  auto now = std::chrono::steady_clock::now();
  DtlsTransport::Options options;
  options.handshake_timeout = 5s;
  options.clock = [&now] { return now; };
  DtlsTestPeer client(options);
  client.transport->Start(Role::kClient, "sha-256", Certificate::Generate()->FingerprintSha256());
  ASSERT_TRUE(client.transport->TimeUntilTimeout().has_value());
  EXPECT_LE(*client.transport->TimeUntilTimeout(), 1000ms);  // OpenSSL's first retransmission.
  now += 4s;
  client.transport->HandleTimeout();
  EXPECT_EQ(client.transport->state(), State::kConnecting);
  now += 2s;
  EXPECT_EQ(client.transport->TimeUntilTimeout(), 0ms);
  client.transport->HandleTimeout();
  EXPECT_EQ(client.transport->state(), State::kFailed);
  ASSERT_TRUE(client.failure.has_value());
  EXPECT_NE(client.failure->find("timed out"), std::string::npos) << *client.failure;
  EXPECT_FALSE(client.transport->TimeUntilTimeout().has_value());
}

TEST(DtlsTransportTest, CloseNotifyClosesThePeer) {
  DtlsTestPeer client;
  DtlsTestPeer server;
  StartPair(client, server);
  Pump(client, server);
  ASSERT_EQ(server.transport->state(), State::kConnected);
  client.transport->Close();
  EXPECT_EQ(client.transport->state(), State::kClosed);
  EXPECT_FALSE(client.closed);  // A local close is not reported back.
  Pump(client, server);
  EXPECT_TRUE(server.closed);
  EXPECT_EQ(server.transport->state(), State::kClosed);
}

std::vector<uint8_t> RandomBytes(std::mt19937& rng, size_t len) {
  std::vector<uint8_t> out(len);
  for (auto& b : out) b = static_cast<uint8_t>(rng());
  return out;
}

void SendGarbage(DtlsTransport& transport, std::mt19937& rng, int count) {
  transport.ReceiveData(nullptr, 0);
  for (int i = 0; i < count; ++i) {
    auto bytes = RandomBytes(rng, 1 + rng() % 300);
    if (i % 2 == 0 && bytes.size() >= 13) {
      bytes[0] = static_cast<uint8_t>(20 + rng() % 4);  // Plausible content type...
      bytes[1] = 0xfe;                                  // ...and DTLS 1.2 version.
      bytes[2] = 0xfd;
    }
    transport.ReceiveData(bytes.data(), bytes.size());
  }
}

TEST(DtlsTransportTest, GarbageBeforeStartAndMidHandshakeIsSurvived) {
  std::mt19937 rng(1234);
  DtlsTestPeer client;
  DtlsTestPeer server;
  SendGarbage(*server.transport, rng, 50);  // Before Start: buffered (bounded) or counted.
  EXPECT_GT(server.transport->ignored_datagrams(), 0u);
  StartPair(client, server);  // Replays the buffered garbage into the server.
  SendGarbage(*client.transport, rng, 200);
  const uint8_t rtp[20] = {0x80, 0x60};  // Not DTLS (RFC 7983): dropped before OpenSSL.
  const auto before = client.transport->ignored_datagrams();
  client.transport->ReceiveData(rtp, sizeof(rtp));
  EXPECT_EQ(client.transport->ignored_datagrams(), before + 1);
  Pump(client, server);  // Whatever the garbage did, the transports still work or fail cleanly.
  for (auto* peer : {&client, &server}) {
    const auto state = peer->transport->state();
    EXPECT_TRUE(state == State::kConnected || state == State::kFailed);
    EXPECT_EQ(state == State::kFailed, peer->failure.has_value());
  }
}

TEST(DtlsTransportTest, GarbageAfterConnectingKeepsTheConnection) {
  std::mt19937 rng(42);
  DtlsTestPeer client;
  DtlsTestPeer server;
  StartPair(client, server);
  Pump(client, server);
  ASSERT_EQ(server.transport->state(), State::kConnected);
  for (int i = 0; i < 200; ++i) {
    auto bytes = RandomBytes(rng, 13 + rng() % 200);
    bytes[0] = 23;  // Application data in epoch 1 that fails authentication.
    bytes[1] = 0xfe;
    bytes[2] = 0xfd;
    bytes[3] = 0;
    bytes[4] = 1;
    bytes[11] = static_cast<uint8_t>((bytes.size() - 13) >> 8);
    bytes[12] = static_cast<uint8_t>(bytes.size() - 13);
    server.transport->ReceiveData(bytes.data(), bytes.size());
  }
  SendGarbage(*server.transport, rng, 200);
  EXPECT_EQ(server.transport->state(), State::kConnected);
  EXPECT_FALSE(server.closed);
}

TEST(DtlsTransportTest, MisuseThrowsTypedErrors) {
  DtlsTestPeer peer;
  EXPECT_THROW(peer.transport->Start(Role::kClient, "md5", "AA"), DtlsError);
  peer.transport->Start(Role::kClient, "sha-256", "AA");
  EXPECT_THROW(peer.transport->Start(Role::kClient, "sha-256", "AA"), DtlsError);
  DtlsTransport::Options tiny;
  tiny.mtu = 10;
  EXPECT_THROW(DtlsTestPeer{tiny}, DtlsError);
}

}  // namespace
}  // namespace vc::mcu::dtls
