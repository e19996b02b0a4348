#include "tests/video/ConferenceBench.hpp"

#include <nlohmann/json.hpp>

#include <thread>

#include "mcu/dtls/Certificate.hpp"

namespace vc::tests::video {
namespace {

// The participant's signaling link: its trickled candidates go straight to the client side.
class LoopbackPeer : public mcu::http::WebSocketPeer {
 public:
  explicit LoopbackPeer(VideoReceiverPeer& client) : client_(client) {}
  void Send(std::string text) override {
    auto message = nlohmann::json::parse(text, nullptr, false);
    if (message.is_discarded() || message.value("type", "") != "candidate") return;
    const std::string candidate = message.value("candidate", "");
    if (candidate.empty()) {
      client_.pc().SetRemoteGatheringDone();
    } else {
      client_.pc().AddRemoteCandidate(candidate);
    }
  }
  void Close() override {}
  std::string RemoteAddress() const override { return "127.0.0.1:0"; }

 private:
  VideoReceiverPeer& client_;
};

}  // namespace

ConferenceBench::ConferenceBench(mcu::video::VideoMixerConfig config, std::string room) {
  pc_config_.context = media_.context();
  pc_config_.metrics = &metrics_;
  pc_config_.certificate = mcu::dtls::Certificate::Generate();
  pc_config_.ice.local_addresses = {"127.0.0.1"};
  Run([&] {
    conference_ = std::make_unique<mcu::room::VideoConference>(media_.context(), metrics_, room, config);
  });
}

ConferenceBench::~ConferenceBench() {
  Run([&] {
    for (auto& participant : participants_) conference_->Remove(*participant);
    conference_.reset();
    participants_.clear();
    peers_.clear();
  });
}

bool ConferenceBench::AddSites(size_t count, bool sends_video, std::chrono::milliseconds timeout) {
  const size_t first = peers_.size();
  Run([&] {
    for (size_t i = 0; i < count; ++i) {
      const size_t index = peers_.size();
      auto peer = std::make_unique<VideoReceiverPeer>(pc_config_, sends_video);
      auto link = std::make_shared<LoopbackPeer>(*peer);
      auto participant = std::make_unique<mcu::room::Participant>(
          "p" + std::to_string(index + 1), "Điểm cầu " + std::to_string(index + 1), index + 1, link,
          pc_config_, *this);
      conference_->Add(*participant);
      mcu::room::Participant* mcu_side = participant.get();
      peer->SetCandidateSink([mcu_side](const std::string& candidate) {
        if (candidate.empty()) {
          mcu_side->connection().SetRemoteGatheringDone();
        } else {
          mcu_side->connection().AddRemoteCandidate(candidate);
        }
      });
      peer->pc().StartOffer();
      const std::string answer = participant->connection().ApplyOffer(peer->CreateOffer());
      peer->pc().ApplyAnswer(answer);
      peers_.push_back(std::move(peer));
      participants_.push_back(std::move(participant));
    }
  });
  return WaitUntil([&] {
    for (size_t i = first; i < peers_.size(); ++i) {
      if (!peers_[i]->connected() || !participants_[i]->connection().connected()) return false;
    }
    return true;
  }, timeout);
}

bool ConferenceBench::WaitUntil(const std::function<bool()>& pred, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    bool done = false;
    Run([&] { done = pred(); });
    if (done) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

void ConferenceBench::OnParticipantRtp(mcu::room::Participant* participant, uint8_t* data, size_t len) {
  if (ingress_loss_ > 0 && std::uniform_real_distribution<double>(0, 1)(random_) < ingress_loss_) {
    ++dropped_;
    return;
  }
  conference_->OnRtp(*participant, data, len);
}

void ConferenceBench::OnParticipantRtcp(mcu::room::Participant* participant, uint8_t* data, size_t len) {
  conference_->OnRtcp(*participant, data, len);
}

void ConferenceBench::OnParticipantFailed(mcu::room::Participant*, const std::string&) { ++failures_; }

}  // namespace vc::tests::video
