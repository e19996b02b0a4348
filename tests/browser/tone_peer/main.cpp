// vc-test-tone-peer: one GStreamer webrtcbin participant for browser tests. It joins a vc-mcu
// room sending a sine tone, stays for a while, and prints as JSON how strongly each listened-for
// frequency is present in what it received (the last second), so a node test can put Chromium and
// webrtcbin participants in one room and check every side's mix.
//   vc-test-tone-peer --port P --room R --name N --tone HZ --seconds S [--linger S] --listen 440,660,880
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/integration/PeerSession.hpp"
#include "tests/integration/ToneAnalyzer.hpp"

namespace {

using vc::tests::integration::PeerSession;
using vc::tests::integration::ReceivedMedia;
using vc::tests::integration::SignalingClient;
using vc::tests::integration::ToneAnalyzer;
using vc::tests::integration::WebrtcbinPeer;

struct Options {
  uint16_t port = 0;
  std::string room;
  std::string name = "webrtcbin";
  int tone_hz = 660;
  int seconds = 10;
  int linger = 5;  // stays after measuring, so peers that started later still hear this one
  std::vector<int> listen;
};

[[noreturn]] void Usage(const std::string& error) {
  if (!error.empty()) std::cerr << "vc-test-tone-peer: " << error << "\n";
  std::cerr << "usage: vc-test-tone-peer --port P --room R [--name N] [--tone HZ] [--seconds S]"
               " [--linger S] [--listen HZ,HZ,...]\n";
  std::exit(error.empty() ? 0 : 2);
}

int ToInt(const std::string& text, const std::string& what) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) {
    Usage(what + " must be a positive integer, got \"" + text + "\"");
  }
  return value;
}

Options Parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--help" || flag == "-h") Usage("");
    if (i + 1 >= argc) Usage(flag + " needs a value");
    const std::string value = argv[++i];
    if (flag == "--port") options.port = static_cast<uint16_t>(ToInt(value, flag));
    else if (flag == "--room") options.room = value;
    else if (flag == "--name") options.name = value;
    else if (flag == "--tone") options.tone_hz = ToInt(value, flag);
    else if (flag == "--seconds") options.seconds = ToInt(value, flag);
    else if (flag == "--linger") options.linger = ToInt(value, flag);
    else if (flag == "--listen") {
      std::istringstream list(value);
      for (std::string item; std::getline(list, item, ',');) options.listen.push_back(ToInt(item, flag));
    } else {
      Usage("unknown option " + flag);
    }
  }
  if (options.port == 0 || options.room.empty()) Usage("--port and --room are required");
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = Parse(argc, argv);
  try {
    SignalingClient client(options.port);
    WebrtcbinPeer peer({.tone_hz = options.tone_hz});
    PeerSession session(client, peer);
    peer.Start();
    if (!session.Join(options.room, options.name, std::chrono::seconds(10))) {
      std::cerr << "vc-test-tone-peer: join failed\n" << session.Describe() << "\n";
      return 1;
    }
    session.Pump(std::chrono::seconds(options.seconds));
    const auto recent = peer.Media().RecentAudio(ReceivedMedia::kSampleRate);
    nlohmann::json heard = nlohmann::json::object();
    for (const int hz : options.listen) {
      const double power = ToneAnalyzer::Power(recent, ReceivedMedia::kSampleRate, hz);
      heard[std::to_string(hz)] = 10.0 * std::log10(power + 1e-12);
    }
    std::cout << nlohmann::json{{"name", options.name},
                                {"tone", options.tone_hz},
                                {"samples", peer.Media().AudioSamples()},
                                {"rms", ToneAnalyzer::Rms(recent)},
                                {"heard_db", heard}}
                     .dump()
              << std::endl;
    session.Pump(std::chrono::seconds(options.linger));
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "vc-test-tone-peer: " << error.what() << "\n";
    return 1;
  }
}
