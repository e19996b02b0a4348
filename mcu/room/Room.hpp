#pragma once
// A conference room on the media thread: its participants and how media moves between them.
// Rooms named "echo..." send each participant its own media back (EchoForwarder); other rooms
// list participants only until mixing lands.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mcu/room/EchoForwarder.hpp"
#include "mcu/room/Participant.hpp"
#include "mcu/signaling/SignalingMessages.hpp"

namespace vc::mcu::room {

class Room : public Participant::Listener {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    // The owner must remove the participant later (not from inside this call).
    virtual void OnRoomParticipantFailed(Room* room, Participant* participant,
                                         const std::string& reason) = 0;
  };

  Room(std::string name, std::optional<std::string> pin, Listener& listener);
  ~Room() override;

  static bool IsEchoRoomName(const std::string& name) { return name.rfind("echo", 0) == 0; }

  const std::string& name() const { return name_; }
  bool echo() const { return echo_; }
  bool empty() const { return participants_.empty(); }
  size_t size() const { return participants_.size(); }
  // No PIN set: anyone may join. Otherwise the join's PIN must match.
  bool AdmitsPin(const std::optional<std::string>& pin) const { return !pin_ || pin == pin_; }

  Participant& Add(std::unique_ptr<Participant> participant);
  // Returns the removed participant (nullptr if unknown) so the caller decides when it dies.
  std::unique_ptr<Participant> Remove(const std::string& id);
  Participant* Find(const std::string& id);

  std::vector<signaling::ParticipantInfo> List() const;
  void Broadcast(const std::string& message, const Participant* except = nullptr);

 private:
  // Participant::Listener
  void OnParticipantRtp(Participant* participant, uint8_t* data, size_t len) override;
  void OnParticipantRtcp(Participant* participant, uint8_t* data, size_t len) override;
  void OnParticipantFailed(Participant* participant, const std::string& reason) override;

  const std::string name_;
  const std::optional<std::string> pin_;
  const bool echo_;
  Listener& listener_;  // passed by argument
  // In join order, so lists read the way people arrived.
  std::vector<std::unique_ptr<Participant>> participants_;
  std::map<const Participant*, EchoForwarder> echo_forwarders_;
};

}  // namespace vc::mcu::room
