#include <gtest/gtest.h>

#include "common/sdp/SdpParser.hpp"
#include "mcu/negotiation/Negotiation.hpp"
#include "tests/common/sdp/SdpTestData.hpp"
#include "tests/mcu/negotiation/NegotiationTestSupport.hpp"

namespace vc::mcu::negotiation {
namespace {

using test::Lines;
using test::TestLocal;
using vc::test::ReadSdpFile;

const std::string kFingerprint = TestLocal().fingerprint_sha256;

// The transport block every accepted section of our answer carries.
std::vector<std::string> Transport(const std::string& setup) {
  return {"c=IN IP4 127.0.0.1",
          "a=ice-ufrag:mcuU",
          "a=ice-pwd:mcupasswordmcupassword12",
          "a=ice-options:trickle",
          "a=fingerprint:sha-256 " + kFingerprint,
          "a=setup:" + setup};
}

std::vector<std::string> Concat(std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const auto& part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

const std::vector<std::string> kSessionHead = {"v=0", "o=vc-mcu 4771708668078 1 IN IP4 127.0.0.1",
                                               "s=-", "t=0 0"};

TEST(NegotiationTest, AnswersRealChromiumOfferLineByLine) {
  Negotiation n = Negotiate(ReadSdpFile("chromium-offer.sdp"), TestLocal());
  std::vector<std::string> expected = Concat({
      kSessionHead,
      {"a=group:BUNDLE 0 1", "m=audio 9 UDP/TLS/RTP/SAVPF 111"},
      Transport("passive"),
      {"a=mid:0", "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
       "a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time",
       "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01",
       "a=sendrecv", "a=msid:vc-mcu vc-mcu-audio", "a=rtcp-mux", "a=rtcp-rsize",
       "a=rtpmap:111 opus/48000/2", "a=rtcp-fb:111 transport-cc",
       "a=fmtp:111 minptime=10;useinbandfec=1", "a=ssrc:1111 cname:vc-mcu",
       "a=ssrc:1111 msid:vc-mcu vc-mcu-audio", "m=video 9 UDP/TLS/RTP/SAVPF 96 97"},
      Transport("passive"),
      {"a=mid:1",
       "a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time",
       "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01",
       "a=sendrecv",
       "a=msid:vc-mcu vc-mcu-video",
       "a=rtcp-mux",
       "a=rtcp-rsize",
       "a=rtpmap:96 VP8/90000",
       "a=rtcp-fb:96 goog-remb",
       "a=rtcp-fb:96 transport-cc",
       "a=rtcp-fb:96 ccm fir",
       "a=rtcp-fb:96 nack",
       "a=rtcp-fb:96 nack pli",
       "a=rtpmap:97 rtx/90000",
       "a=fmtp:97 apt=96",
       "a=ssrc-group:FID 2222 3333",
       "a=ssrc:2222 cname:vc-mcu",
       "a=ssrc:2222 msid:vc-mcu vc-mcu-video",
       "a=ssrc:3333 cname:vc-mcu",
       "a=ssrc:3333 msid:vc-mcu vc-mcu-video"},
  });
  EXPECT_EQ(Lines(n.answer_sdp), expected);
}

TEST(NegotiationTest, ExtractsChromiumParameters) {
  Negotiation n = Negotiate(ReadSdpFile("chromium-offer.sdp"), TestLocal());
  EXPECT_EQ(n.remote_ice_ufrag, "2QD8");
  EXPECT_EQ(n.remote_ice_pwd, "KOmsqG8j7pnthZfOL1ZxvCYl");
  EXPECT_EQ(n.remote_fingerprint_algorithm, "sha-256");
  EXPECT_EQ(n.remote_fingerprint.substr(0, 8), "FC:14:57");
  EXPECT_EQ(n.local_dtls_role, DtlsRole::kServer);
  EXPECT_TRUE(n.remote_candidates.empty());
  ASSERT_EQ(n.media.size(), 2u);

  const NegotiatedMedia& audio = n.media[0];
  EXPECT_EQ(audio.mid, "0");
  EXPECT_EQ(audio.kind, MediaKind::kAudio);
  EXPECT_EQ(audio.direction, Direction::kSendRecv);
  EXPECT_EQ(audio.payload_type, 111);
  EXPECT_FALSE(audio.rtx_payload_type);
  EXPECT_EQ(audio.remote_ssrcs, (std::vector<uint32_t>{1636532481u}));
  EXPECT_FALSE(audio.remote_rtx_ssrc);
  EXPECT_EQ(audio.audio_level_ext_id, 1);
  EXPECT_EQ(audio.abs_send_time_ext_id, 2);
  EXPECT_EQ(audio.transport_cc_ext_id, 3);
  EXPECT_EQ(audio.local_ssrc, 1111u);
  EXPECT_FALSE(audio.local_rtx_ssrc);

  const NegotiatedMedia& video = n.media[1];
  EXPECT_EQ(video.mid, "1");
  EXPECT_EQ(video.kind, MediaKind::kVideo);
  EXPECT_EQ(video.payload_type, 96);
  EXPECT_EQ(video.rtx_payload_type, 97);
  EXPECT_EQ(video.remote_ssrcs, (std::vector<uint32_t>{1708924961u}));
  EXPECT_EQ(video.remote_rtx_ssrc, 4189334146u);
  EXPECT_FALSE(video.audio_level_ext_id);
  EXPECT_EQ(video.abs_send_time_ext_id, 2);
  EXPECT_EQ(video.transport_cc_ext_id, 3);
  EXPECT_EQ(video.local_ssrc, 2222u);
  EXPECT_EQ(video.local_rtx_ssrc, 3333u);
}

TEST(NegotiationTest, RejectsDataChannelAndSecondAudioAndFlipsDirections) {
  Negotiation n = Negotiate(ReadSdpFile("chromium-offer-mixed.sdp"), TestLocal());
  ASSERT_EQ(n.media.size(), 2u);
  EXPECT_EQ(n.media[0].direction, Direction::kRecvOnly);  // offered sendonly
  EXPECT_EQ(n.media[1].direction, Direction::kSendOnly);  // offered recvonly
  EXPECT_TRUE(n.media[1].remote_ssrcs.empty());

  auto lines = Lines(n.answer_sdp);
  EXPECT_EQ(lines[4], "a=group:BUNDLE 0 1");
  // We only receive audio: no SSRC or msid of ours in that section.
  auto video_at = std::find(lines.begin(), lines.end(), "m=video 9 UDP/TLS/RTP/SAVPF 96 97");
  ASSERT_NE(video_at, lines.end());
  EXPECT_EQ(std::count_if(lines.begin(), video_at,
                          [](const auto& l) { return l.rfind("a=ssrc", 0) == 0; }),
            0);
  EXPECT_EQ(std::count(lines.begin(), video_at, "a=recvonly"), 1);
  EXPECT_EQ(std::count(video_at, lines.end(), "a=sendonly"), 1);
  EXPECT_EQ(std::count(video_at, lines.end(), "a=msid:vc-mcu vc-mcu-video"), 1);

  // The rejected sections close the answer in offer order, keeping their mids, with our
  // transport (webrtcbin wants it in every section).
  const std::vector<std::string> transport = {
      "c=IN IP4 127.0.0.1", "a=ice-ufrag:mcuU", "a=ice-pwd:mcupasswordmcupassword12",
      "a=fingerprint:sha-256 " + kFingerprint, "a=setup:passive"};
  std::vector<std::string> tail(lines.end() - 16, lines.end());
  EXPECT_EQ(tail, Concat({{"m=audio 0 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126"},
                          transport,
                          {"a=mid:2", "a=inactive", "m=application 0 UDP/DTLS/SCTP webrtc-datachannel"},
                          transport,
                          {"a=mid:3", "a=inactive"}}));
}

TEST(NegotiationTest, AnswersRealGStreamerOfferWithBundleOnlyVideo) {
  Negotiation n = Negotiate(ReadSdpFile("gstreamer-offer.sdp"), TestLocal());
  ASSERT_EQ(n.media.size(), 2u);  // the port-0 bundle-only video section is live
  EXPECT_EQ(n.remote_ice_ufrag, "iakZks4LNmpMxHaMGygVPgr4QgHwfRgj");
  EXPECT_EQ(n.media[0].payload_type, 96);
  EXPECT_EQ(n.media[0].remote_ssrcs, (std::vector<uint32_t>{2716315948u}));
  EXPECT_FALSE(n.media[0].transport_cc_ext_id);  // webrtcbin offers no extmap by default
  EXPECT_EQ(n.media[1].payload_type, 97);
  EXPECT_FALSE(n.media[1].rtx_payload_type);

  std::vector<std::string> expected = Concat({
      kSessionHead,
      {"a=group:BUNDLE audio0 video1", "m=audio 9 UDP/TLS/RTP/SAVPF 96"},
      Transport("passive"),
      {"a=mid:audio0", "a=sendrecv", "a=msid:vc-mcu vc-mcu-audio", "a=rtcp-mux", "a=rtcp-rsize",
       "a=rtpmap:96 OPUS/48000/2", "a=rtcp-fb:96 transport-cc",
       "a=fmtp:96 minptime=10;useinbandfec=1", "a=ssrc:1111 cname:vc-mcu",
       "a=ssrc:1111 msid:vc-mcu vc-mcu-audio", "m=video 9 UDP/TLS/RTP/SAVPF 97"},
      Transport("passive"),
      {"a=mid:video1", "a=sendrecv", "a=msid:vc-mcu vc-mcu-video", "a=rtcp-mux", "a=rtcp-rsize",
       // Only the feedback webrtcbin offered (no goog-remb, no plain nack without do-nack).
       "a=rtpmap:97 VP8/90000", "a=rtcp-fb:97 transport-cc", "a=rtcp-fb:97 ccm fir",
       "a=rtcp-fb:97 nack pli", "a=ssrc:2222 cname:vc-mcu", "a=ssrc:2222 msid:vc-mcu vc-mcu-video"},
  });
  EXPECT_EQ(Lines(n.answer_sdp), expected);
}

TEST(NegotiationTest, AnswersGStreamerOfferWithRtxAndCandidates) {
  Negotiation n = Negotiate(ReadSdpFile("gstreamer-offer-nack-gathered.sdp"), TestLocal());
  const NegotiatedMedia& video = n.media[1];
  EXPECT_EQ(video.rtx_payload_type, 98);
  EXPECT_EQ(video.remote_ssrcs, (std::vector<uint32_t>{744451724u}));
  EXPECT_EQ(video.remote_rtx_ssrc, 1686884100u);
  EXPECT_EQ(video.local_rtx_ssrc, 3333u);
  auto lines = Lines(n.answer_sdp);
  for (const char* line :
       {"m=video 9 UDP/TLS/RTP/SAVPF 97 98", "a=rtcp-fb:97 nack", "a=rtpmap:98 rtx/90000",
        "a=fmtp:98 apt=97", "a=ssrc-group:FID 2222 3333"}) {
    EXPECT_EQ(std::count(lines.begin(), lines.end(), line), 1) << line;
  }
  ASSERT_EQ(n.remote_candidates.size(), 9u);
  EXPECT_EQ(n.remote_candidates[0].rfind("candidate:1 1 UDP 2015363327 ", 0), 0u);
  EXPECT_FALSE(n.remote_end_of_candidates);
}

TEST(NegotiationTest, PassiveOfferMakesUsDtlsClient) {
  std::string offer =
      test::Replace(ReadSdpFile("chromium-offer.sdp"), "a=setup:actpass", "a=setup:passive");
  Negotiation n = Negotiate(offer, TestLocal());
  EXPECT_EQ(n.local_dtls_role, DtlsRole::kClient);
  auto lines = Lines(n.answer_sdp);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "a=setup:active"), 2);

