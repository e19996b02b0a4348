#include <gtest/gtest.h>

#include <stdexcept>

#include "mcu/negotiation/Negotiation.hpp"
#include "tests/common/sdp/SdpTestData.hpp"
#include "tests/mcu/negotiation/NegotiationTestSupport.hpp"

namespace vc::mcu::negotiation {
namespace {

using test::Replace;
using test::TestLocal;
using test::WithoutLines;
using vc::test::ReadSdpFile;

// The message of the NegotiationError that offer raises (fails the test when none is thrown).
std::string ErrorOf(const std::string& offer) {
  try {
    Negotiate(offer, TestLocal());
  } catch (const NegotiationError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no NegotiationError";
  return {};
}

struct Case {
  const char* name;
  std::string offer;
  const char* message;
};

class MissingLineTest : public ::testing::TestWithParam<const char*> {};

// Each case takes a real offer, breaks one thing, and expects the message to name it.
TEST_P(MissingLineTest, SaysWhatIsMissing) {
  const std::string chromium = ReadSdpFile(GetParam());
  const bool gst = std::string(GetParam()).find("gstreamer") != std::string::npos;
  const Case cases[] = {
      {"ice-ufrag", WithoutLines(chromium, "a=ice-ufrag:"), "offer lacks a=ice-ufrag"},
      {"ice-pwd", WithoutLines(chromium, "a=ice-pwd:"), "offer lacks a=ice-pwd"},
      {"fingerprint", WithoutLines(chromium, "a=fingerprint:"),
       "offer lacks a=fingerprint:sha-256"},
      {"sha-1 only", Replace(chromium, "a=fingerprint:sha-256", "a=fingerprint:sha-1"),
       "offer lacks a=fingerprint:sha-256"},
      {"BUNDLE", WithoutLines(chromium, "a=group:BUNDLE"), "offer lacks a=group:BUNDLE"},
      {"BUNDLE without video",
       Replace(chromium, gst ? "a=group:BUNDLE audio0 video1" : "a=group:BUNDLE 0 1",
               gst ? "a=group:BUNDLE audio0" : "a=group:BUNDLE 0"),
       gst ? "a=group:BUNDLE does not include mid video1"
           : "a=group:BUNDLE does not include mid 1"},
      {"rtcp-mux", Replace(chromium, "a=rtcp-mux\r\n", ""), "lacks a=rtcp-mux"},
      {"opus", Replace(Replace(chromium, "opus/48000", "speex/48000"), "OPUS/48000", "speex/48000"),
       "offers no opus/48000/2 codec"},
      {"opus stereo",
       Replace(Replace(chromium, "opus/48000/2", "opus/48000/1"), "OPUS/48000/2", "OPUS/48000/1"),
       "offers no opus/48000/2 codec"},
      {"VP8", Replace(chromium, "VP8/90000", "VP7/90000"), "offers no VP8/90000 codec"},
      {"mid", WithoutLines(chromium, "a=mid:"), "m-line lacks a=mid"},
      {"holdconn", Replace(chromium, "a=setup:actpass", "a=setup:holdconn"),
       "holdconn is not supported"},
      {"plain RTP", Replace(chromium, "UDP/TLS/RTP/SAVPF", "RTP/AVP"), "no audio or video m-line"},
      {"no media", chromium.substr(0, chromium.find("m=")), "no audio or video m-line"},
      {"bad line",
       gst ? Replace(chromium, "a=rtpmap:96 OPUS/48000/2", "a=rtpmap:96 OPUS")
           : Replace(chromium, "a=rtpmap:111 opus/48000/2", "a=rtpmap:111 opus"),
       "invalid SDP: line "},
  };
  for (const auto& c : cases) {
    std::string message = ErrorOf(c.offer);
    EXPECT_NE(message.find(c.message), std::string::npos) << c.name << ": " << message;
  }
}

INSTANTIATE_TEST_SUITE_P(RealOffers, MissingLineTest,
                         ::testing::Values("chromium-offer.sdp", "gstreamer-offer.sdp"));

TEST(NegotiationErrorTest, GarbageIsAnInvalidSdpError) {
  for (const char* garbage : {"", "hello", "{\"type\":\"offer\"}", "v=0\r\n", "v=0\r\no=x\r\n",
                              "\x00\x01\x02", "v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nm=audio\r\n"}) {
    std::string message = ErrorOf(garbage);
    EXPECT_FALSE(message.empty()) << garbage;
  }
  EXPECT_EQ(ErrorOf("bogus").rfind("invalid SDP: ", 0), 0u);
}

TEST(NegotiationErrorTest, IncompleteLocalParametersAreAProgrammingError) {
  LocalParameters local = TestLocal();
  local.fingerprint_sha256.clear();
  EXPECT_THROW(Negotiate(ReadSdpFile("chromium-offer.sdp"), local), std::invalid_argument);
}

}  // namespace
}  // namespace vc::mcu::negotiation
