// vc-test-colour-peer: one GStreamer webrtcbin participant for the browser video test. It joins a
// vc-mcu room sending one of the test colours (tests/video/CompositeProbe: red, green, blue,
// magenta by index), waits until the composite it receives shows the 2x2 grid of all four
// colours in join order with labels, prints one JSON line saying whether and after how long it
// did, and stays a while so that the others still see it.
//   vc-test-colour-peer --port P --room R --colour INDEX [--name N] [--seconds S] [--linger S]
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/integration/PeerSession.hpp"
#include "tests/video/CompositeProbe.hpp"

namespace {

using vc::tests::integration::PeerSession;
using vc::tests::integration::SignalingClient;
using vc::tests::integration::WebrtcbinPeer;

struct Options {
  uint16_t port = 0;
  std::string room;
  std::optional<std::string> name;
  int colour = -1;
  int seconds = 60;
  int linger = 15;
};

[[noreturn]] void Usage(const std::string& error) {
  if (!error.empty()) std::cerr << "vc-test-colour-peer: " << error << "\n";
  std::cerr << "usage: vc-test-colour-peer --port P --room R --colour 0..3 [--name N] [--seconds S]"
               " [--linger S]\n";
  std::exit(error.empty() ? 0 : 2);
}

int ToInt(const std::string& text, const std::string& what, int min) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min) {
    Usage(what + " must be an integer of at least " + std::to_string(min) + ", got \"" + text + "\"");
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
    if (flag == "--port") options.port = static_cast<uint16_t>(ToInt(value, flag, 1));
    else if (flag == "--room") options.room = value;
    else if (flag == "--name") options.name = value;
    else if (flag == "--colour") options.colour = ToInt(value, flag, 0);
    else if (flag == "--seconds") options.seconds = ToInt(value, flag, 1);
    else if (flag == "--linger") options.linger = ToInt(value, flag, 0);
    else Usage("unknown option " + flag);
  }
  if (options.port == 0 || options.room.empty()) Usage("--port and --room are required");
  if (options.colour < 0 || options.colour >= static_cast<int>(vc::tests::video::kColours.size())) {
    Usage("--colour must be 0 to 3");
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = Parse(argc, argv);
  const auto& colour = vc::tests::video::kColours[static_cast<size_t>(options.colour)];
  try {
    SignalingClient client(options.port);
    WebrtcbinPeer::Options peer_options;
    peer_options.volume = 0.05;
    peer_options.video_source = "videotestsrc is-live=true pattern=solid-color foreground-color=" +
                                std::to_string(colour.argb);
    WebrtcbinPeer peer(peer_options);
    PeerSession session(client, peer);
    peer.Start();
    const std::string name = options.name.value_or(colour.site);
    const auto start = std::chrono::steady_clock::now();
    if (!session.Join(options.room, name, std::chrono::seconds(10))) {
      std::cerr << "vc-test-colour-peer: join failed\n" << session.Describe() << "\n";
      return 1;
    }
    std::string why;
    const bool grid = session.PumpUntil(
        vc::tests::video::Throttled([&] {
          return vc::tests::video::ShowsGrid(peer, static_cast<size_t>(options.colour), why);
        }),
        std::chrono::seconds(options.seconds));
    const auto after = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    std::cout << nlohmann::json{{"name", name}, {"colour", colour.name}, {"grid", grid},
                                {"after_ms", after.count()}, {"why", why}}
                     .dump()
              << std::endl;
    session.Pump(std::chrono::seconds(options.linger));
    return grid ? 0 : 1;
  } catch (const std::exception& error) {
    std::cerr << "vc-test-colour-peer: " << error.what() << "\n";
    return 1;
  }
}
