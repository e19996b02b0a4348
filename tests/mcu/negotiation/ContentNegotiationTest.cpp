// A second video m-line is the participant's content share (slides, HDMI capture): accepted
// recvonly, in the BUNDLE, marked in the result; a third video is still rejected. The offer is a
// real GStreamer 1.22 webrtcbin one with two VP8 sources (tests/data/sdp/README.md).
#include <gtest/gtest.h>

#include <algorithm>

#include "mcu/negotiation/Negotiation.hpp"
#include "tests/common/sdp/SdpTestData.hpp"
#include "tests/mcu/negotiation/NegotiationTestSupport.hpp"

namespace vc::mcu::negotiation {
namespace {

using test::Lines;
using test::Replace;
using test::TestLocal;
using vc::test::ReadSdpFile;

constexpr uint32_t kContentSsrc = 298340531u;  // a=ssrc of mid video2 in the capture

// The lines of the answer's m= section with this mid (from its m= line to the next one).
std::vector<std::string> SectionOf(const std::string& answer, const std::string& mid) {
  std::vector<std::string> section;
  std::vector<std::string> current;
  bool found = false;
  for (const auto& line : Lines(answer)) {
    if (line.rfind("m=", 0) == 0) {
      if (found) return current;
      current.clear();
    }
    current.push_back(line);
    if (line == "a=mid:" + mid) found = true;
  }
  return found ? current : std::vector<std::string>{};
}

bool Has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

size_t CountPrefix(const std::vector<std::string>& lines, const std::string& prefix) {
  return static_cast<size_t>(std::count_if(lines.begin(), lines.end(),
                                           [&](const auto& l) { return l.rfind(prefix, 0) == 0; }));
}

TEST(ContentNegotiationTest, SecondVideoOfRealWebrtcbinOfferIsContent) {
  Negotiation n = Negotiate(ReadSdpFile("gstreamer-offer-content.sdp"), TestLocal());
  ASSERT_EQ(n.media.size(), 3u);
  EXPECT_FALSE(n.media[1].content);
  EXPECT_EQ(n.media[1].mid, "video1");
  EXPECT_EQ(n.media[1].local_ssrc, 2222u);
  const NegotiatedMedia* content = n.Content();
  ASSERT_NE(content, nullptr);
  EXPECT_EQ(content, &n.media[2]);
  EXPECT_EQ(content->mid, "video2");
  EXPECT_EQ(content->kind, MediaKind::kVideo);
  EXPECT_EQ(content->payload_type, 98);
  EXPECT_EQ(content->direction, Direction::kRecvOnly);  // the MCU only receives content
  EXPECT_EQ(content->remote_ssrcs, (std::vector<uint32_t>{kContentSsrc}));
  EXPECT_EQ(content->local_ssrc, 0u);
  EXPECT_FALSE(content->local_rtx_ssrc);

  const auto lines = Lines(n.answer_sdp);
  EXPECT_TRUE(Has(lines, "a=group:BUNDLE audio0 video1 video2"));
  const auto section = SectionOf(n.answer_sdp, "video2");
  ASSERT_FALSE(section.empty()) << n.answer_sdp;
  EXPECT_EQ(section.front(), "m=video 9 UDP/TLS/RTP/SAVPF 98");
  EXPECT_TRUE(Has(section, "a=recvonly"));
  EXPECT_TRUE(Has(section, "a=fingerprint:sha-256 " + TestLocal().fingerprint_sha256));
  EXPECT_TRUE(Has(section, "a=rtpmap:98 VP8/90000"));
  EXPECT_TRUE(Has(section, "a=rtcp-mux"));
  EXPECT_EQ(CountPrefix(section, "a=ssrc"), 0u);  // nothing sent on it by us
  EXPECT_EQ(CountPrefix(section, "a=msid"), 0u);
  EXPECT_FALSE(Has(section, "a=content:slides"));  // the offer did not say it
  // The main video is answered as before.
  const auto main = SectionOf(n.answer_sdp, "video1");
  EXPECT_TRUE(Has(main, "a=sendrecv"));
  EXPECT_TRUE(Has(main, "a=ssrc:2222 cname:vc-mcu"));
}

TEST(ContentNegotiationTest, ContentSlidesAttributeWinsOverOrder) {
  // RFC 4796: the first video says it is slides; the second one is then the camera.
  std::string offer = Replace(ReadSdpFile("gstreamer-offer-content.sdp"), "a=mid:video1\r\n",
                              "a=mid:video1\r\na=content:slides\r\n");
  Negotiation n = Negotiate(offer, TestLocal());
  ASSERT_EQ(n.media.size(), 3u);
  EXPECT_TRUE(n.media[1].content);
  EXPECT_FALSE(n.media[2].content);
  EXPECT_EQ(n.Content()->mid, "video1");
  EXPECT_EQ(n.media[2].local_ssrc, 2222u);
  const auto content = SectionOf(n.answer_sdp, "video1");
  EXPECT_TRUE(Has(content, "a=content:slides"));
  EXPECT_TRUE(Has(content, "a=recvonly"));
  EXPECT_TRUE(Has(SectionOf(n.answer_sdp, "video2"), "a=ssrc:2222 cname:vc-mcu"));

  // A value list (RFC 4796 §5) counts too.
  offer = Replace(offer, "a=content:slides", "a=content:main,slides");
  EXPECT_EQ(Negotiate(offer, TestLocal()).Content()->mid, "video1");
}

TEST(ContentNegotiationTest, ThirdVideoIsRejectedAndOneVideoHasNoContent) {
  // A copy of the content section as mid video3 (same SSRC does not matter: it is rejected).
  std::string offer = ReadSdpFile("gstreamer-offer-content.sdp");
  const size_t at = offer.rfind("m=video");
  std::string third = Replace(offer.substr(at), "video2", "video3");
  offer = Replace(offer, "a=group:BUNDLE audio0 video1 video2",
                  "a=group:BUNDLE audio0 video1 video2 video3") +
          third;
  Negotiation n = Negotiate(offer, TestLocal());
  ASSERT_EQ(n.media.size(), 3u);
  EXPECT_EQ(n.Content()->mid, "video2");
  const auto rejected = SectionOf(n.answer_sdp, "video3");
  ASSERT_FALSE(rejected.empty());
  EXPECT_EQ(rejected.front().rfind("m=video 0 ", 0), 0u);
  EXPECT_TRUE(Has(rejected, "a=inactive"));
  // With our transport, which webrtcbin wants in every section.
  EXPECT_TRUE(Has(rejected, "a=fingerprint:sha-256 " + TestLocal().fingerprint_sha256));
  EXPECT_TRUE(Has(rejected, "a=ice-ufrag:mcuU"));
  EXPECT_TRUE(Has(rejected, "a=setup:passive"));
  EXPECT_TRUE(Has(Lines(n.answer_sdp), "a=group:BUNDLE audio0 video1 video2"));

  Negotiation plain = Negotiate(ReadSdpFile("gstreamer-offer.sdp"), TestLocal());
  EXPECT_EQ(plain.Content(), nullptr);
  for (const auto& media : plain.media) EXPECT_FALSE(media.content);
}

TEST(ContentNegotiationTest, ContentThatIsNotSentIsInactive) {
  std::string offer = ReadSdpFile("gstreamer-offer-content.sdp");
  const size_t at = offer.rfind("a=sendrecv");
  offer.replace(at, 10, "a=recvonly");
  Negotiation n = Negotiate(offer, TestLocal());
  ASSERT_NE(n.Content(), nullptr);
  EXPECT_EQ(n.Content()->direction, Direction::kInactive);
  EXPECT_TRUE(Has(SectionOf(n.answer_sdp, "video2"), "a=inactive"));
}

}  // namespace
}  // namespace vc::mcu::negotiation
