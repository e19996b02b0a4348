#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/sdp/SdpParser.hpp"
#include "common/sdp/SdpWriter.hpp"
#include "tests/common/sdp/SdpTestData.hpp"

namespace vc::common::sdp {
namespace {

std::vector<std::string> SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\r\n", start);
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

// Chromium writes every attribute at media level, so nothing is inherited or added: the written
// SDP has exactly the original's lines (a=rtcp and a=rtcp-xr move to the end of their section).
TEST(SdpWriterTest, ChromiumOffersKeepEveryLine) {
  for (const char* name :
       {"chromium-offer.sdp", "chromium-offer-mixed.sdp", "chromium-offer-gathered.sdp"}) {
    const std::string original = test::ReadSdpFile(name);
    EXPECT_EQ(SortedLines(WriteSdp(ParseSdp(original))), SortedLines(original)) << name;
  }
}

TEST(SdpWriterTest, RealOffersAreStableAfterOneRoundTrip) {
  for (const char* name : {"chromium-offer-mixed.sdp", "chromium-offer-gathered.sdp",
                           "gstreamer-offer.sdp", "gstreamer-offer-nack-gathered.sdp"}) {
    std::string once = WriteSdp(ParseSdp(test::ReadSdpFile(name)));
    EXPECT_EQ(WriteSdp(ParseSdp(once)), once) << name;
  }
}

TEST(SdpWriterTest, WritesMinimalSession) {
  SessionDescription s;
  MediaDescription m;
  m.kind = "audio";
  m.port = 0;
  m.protocol = "UDP/TLS/RTP/SAVPF";
  m.formats = {"0"};
  m.connection_address = "::1";
  m.mid = "x";
  m.direction = Direction::kInactive;
  s.media.push_back(m);
  EXPECT_EQ(WriteSdp(s),
            "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
            "m=audio 0 UDP/TLS/RTP/SAVPF 0\r\nc=IN IP6 ::1\r\na=mid:x\r\na=inactive\r\n");
}

}  // namespace
}  // namespace vc::common::sdp
