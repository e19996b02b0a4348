// The offerer side (client mode of the transport): the audio offer, and reading answers — the
// MCU's own (round trip through Negotiate) and hand-written ones like Janus's.
#include "mcu/negotiation/OfferBuilder.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/sdp/SdpParser.hpp"
#include "tests/mcu/negotiation/NegotiationTestSupport.hpp"

namespace vc::mcu::negotiation {
namespace {

using test::Lines;
using test::Replace;
using test::WithoutLines;

OfferParameters ClientOffer() {
  OfferParameters offer;
  offer.local.ice_ufrag = "cliU";
  offer.local.ice_pwd = "clientpasswordclientpass";
  offer.local.fingerprint_sha256 =
      "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:"
      "88:99";
  offer.local.cname = "vc-load";
  offer.local.audio_ssrc = 4242;
  offer.local.address = "127.0.0.1";
  offer.opus_payload_type = 111;
  offer.audio_level_ext_id = 1;
  return offer;
}

bool HasLine(const std::string& sdp, const std::string& line) {
  const auto lines = Lines(sdp);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(OfferBuilderTest, AudioOfferHasWhatWebRtcAnswerersNeed) {
  const std::string sdp = BuildAudioOffer(ClientOffer());
  EXPECT_TRUE(HasLine(sdp, "a=group:BUNDLE 0"));
  EXPECT_TRUE(HasLine(sdp, "m=audio 9 UDP/TLS/RTP/SAVPF 111"));
  EXPECT_TRUE(HasLine(sdp, "a=mid:0"));
  EXPECT_TRUE(HasLine(sdp, "a=rtcp-mux"));
  EXPECT_TRUE(HasLine(sdp, "a=setup:actpass"));
  EXPECT_TRUE(HasLine(sdp, "a=ice-ufrag:cliU"));
  EXPECT_TRUE(HasLine(sdp, "a=ice-pwd:clientpasswordclientpass"));
  EXPECT_TRUE(HasLine(sdp, "a=rtpmap:111 opus/48000/2"));
  EXPECT_TRUE(HasLine(sdp, "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level"));
  EXPECT_TRUE(HasLine(sdp, "a=ssrc:4242 cname:vc-load"));
  EXPECT_NE(sdp.find("a=fingerprint:sha-256 AA:BB:CC"), std::string::npos);
  EXPECT_EQ(sdp.find("m=video"), std::string::npos);
  EXPECT_EQ(sdp.find("a=candidate"), std::string::npos);
  // It parses back with our own parser.
  const auto parsed = common::sdp::ParseSdp(sdp);
  ASSERT_EQ(parsed.media.size(), 1u);
  EXPECT_EQ(parsed.media[0].FindCodec("opus", 48000, 2), std::optional<uint8_t>(111));
}

TEST(OfferBuilderTest, CandidatesGoIntoTheOfferWhenGiven) {
  auto offer = ClientOffer();
  offer.candidates = {"candidate:1 1 UDP 2015363327 127.0.0.1 40211 typ host"};
  offer.end_of_candidates = true;
  const std::string sdp = BuildAudioOffer(offer);
  EXPECT_TRUE(HasLine(sdp, "a=candidate:1 1 UDP 2015363327 127.0.0.1 40211 typ host"));
  EXPECT_TRUE(HasLine(sdp, "a=end-of-candidates"));
}

TEST(OfferBuilderTest, IncompleteParametersAreRefused) {
  auto offer = ClientOffer();
  offer.local.ice_pwd.clear();
  EXPECT_THROW(BuildAudioOffer(offer), std::invalid_argument);
  offer = ClientOffer();
  offer.candidates = {"not a candidate"};
  EXPECT_THROW(BuildAudioOffer(offer), std::invalid_argument);
  offer = ClientOffer();
  offer.audio_level_ext_id = 15;
  EXPECT_THROW(BuildAudioOffer(offer), std::invalid_argument);
}

TEST(OfferBuilderTest, TheMcuAcceptsOurOfferAndWeApplyItsAnswer) {
  const auto offer = ClientOffer();
  const auto mcu = Negotiate(BuildAudioOffer(offer), test::TestLocal());
  ASSERT_EQ(mcu.media.size(), 1u);
  EXPECT_EQ(mcu.media[0].audio_level_ext_id, std::optional<uint8_t>(1));
  EXPECT_EQ(mcu.local_dtls_role, DtlsRole::kServer);  // actpass offer: the MCU is passive
  EXPECT_EQ(mcu.remote_ice_ufrag, "cliU");

  const auto client = ApplyAnswer(mcu.answer_sdp, offer);
  EXPECT_TRUE(client.answer_sdp.empty());
  EXPECT_EQ(client.local_dtls_role, DtlsRole::kClient);  // so we connect
  EXPECT_EQ(client.remote_ice_ufrag, "mcuU");
  EXPECT_EQ(client.remote_ice_pwd, "mcupasswordmcupassword12");
  EXPECT_EQ(client.remote_fingerprint_algorithm, "sha-256");
  EXPECT_EQ(client.remote_fingerprint, test::TestLocal().fingerprint_sha256);
  ASSERT_EQ(client.media.size(), 1u);
  EXPECT_EQ(client.media[0].mid, "0");
  EXPECT_EQ(client.media[0].payload_type, 111);
  EXPECT_EQ(client.media[0].audio_level_ext_id, std::optional<uint8_t>(1));
  EXPECT_EQ(client.media[0].local_ssrc, 4242u);
  EXPECT_EQ(client.media[0].remote_ssrcs, std::vector<uint32_t>{1111});
  EXPECT_EQ(client.media[0].direction, Direction::kSendRecv);
}

// What Janus's AudioBridge answers (abridged): a=setup:active, candidates in the SDP.
constexpr const char* kJanusStyleAnswer =
    "v=0\r\no=- 1 1 IN IP4 10.200.0.1\r\ns=AudioBridge 1234\r\nt=0 0\r\n"
    "a=group:BUNDLE 0\r\na=ice-options:trickle\r\n"
    "a=fingerprint:sha-256 11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF:11:22:33:44:55:66:77:"
    "88:99:00:AA:BB:CC:DD:EE:FF\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 10.200.0.1\r\na=sendrecv\r\na=mid:0\r\n"
    "a=rtcp-mux\r\na=ice-ufrag:jnsU\r\na=ice-pwd:januspasswordjanuspasswd\r\na=ice-options:trickle\r\n"
    "a=setup:active\r\na=rtpmap:111 opus/48000/2\r\n"
    "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\n"
    "a=ssrc:777 cname:janus\r\n"
    "a=candidate:1 1 udp 2015363327 10.200.0.1 40000 typ host\r\n"
    "a=candidate:2 2 udp 2015363326 10.200.0.1 40001 typ host\r\n"
    "a=end-of-candidates\r\n";

TEST(OfferBuilderTest, ActiveAnswerMakesUsTheDtlsServerAndCarriesCandidates) {
  const auto client = ApplyAnswer(kJanusStyleAnswer, ClientOffer());
  EXPECT_EQ(client.local_dtls_role, DtlsRole::kServer);
  EXPECT_EQ(client.remote_ice_ufrag, "jnsU");
  EXPECT_EQ(client.remote_fingerprint.substr(0, 5), "11:22");  // session-level fingerprint
  ASSERT_EQ(client.remote_candidates.size(), 1u);  // the RTP component only
  EXPECT_NE(client.remote_candidates[0].find("10.200.0.1 40000"), std::string::npos);
  EXPECT_TRUE(client.remote_end_of_candidates);
  EXPECT_EQ(client.media[0].remote_ssrcs, std::vector<uint32_t>{777});
}

TEST(OfferBuilderTest, AnswerWithoutSetupMeansActive) {
  const auto client = ApplyAnswer(WithoutLines(kJanusStyleAnswer, "a=setup"), ClientOffer());
  EXPECT_EQ(client.local_dtls_role, DtlsRole::kServer);
}

TEST(OfferBuilderTest, UnusableAnswersAreNegotiationErrors) {
  const auto offer = ClientOffer();
  const std::string good = kJanusStyleAnswer;
  EXPECT_THROW(ApplyAnswer("garbage", offer), NegotiationError);
  EXPECT_THROW(ApplyAnswer(Replace(good, "a=setup:active", "a=setup:actpass"), offer),
               NegotiationError);
  EXPECT_THROW(ApplyAnswer(Replace(good, "m=audio 9", "m=audio 0"), offer), NegotiationError);
  EXPECT_THROW(ApplyAnswer(Replace(good, "a=mid:0", "a=mid:7"), offer), NegotiationError);
  EXPECT_THROW(ApplyAnswer(WithoutLines(good, "a=rtcp-mux"), offer), NegotiationError);
  EXPECT_THROW(ApplyAnswer(WithoutLines(good, "a=ice-ufrag"), offer), NegotiationError);
  EXPECT_THROW(ApplyAnswer(WithoutLines(good, "a=fingerprint"), offer), NegotiationError);
  EXPECT_THROW(ApplyAnswer(Replace(good, "UDP/TLS/RTP/SAVPF 111", "UDP/TLS/RTP/SAVPF 0"), offer),
               NegotiationError);
}

// The video benchmark's offers: video only, a sender (sendonly, with an SSRC) and a receiver
// (recvonly, none); VP8 with the feedback the MCU's video leg looks for.
TEST(OfferBuilderTest, VideoOnlyOffersRoundTripThroughTheMcu) {
  auto offer = ClientOffer();
  offer.local.video_ssrc = 5151;
  offer.media = OfferMedia{false, Direction::kSendRecv, true, Direction::kSendOnly};
  offer.video_mid = "0";
  const std::string sdp = BuildOffer(offer);
  EXPECT_TRUE(HasLine(sdp, "a=group:BUNDLE 0"));
  EXPECT_TRUE(HasLine(sdp, "m=video 9 UDP/TLS/RTP/SAVPF 96"));
  EXPECT_TRUE(HasLine(sdp, "a=rtpmap:96 VP8/90000"));
  EXPECT_TRUE(HasLine(sdp, "a=rtcp-fb:96 nack"));
  EXPECT_TRUE(HasLine(sdp, "a=rtcp-fb:96 nack pli"));
  EXPECT_TRUE(HasLine(sdp, "a=rtcp-fb:96 ccm fir"));
  EXPECT_TRUE(HasLine(sdp, "a=sendonly"));
  EXPECT_TRUE(HasLine(sdp, "a=ssrc:5151 cname:vc-load"));
  EXPECT_EQ(sdp.find("m=audio"), std::string::npos);

  const auto mcu = Negotiate(sdp, test::TestLocal());
  ASSERT_EQ(mcu.media.size(), 1u);
  EXPECT_EQ(mcu.media[0].kind, MediaKind::kVideo);
  EXPECT_EQ(mcu.media[0].remote_ssrcs, std::vector<uint32_t>{5151});
  EXPECT_NE(mcu.answer_sdp.find("a=rtcp-fb:96 nack pli"), std::string::npos);
  const auto sender = ApplyAnswer(mcu.answer_sdp, offer);
  ASSERT_EQ(sender.media.size(), 1u);
  EXPECT_EQ(sender.media[0].kind, MediaKind::kVideo);
  EXPECT_EQ(sender.media[0].payload_type, 96);
  EXPECT_EQ(sender.media[0].local_ssrc, 5151u);
  EXPECT_EQ(sender.media[0].direction, Direction::kSendOnly);  // we only send

  offer.media.video_direction = Direction::kRecvOnly;
  const std::string receiver_sdp = BuildOffer(offer);
  EXPECT_TRUE(HasLine(receiver_sdp, "a=recvonly"));
  EXPECT_EQ(receiver_sdp.find("a=ssrc:"), std::string::npos);
  const auto mcu2 = Negotiate(receiver_sdp, test::TestLocal());
  const auto receiver = ApplyAnswer(mcu2.answer_sdp, offer);
  ASSERT_EQ(receiver.media.size(), 1u);
  EXPECT_EQ(receiver.media[0].direction, Direction::kRecvOnly);
  EXPECT_FALSE(receiver.media[0].remote_ssrcs.empty());  // the MCU's composite stream
}

TEST(OfferBuilderTest, AudioAndVideoOfferAndBadMediaChoices) {
  auto offer = ClientOffer();
  offer.local.video_ssrc = 6161;
  offer.media.video = true;
  const std::string sdp = BuildOffer(offer);
  EXPECT_TRUE(HasLine(sdp, "a=group:BUNDLE 0 1"));
  const auto both = ApplyAnswer(Negotiate(sdp, test::TestLocal()).answer_sdp, offer);
  ASSERT_EQ(both.media.size(), 2u);
  EXPECT_EQ(both.media[0].kind, MediaKind::kAudio);
  EXPECT_EQ(both.media[1].kind, MediaKind::kVideo);
  EXPECT_EQ(both.media[1].mid, "1");
  EXPECT_EQ(BuildAudioOffer(ClientOffer()), BuildOffer(ClientOffer()));

  auto none = ClientOffer();
  none.media.audio = false;
  EXPECT_THROW(BuildOffer(none), std::invalid_argument);
  auto same_mid = offer;
  same_mid.video_mid = "0";
  EXPECT_THROW(BuildOffer(same_mid), std::invalid_argument);
  auto same_pt = offer;
  same_pt.vp8_payload_type = 111;
  EXPECT_THROW(BuildOffer(same_pt), std::invalid_argument);
}

}  // namespace
}  // namespace vc::mcu::negotiation
