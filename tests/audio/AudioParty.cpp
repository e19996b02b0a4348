#include "tests/audio/AudioParty.hpp"

#include <sstream>
#include <thread>
#include <stdexcept>

#include "tests/integration/ReceivedMedia.hpp"
#include "tests/integration/ToneAnalyzer.hpp"

namespace vc::tests::audio {
namespace {
using namespace std::chrono_literals;
// Per member and pass: short, so one pass over many members stays quick.
constexpr auto kPumpSlice = 1ms;
}  // namespace

size_t AudioParty::Join(integration::WebrtcbinPeer::Options options, const std::string& name,
                        const std::string& role) {
  Member member;
  member.tone_hz = options.tone_hz;
  member.client = std::make_unique<integration::SignalingClient>(port_);
  member.peer = std::make_unique<integration::WebrtcbinPeer>(options);
  member.session = std::make_unique<integration::PeerSession>(*member.client, *member.peer);
  member.peer->Start();
  auto joined = member.session->Join(room_, name, 10s, role);
  if (!joined) throw std::runtime_error("join failed: " + member.session->Describe());
  member.id = joined->value("id", "");
  members_.push_back(std::move(member));
  return members_.size() - 1;
}

void AudioParty::Leave(size_t index) {
  Member& member = members_.at(index);
  if (!member.client) return;
  member.client->Send({{"type", "leave"}});
  member.client->WaitForType("left", 3s);
  member.session.reset();
  member.peer.reset();
  member.client.reset();
}

bool AudioParty::PumpAll(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    bool any = false;
    for (auto& member : members_) {
      if (!member.session) continue;
      any = true;
      member.session->PumpUntil([] { return false; }, kPumpSlice);
    }
    if (!any) std::this_thread::sleep_for(10ms);
  }
  return true;
}

std::string AudioParty::Describe() const {
  std::ostringstream out;
  for (const auto& member : members_) {
    out << "member " << member.id << " (" << member.tone_hz << " Hz)";
    if (member.session) {
      auto frequency = member.peer->Media().RecentDominantFrequency();
      out << ": dominant " << frequency.value_or(0.0) << " Hz, state "
          << member.peer->ConnectionState() << "\n"
          << member.session->Describe();
    }
    out << "\n";
  }
  return out.str();
}

double TonePower(const integration::WebrtcbinPeer& peer, double hz, double seconds) {
  const auto count = static_cast<size_t>(seconds * integration::ReceivedMedia::kSampleRate);
  auto samples = peer.Media().RecentAudio(count);
  if (samples.size() < count) return 0.0;
  return integration::ToneAnalyzer::Power(samples, integration::ReceivedMedia::kSampleRate, hz);
}

}  // namespace vc::tests::audio
