#include "mcu/room/Room.hpp"

#include <algorithm>

namespace vc::mcu::room {

Room::Room(std::string name, std::optional<std::string> pin, Listener& listener)
    : name_(std::move(name)), pin_(std::move(pin)), echo_(IsEchoRoomName(name_)), listener_(listener) {}

Room::~Room() = default;

Participant& Room::Add(std::unique_ptr<Participant> participant) {
  participants_.push_back(std::move(participant));
  return *participants_.back();
}

std::unique_ptr<Participant> Room::Remove(const std::string& id) {
  auto it = std::find_if(participants_.begin(), participants_.end(),
                         [&](const auto& p) { return p->id() == id; });
  if (it == participants_.end()) return nullptr;
  std::unique_ptr<Participant> removed = std::move(*it);
  participants_.erase(it);
  echo_forwarders_.erase(removed.get());
  return removed;
}

Participant* Room::Find(const std::string& id) {
  for (auto& p : participants_) {
    if (p->id() == id) return p.get();
  }
  return nullptr;
}

std::vector<signaling::ParticipantInfo> Room::List() const {
  std::vector<signaling::ParticipantInfo> list;
  list.reserve(participants_.size());
  for (const auto& p : participants_) list.push_back({p->id(), p->name()});
  return list;
}

void Room::Broadcast(const std::string& message, const Participant* except) {
  for (auto& p : participants_) {
    if (p.get() != except) p->peer().Send(message);
  }
}

void Room::OnParticipantRtp(Participant* participant, uint8_t* data, size_t len) {
  if (!echo_) return;  // mixing comes with the audio and video issues
  echo_forwarders_.try_emplace(participant, *participant).first->second.ForwardRtp(data, len);
}

void Room::OnParticipantRtcp(Participant* participant, uint8_t* data, size_t len) {
  if (!echo_) return;
  echo_forwarders_.try_emplace(participant, *participant).first->second.ForwardRtcp(data, len);
}

void Room::OnParticipantFailed(Participant* participant, const std::string& reason) {
  listener_.OnRoomParticipantFailed(this, participant, reason);
}

}  // namespace vc::mcu::room