  offer = test::Replace(ReadSdpFile("chromium-offer.sdp"), "a=setup:actpass", "a=setup:active");
  EXPECT_EQ(Negotiate(offer, TestLocal()).local_dtls_role, DtlsRole::kServer);
  // No a=setup at all counts as actpass (RFC 5763).
  EXPECT_EQ(
      Negotiate(test::WithoutLines(ReadSdpFile("chromium-offer.sdp"), "a=setup:"), TestLocal())
          .local_dtls_role,
      DtlsRole::kServer);
}

TEST(NegotiationTest, AcceptsLfOfferAndSessionLevelTransport) {
  std::string offer = vc::test::ToLf(ReadSdpFile("gstreamer-offer.sdp"));
  // Move ICE and DTLS attributes to session level.
  std::string session_level =
      "a=ice-ufrag:sessUfrag\na=ice-pwd:sessionpasswordsessionpw\n"
      "a=fingerprint:sha-256 01:02\nt=0 0\n";
  offer = test::Replace(offer, "t=0 0\n", session_level);
  for (const char* prefix : {"a=ice-ufrag:iak", "a=ice-pwd:", "a=fingerprint:sha-256 11"}) {
    std::string kept;
    size_t start = 0;
    while (start < offer.size()) {
      size_t end = offer.find('\n', start);
      std::string line = offer.substr(start, end - start);
      if (line.rfind(prefix, 0) != 0 || line.find("sessionpassword") != std::string::npos)
        kept += line + "\n";
      start = end + 1;
    }
    offer = kept;
  }
  Negotiation n = Negotiate(offer, TestLocal());
  EXPECT_EQ(n.remote_ice_ufrag, "sessUfrag");
  EXPECT_EQ(n.remote_ice_pwd, "sessionpasswordsessionpw");
  EXPECT_EQ(n.remote_fingerprint, "01:02");
}

TEST(NegotiationTest, OurAnswerParsesBack) {
  for (const char* name :
       {"chromium-offer.sdp", "chromium-offer-mixed.sdp", "gstreamer-offer-nack.sdp"}) {
    Negotiation n = Negotiate(ReadSdpFile(name), TestLocal());
    auto answer = common::sdp::ParseSdp(n.answer_sdp);
    auto offer = common::sdp::ParseSdp(ReadSdpFile(name));
    ASSERT_EQ(answer.media.size(), offer.media.size()) << name;
    for (size_t i = 0; i < offer.media.size(); ++i)
      EXPECT_EQ(answer.media[i].mid, offer.media[i].mid);
  }
}

}  // namespace
}  // namespace vc::mcu::negotiation
