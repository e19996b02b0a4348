#include <gtest/gtest.h>

#include "common/sdp/SdpParser.hpp"
#include "tests/common/sdp/SdpTestData.hpp"

namespace vc::common::sdp {
namespace {

TEST(SdpParserTest, ParsesChromiumOfferSessionLevel) {
  SessionDescription s = ParseSdp(test::ReadSdpFile("chromium-offer.sdp"));
  EXPECT_EQ(s.version, 0u);
  EXPECT_EQ(s.origin.username, "-");
  EXPECT_EQ(s.origin.session_id, "8552976572020611568");
  EXPECT_EQ(s.origin.session_version, "2");
  EXPECT_EQ(s.origin.address, "127.0.0.1");
  EXPECT_EQ(s.session_name, "-");
  EXPECT_EQ(s.timing, "0 0");
  ASSERT_NE(s.FindGroup("BUNDLE"), nullptr);
  EXPECT_EQ(s.FindGroup("BUNDLE")->mids, (std::vector<std::string>{"0", "1"}));
  EXPECT_TRUE(s.extmap_allow_mixed);
  EXPECT_EQ(s.msid_semantic, " WMS");
  EXPECT_TRUE(s.ice_ufrag.empty());  // Chromium writes transport attributes per m= section
  ASSERT_EQ(s.media.size(), 2u);
}

TEST(SdpParserTest, ParsesChromiumAudioSection) {
  SessionDescription s = ParseSdp(test::ReadSdpFile("chromium-offer.sdp"));
  const MediaDescription& a = s.media[0];
  EXPECT_EQ(a.kind, "audio");
  EXPECT_EQ(a.port, 9);
  EXPECT_EQ(a.protocol, "UDP/TLS/RTP/SAVPF");
  EXPECT_EQ(a.formats, (std::vector<std::string>{"111", "63", "9", "0", "8", "13", "110", "126"}));
  EXPECT_EQ(a.connection_address, "0.0.0.0");
  EXPECT_EQ(a.mid, "0");
  EXPECT_EQ(a.direction, Direction::kSendRecv);
  EXPECT_TRUE(a.rtcp_mux);
  EXPECT_TRUE(a.rtcp_rsize);
  EXPECT_EQ(a.ice_ufrag, "2QD8");
  EXPECT_EQ(a.ice_pwd, "KOmsqG8j7pnthZfOL1ZxvCYl");
  EXPECT_EQ(a.ice_options, (std::vector<std::string>{"trickle"}));
  ASSERT_EQ(a.fingerprints.size(), 1u);
  EXPECT_EQ(a.fingerprints[0].algorithm, "sha-256");
  EXPECT_EQ(a.fingerprints[0].value.substr(0, 8), "FC:14:57");
  EXPECT_EQ(a.setup, SetupRole::kActpass);

  const RtpMap* opus = a.FindRtpMap(111);
  ASSERT_NE(opus, nullptr);
  EXPECT_EQ(opus->encoding, "opus");
  EXPECT_EQ(opus->clock_rate, 48000u);
  EXPECT_EQ(opus->channels, 2u);
  EXPECT_EQ(a.FindCodec("OPUS", 48000, 2), 111);
  EXPECT_EQ(a.FindFmtp(111)->parameters, "minptime=10;useinbandfec=1");
  EXPECT_EQ(FindFmtpParameter(a.FindFmtp(111)->parameters, "useinbandfec"), "1");
  EXPECT_TRUE(a.HasRtcpFeedback(111, "transport-cc"));
  EXPECT_FALSE(a.HasRtcpFeedback(111, "nack"));
  EXPECT_EQ(a.FindRtpMap(0)->channels, std::nullopt);

  ASSERT_EQ(a.extmaps.size(), 4u);
  EXPECT_EQ(a.extmaps[0].id, 1);
  EXPECT_EQ(a.extmaps[0].uri, "urn:ietf:params:rtp-hdrext:ssrc-audio-level");
  EXPECT_EQ(a.FindExtMap("http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time")->id, 2);

  ASSERT_EQ(a.msids.size(), 1u);
  EXPECT_EQ(a.msids[0].stream_id, "-");
  EXPECT_EQ(a.msids[0].track_id, "8f116661-37de-44c9-b042-b4d9671457b0");
  ASSERT_EQ(a.ssrcs.size(), 2u);
  EXPECT_EQ(a.ssrcs[0].ssrc, 1636532481u);
  EXPECT_EQ(a.ssrcs[0].attribute, "cname");
  EXPECT_EQ(a.ssrcs[0].value, "hfj3x90LjSx1OSQT");
  EXPECT_EQ(a.ssrcs[1].attribute, "msid");
  EXPECT_EQ(a.ssrcs[1].value, "- 8f116661-37de-44c9-b042-b4d9671457b0");

  // a=rtcp and a=rtcp-xr are not modelled but kept.
  ASSERT_EQ(a.other_attributes.size(), 2u);
  EXPECT_EQ(a.other_attributes[0].name, "rtcp");
  EXPECT_EQ(a.other_attributes[1].name, "rtcp-xr");
  EXPECT_EQ(a.other_attributes[1].value, "rcvr-rtt=all");
}

TEST(SdpParserTest, ParsesChromiumVideoSection) {
  SessionDescription s = ParseSdp(test::ReadSdpFile("chromium-offer.sdp"));
  const MediaDescription& v = s.media[1];
  EXPECT_EQ(v.kind, "video");
  EXPECT_EQ(v.mid, "1");
  EXPECT_EQ(v.formats.size(), 23u);
  EXPECT_EQ(v.FindCodec("VP8", 90000), 96);
  EXPECT_EQ(v.FindRtxFor(96), 97);
  EXPECT_EQ(v.FindRtxFor(102), 103);
  EXPECT_EQ(v.FindCodec("H264", 90000), 102);
  EXPECT_TRUE(v.HasRtcpFeedback(96, "nack", "pli"));
  EXPECT_TRUE(v.HasRtcpFeedback(96, "ccm", "fir"));
  EXPECT_TRUE(v.HasRtcpFeedback(96, "goog-remb"));
  EXPECT_EQ(v.extmaps.size(), 11u);
  EXPECT_EQ(v.FindExtMap("urn:ietf:params:rtp-hdrext:toffset")->id, 14);
  ASSERT_EQ(v.ssrc_groups.size(), 1u);
  EXPECT_EQ(v.ssrc_groups[0].semantics, "FID");
  EXPECT_EQ(v.ssrc_groups[0].ssrcs, (std::vector<uint32_t>{1708924961u, 4189334146u}));
  EXPECT_EQ(v.ssrcs.size(), 4u);
}

TEST(SdpParserTest, ParsesChromiumOfferWithCandidatesAndDataChannel) {
  SessionDescription gathered = ParseSdp(test::ReadSdpFile("chromium-offer-gathered.sdp"));
  ASSERT_EQ(gathered.media[0].candidates.size(), 2u);
  EXPECT_EQ(gathered.media[0].candidates[0].type, "host");
  EXPECT_EQ(gathered.media[0].candidates[0].extensions[0].first, "network-cost");

  SessionDescription mixed = ParseSdp(test::ReadSdpFile("chromium-offer-mixed.sdp"));
  ASSERT_EQ(mixed.media.size(), 4u);
  EXPECT_EQ(mixed.media[0].direction, Direction::kSendOnly);
  EXPECT_EQ(mixed.media[1].direction, Direction::kRecvOnly);
  EXPECT_TRUE(mixed.media[1].ssrcs.empty());
  EXPECT_EQ(mixed.media[3].kind, "application");
  EXPECT_EQ(mixed.media[3].protocol, "UDP/DTLS/SCTP");
  EXPECT_EQ(mixed.media[3].formats, (std::vector<std::string>{"webrtc-datachannel"}));
  EXPECT_EQ(mixed.media[3].other_attributes[0].name, "sctp-port");
}

TEST(SdpParserTest, ParsesGStreamerOfferWithBundleOnlyAndSessionIceOptions) {
  SessionDescription s = ParseSdp(test::ReadSdpFile("gstreamer-offer.sdp"));
  EXPECT_EQ(s.ice_options, (std::vector<std::string>{"trickle"}));
  EXPECT_EQ(s.FindGroup("BUNDLE")->mids, (std::vector<std::string>{"audio0", "video1"}));
  ASSERT_EQ(s.media.size(), 2u);
  const MediaDescription& a = s.media[0];
  const MediaDescription& v = s.media[1];
  EXPECT_EQ(a.ice_options, (std::vector<std::string>{"trickle"}));  // inherited
  EXPECT_EQ(a.FindCodec("opus", 48000, 2), 96);                     // written "OPUS"
  EXPECT_EQ(a.FindFmtp(96)->parameters, "sprop-stereo=0;sprop-maxcapturerate=48000");
  EXPECT_EQ(v.port, 0);
  EXPECT_TRUE(v.bundle_only);
  EXPECT_EQ(v.mid, "video1");
  EXPECT_EQ(v.FindCodec("VP8", 90000), 97);
  EXPECT_FALSE(v.FindRtxFor(97));
  EXPECT_EQ(v.other_attributes[0].name, "framerate");
  EXPECT_EQ(v.other_attributes[1].name, "rtcp-mux-only");

  SessionDescription nack = ParseSdp(test::ReadSdpFile("gstreamer-offer-nack.sdp"));
  EXPECT_EQ(nack.media[1].FindRtxFor(97), 98);
  EXPECT_TRUE(nack.media[1].HasRtcpFeedback(97, "nack"));

  SessionDescription gathered = ParseSdp(test::ReadSdpFile("gstreamer-offer-gathered.sdp"));
  ASSERT_EQ(gathered.media[0].candidates.size(), 9u);
  EXPECT_EQ(gathered.media[0].candidates[1].tcp_type, "active");
  EXPECT_EQ(gathered.media[0].candidates[3].address, "fd00::2");
}

TEST(SdpParserTest, AcceptsLfLineEnds) {
  for (const char* name : {"chromium-offer.sdp", "gstreamer-offer-nack.sdp"}) {
    std::string crlf = test::ReadSdpFile(name);
    SessionDescription a = ParseSdp(crlf);
    SessionDescription b = ParseSdp(test::ToLf(crlf));
    ASSERT_EQ(a.media.size(), b.media.size());
    for (size_t i = 0; i < a.media.size(); ++i) {
      EXPECT_EQ(a.media[i].mid, b.media[i].mid);
      EXPECT_EQ(a.media[i].ice_pwd, b.media[i].ice_pwd);
      EXPECT_EQ(a.media[i].rtpmaps.size(), b.media[i].rtpmaps.size());
      EXPECT_EQ(a.media[i].ssrcs.size(), b.media[i].ssrcs.size());
    }
  }
}

TEST(SdpParserTest, MediaLevelTransportOverridesSessionLevel) {
  SessionDescription s = ParseSdp(
      "v=0\n"
      "o=- 1 1 IN IP4 127.0.0.1\n"
      "s=-\n"
      "t=0 0\n"
      "a=ice-ufrag:sess\n"
      "a=ice-pwd:sessionpasswordsessionpw\n"
      "a=fingerprint:SHA-256 AA:BB\n"
      "a=setup:active\n"
      "a=recvonly\n"
      "m=audio 9 UDP/TLS/RTP/SAVPF 111\n"
      "a=mid:a\n"
      "m=video 9 UDP/TLS/RTP/SAVPF 96\n"
      "a=mid:v\n"
      "a=ice-ufrag:medi\n"
      "a=fingerprint:sha-1 CC:DD\n"
      "a=setup:passive\n"
      "a=inactive\n");
  const MediaDescription& a = s.media[0];
  const MediaDescription& v = s.media[1];
  EXPECT_EQ(a.ice_ufrag, "sess");
  EXPECT_EQ(a.ice_pwd, "sessionpasswordsessionpw");
  EXPECT_EQ(a.FindFingerprint("sha-256")->value, "AA:BB");  // algorithm lower-cased
  EXPECT_EQ(a.setup, SetupRole::kActive);
  EXPECT_EQ(a.direction, Direction::kRecvOnly);
  EXPECT_EQ(v.ice_ufrag, "medi");
  EXPECT_EQ(v.ice_pwd, "sessionpasswordsessionpw");
  EXPECT_EQ(v.FindFingerprint("sha-256"), nullptr);
  EXPECT_EQ(v.FindFingerprint("sha-1")->value, "CC:DD");
  EXPECT_EQ(v.setup, SetupRole::kPassive);
  EXPECT_EQ(v.direction, Direction::kInactive);
  EXPECT_EQ(s.ice_ufrag, "sess");
}

TEST(SdpParserTest, ParsesExtmapDirectionWildcardFeedbackAndSsrcGroups) {
  SessionDescription s = ParseSdp(
      "v=0\r\no=- 1 1 IN IP6 ::1\r\ns=-\r\nt=0 0\r\nc=IN IP6 ::1\r\n"
      "m=video 9/2 UDP/TLS/RTP/SAVPF 96 97\r\n"
      "a=extmap:3/sendonly urn:x:y attr1 attr2\r\n"
      "a=rtcp-fb:* nack\r\n"
      "a=rtcp-fb:96 ccm tmmbr smaxpr=120\r\n"
      "a=ssrc-group:SIM 1 2 3\r\n"
      "a=msid:stream\r\n"
      "a=end-of-candidates\r\n");
  EXPECT_EQ(s.connection_address, "::1");
  const MediaDescription& m = s.media[0];
  ASSERT_EQ(m.extmaps.size(), 1u);
  EXPECT_EQ(m.extmaps[0].direction, Direction::kSendOnly);
  EXPECT_EQ(m.extmaps[0].attributes, "attr1 attr2");
  EXPECT_TRUE(m.HasRtcpFeedback(97, "nack"));  // "*" applies to every format
  EXPECT_EQ(m.rtcp_feedback[1].subtype, "tmmbr smaxpr=120");
  EXPECT_EQ(m.ssrc_groups[0].ssrcs.size(), 3u);
  EXPECT_EQ(m.msids[0].track_id, "");
  EXPECT_TRUE(m.end_of_candidates);
  EXPECT_EQ(m.direction, Direction::kSendRecv);  // the default
}

}  // namespace
}  // namespace vc::common::sdp
