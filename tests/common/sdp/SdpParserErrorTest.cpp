#include <gtest/gtest.h>

#include <random>

#include "common/sdp/SdpError.hpp"
#include "common/sdp/SdpParser.hpp"
#include "tests/common/sdp/SdpTestData.hpp"

namespace vc::common::sdp {
namespace {

constexpr const char* kHead = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

// The SdpError that parsing text throws (fails the test when none is thrown).
SdpError ErrorOf(const std::string& text) {
  try {
    ParseSdp(text);
  } catch (const SdpError& e) {
    return e;
  }
  ADD_FAILURE() << "no SdpError for:\n" << text;
  return SdpError(0, "none");
}

TEST(SdpParserErrorTest, ReportsLineAndReason) {
  struct Case {
    std::string text;
    size_t line;
    const char* reason;
  };
  const std::string m = "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
  const Case cases[] = {
      {"", 0, "empty SDP"},
      {"\r\n\r\n", 0, "empty SDP"},
      {"v=1\r\n", 1, "starts with v=0"},
      {"hello world\r\n", 1, "expected <type>=<value>"},
      {"v=0\r\ns=-\r\n", 0, "missing o="},
      {"v=0\r\no=- 1 IN IP4 x\r\n", 2, "o= needs 6 fields"},
      {std::string(kHead) + "v=0\r\n", 5, "a second v="},
      {std::string(kHead) + "c=IN IP5 1.2.3.4\r\n", 5, "c=IN IP4|IP6"},
      {std::string(kHead) + "m=audio 9 RTP/AVP\r\n", 5, "expected m="},
      {std::string(kHead) + "m=audio 70000 RTP/AVP 0\r\n", 5, "bad m= port"},
      {std::string(kHead) + m + "a=rtpmap:128 opus/48000/2\r\n", 6, "payload type"},
      {std::string(kHead) + m + "a=rtpmap:111 opus\r\n", 6, "rtpmap"},
      {std::string(kHead) + m + "a=rtpmap:111 opus/0\r\n", 6, "rtpmap"},
      {std::string(kHead) + m + "a=fmtp:x minptime=10\r\n", 6, "fmtp"},
      {std::string(kHead) + m + "a=rtcp-fb:111\r\n", 6, "rtcp-fb"},
      {std::string(kHead) + m + "a=extmap:0 urn:x\r\n", 6, "1-255"},
      {std::string(kHead) + m + "a=extmap:1/sideways urn:x\r\n", 6, "direction"},
      {std::string(kHead) + m + "a=ssrc:abc cname:x\r\n", 6, "ssrc"},
      {std::string(kHead) + m + "a=ssrc-group:FID 1 x\r\n", 6, "ssrc-group"},
      {std::string(kHead) + m + "a=msid:a b c\r\n", 6, "msid"},
      {std::string(kHead) + m + "a=candidate:garbage\r\n", 6, "malformed ICE candidate"},
      {std::string(kHead) + m + "a=fingerprint:sha-256 XY:ZZ\r\n", 6, "hex"},
      {std::string(kHead) + m + "a=fingerprint:sha-256\r\n", 6, "fingerprint"},
      {std::string(kHead) + m + "a=setup:sometimes\r\n", 6, "setup"},
      {std::string(kHead) + m + "a=ice-ufrag:bad ufrag!\r\n", 6, "ice-ufrag"},
      {std::string(kHead) + m + "a=ice-pwd:\r\n", 6, "ice-pwd"},
      {std::string(kHead) + m + "a=mid:\r\n", 6, "mid"},
      {std::string(kHead) + m + "a=mid:a\r\na=mid:b\r\n", 7, "second a=mid"},
      {std::string(kHead) + m + "a=mid:a\r\n" + m + "a=mid:a\r\n", 8, "used twice"},
      {std::string(kHead) + "a=:x\r\n", 5, "empty attribute name"},
      {std::string(kHead) + "a=group:BUNDLE a,b\r\n", 5, "group"},
  };
  for (const auto& c : cases) {
    SdpError e = ErrorOf(c.text);
    EXPECT_EQ(e.line(), c.line) << c.text;
    EXPECT_NE(std::string(e.what()).find(c.reason), std::string::npos) << e.what() << "\n"
                                                                       << c.text;
  }
}

TEST(SdpParserErrorTest, RefusesTooManyMediaSectionsAndHugeInput) {
  std::string many = kHead;
  for (size_t i = 0; i <= kMaxMediaSections; ++i) many += "m=audio 9 RTP/AVP 0\r\n";
  EXPECT_NE(std::string(ErrorOf(many).what()).find("too many"), std::string::npos);
  EXPECT_NE(std::string(ErrorOf(std::string(kMaxSdpBytes + 1, 'a')).what()).find("256 KiB"),
            std::string::npos);
}

TEST(SdpParserErrorTest, IgnoresUnknownLineTypesAndBlankLines) {
  SessionDescription s =
      ParseSdp(std::string(kHead) +
               "i=info\r\nb=AS:30\r\n\r\nm=audio 9 RTP/AVP 0\r\nb=TIAS:1\r\nk=clear\r\n");
  EXPECT_EQ(s.media.size(), 1u);
}

// Truncating, splicing and flipping bytes of real offers must give a model or an SdpError, never
// anything else (the fuzzer does this at scale; this keeps a deterministic slice in the unit run).
TEST(SdpParserErrorTest, MangledRealOffersNeverCrash) {
  std::mt19937 rng(1234);
  for (const char* name : {"chromium-offer.sdp", "gstreamer-offer-gathered.sdp"}) {
    const std::string original = test::ReadSdpFile(name);
    for (int i = 0; i < 2000; ++i) {
      std::string text = original;
      switch (i % 4) {
        case 0:
          text.resize(rng() % text.size());
          break;
        case 1:
          text[rng() % text.size()] = static_cast<char>(rng());
          break;
        case 2:
          text.erase(rng() % text.size(), rng() % 64);
          break;
        case 3:
          text.insert(rng() % text.size(), original.substr(rng() % original.size(), 40));
          break;
      }
      try {
        ParseSdp(text);
      } catch (const SdpError&) {
      }
    }
  }
  std::string noise(4096, '\0');
  for (auto& c : noise) c = static_cast<char>(rng());
  EXPECT_THROW(ParseSdp(noise), SdpError);
}

}  // namespace
}  // namespace vc::common::sdp
