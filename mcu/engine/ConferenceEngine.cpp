#include "mcu/engine/ConferenceEngine.hpp"

#include "common/log/Log.hpp"
#include "mcu/negotiation/Negotiation.hpp"

namespace vc::mcu::engine {
namespace {
constexpr std::string_view kLog = "engine";
}

ConferenceEngine::ConferenceEngine(MediaThread& media_thread, metrics::McuMetrics& metrics,
                                   webrtc::PeerConnectionConfig pc_config,
                                   audio::AudioMixerConfig mixer_config,
                                   std::optional<video::VideoMixerConfig> video_config,
                                   std::unique_ptr<const recording::RecordingDirectory> recordings)
    : media_thread_(media_thread),
      metrics_(metrics),
      pc_config_(std::move(pc_config)),
      mixer_config_(mixer_config),
      video_config_(std::move(video_config)),
      recordings_(std::move(recordings)) {
  pc_config_.context = media_thread_.context();
  pc_config_.metrics = &metrics_;
}

ConferenceEngine::~ConferenceEngine() = default;

void ConferenceEngine::Submit(uint64_t session_id, PeerPtr peer, signaling::Request request) {
  media_thread_.Post([this, session_id, peer = std::move(peer), request = std::move(request)] {
    std::visit([&](const auto& r) { Handle(session_id, peer, r); }, request);
  });
}

void ConferenceEngine::SessionClosed(uint64_t session_id) {
  media_thread_.Post([this, session_id] { RemoveParticipant(session_id); });
}

void ConferenceEngine::Shutdown() {
  media_thread_.PostAndWait([this] {
    rooms_.clear();
    sessions_.clear();
    UpdateGauges();
  });
}

void ConferenceEngine::SendError(metrics::McuMetrics& metrics, http::WebSocketPeer& peer,
                                 const std::string& code, const std::string& reason) {
  metrics.SignalingError(code).Inc();
  peer.Send(signaling::MakeError(code, reason));
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::JoinRequest& join) {
  if (sessions_.count(session_id) != 0) {
    SendError(metrics_, *peer, "already_joined", "this connection has already joined a room");
    return;
  }
  auto& room = rooms_[join.room];
  if (!room) room = std::make_unique<room::Room>(join.room, join.pin, *this,
                                                     media_thread_.context(), metrics_,
                                                     mixer_config_, video_config_,
                                                     recordings_.get());
  if (!room->AdmitsPin(join.pin)) {
    SendError(metrics_, *peer, "bad_pin", "the room's PIN is missing or wrong");
    if (room->empty()) rooms_.erase(join.room);
    return;
  }
  std::string id = "p" + std::to_string(next_participant_number_++);
  std::unique_ptr<room::Participant> participant;
  try {
    participant = std::make_unique<room::Participant>(id, join.name, session_id, peer, pc_config_,
                                                      *room);
  } catch (const std::exception& e) {
    common::log::Error(kLog, "cannot create a connection for ", id, ": ", e.what());
    SendError(metrics_, *peer, "internal", "the MCU could not set up media for this join");
    if (room->empty()) rooms_.erase(join.room);
    return;
  }
  participant->set_chair(join.role == signaling::Role::kChair);
  room->Add(std::move(participant));
  sessions_[session_id] = Session{join.room, id};
  common::log::Info(kLog, "participant ", id, " (", join.name, ") joined room ", join.room,
                    room->echo() ? " [echo]" : "", " from ", peer->RemoteAddress());
  auto list = room->List();
  peer->Send(signaling::MakeJoined(join.room, id, list));
  // Right after `joined`, always: whether this room can be recorded and whether it is now.
  peer->Send(room->RecordingMessage());
  // And the layout the composite shows now, so a late joiner's controls show the room's real
  // picture before the next change.
  if (!room->echo()) peer->Send(signaling::MakeLayout(room::Room::LayoutName(room->layout()), room->presenter()));
  // Everyone, the newcomer included, gets the same membership event, so a client can keep its
  // list from participants events alone.
  room->Broadcast(signaling::MakeParticipants(join.room, list));
  UpdateGauges();
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::OfferRequest& offer) {
  room::Participant* participant = JoinedParticipant(session_id, peer);
  if (participant == nullptr) return;
  try {
    std::string answer = participant->connection().ApplyOffer(offer.sdp);
    peer->Send(signaling::MakeAnswer(answer));
  } catch (const negotiation::NegotiationError& e) {
    SendError(metrics_, *peer, "bad_sdp", e.what());
  } catch (const std::logic_error& e) {
    SendError(metrics_, *peer, "bad_message", e.what());
  } catch (const std::exception& e) {
    common::log::Error(kLog, "offer from ", participant->id(), " failed: ", e.what());
    SendError(metrics_, *peer, "internal", "the MCU could not answer this offer");
  }
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::CandidateRequest& candidate) {
  room::Participant* participant = JoinedParticipant(session_id, peer);
  if (participant == nullptr) return;
  if (candidate.candidate.empty()) {
    participant->connection().SetRemoteGatheringDone();
    return;
  }
  if (!participant->connection().AddRemoteCandidate(candidate.candidate)) {
    SendError(metrics_, *peer, "bad_candidate",
              "cannot parse ICE candidate '" + candidate.candidate.substr(0, 80) + "'");
  }
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::LeaveRequest&) {
  if (JoinedParticipant(session_id, peer) == nullptr) return;
  RemoveParticipant(session_id);
  peer->Send(signaling::MakeLeft());
  peer->Close();
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::MuteRequest& mute) {
  room::Room* room = ChairsRoom(session_id, peer);
  if (room == nullptr) return;
  room::Participant* target = room->Find(mute.participant);
  if (target == nullptr) {
    SendError(metrics_, *peer, "unknown_participant",
              "no participant '" + mute.participant + "' in this room");
    return;
  }
  room->SetMuted(*target, mute.muted, "chair");
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::MuteAllRequest& mute) {
  room::Room* room = ChairsRoom(session_id, peer);
  if (room != nullptr) room->SetMutedAll(mute.muted, "chair");
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::LayoutRequest& layout) {
  room::Room* room = ChairsRoom(session_id, peer);
  if (room == nullptr) return;
  auto kind = room::Room::LayoutKindFromName(layout.layout);
  if (!kind || !room->SetLayout(*kind, layout.presenter)) {
    SendError(metrics_, *peer, "unknown_participant",
              "no participant '" + layout.presenter.value_or("") + "' in this room");
  }
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::HandRequest& hand) {
  room::Participant* self = JoinedParticipant(session_id, peer);
  room::Room* room = self != nullptr ? RoomOf(session_id) : nullptr;
  if (room == nullptr) return;
  if (room->SetHand(*self, hand.raised)) {
    common::log::Info(kLog, "participant ", self->id(), hand.raised ? " raised" : " lowered",
                      " a hand in room ", room->name());
  }
}

void ConferenceEngine::Handle(uint64_t session_id, const PeerPtr& peer,
                              const signaling::RecordRequest& record) {
  room::Room* room = ChairsRoom(session_id, peer);
  if (room == nullptr) return;
  try {
    if (room->SetRecording(record.recording)) {
      common::log::Info(kLog, "room ", room->name(), ": recording ",
                        record.recording ? "started by a chair (" + room->recording_file() + ")"
                                         : std::string("stopped by a chair"));
    }
  } catch (const signaling::SignalingError& e) {
    SendError(metrics_, *peer, e.code(), e.what());
  }
}

room::Room* ConferenceEngine::RoomOf(uint64_t session_id) {
  auto session = sessions_.find(session_id);
  if (session == sessions_.end()) return nullptr;
  auto room = rooms_.find(session->second.room);
  return room != rooms_.end() ? room->second.get() : nullptr;
}

room::Room* ConferenceEngine::ChairsRoom(uint64_t session_id, const PeerPtr& peer) {
  room::Participant* self = JoinedParticipant(session_id, peer);
  if (self == nullptr) return nullptr;
  if (!self->chair()) {
    SendError(metrics_, *peer, "not_chair", "only a participant who joined as chair may do this");
    return nullptr;
  }
  return RoomOf(session_id);
}

std::vector<http::AdminRoom> ConferenceEngine::AdminListRooms() {
  std::vector<http::AdminRoom> rooms;
  media_thread_.PostAndWait([&] {
    for (const auto& [name, room] : rooms_) {
      http::AdminRoom entry{name, room->echo(), {}, room->recording()};
      if (!room->echo()) {
        entry.layout = room::Room::LayoutName(room->layout());
        entry.presenter = room->presenter();
      }
      for (const auto& info : room->List()) {
        room::Participant* p = room->Find(info.id);
        entry.participants.push_back(
            {info.id, info.name, info.chair, info.muted, p != nullptr && room->Talking(*p),
             p != nullptr ? room->uplink().Cap(*p) : std::nullopt,
             p != nullptr ? room->uplink().EstimateKbps(*p) : std::nullopt,
             p != nullptr ? room->uplink().ContentPackets(*p) : 0, info.hand});
      }
      rooms.push_back(std::move(entry));
    }
  });
  return rooms;
}

http::AdminResult ConferenceEngine::AdminSetMuted(const std::string& room_name,
                                                  const std::string& participant, bool muted) {
  return OnAdminRoom(room_name, [&](room::Room& room) {
    room::Participant* target = room.Find(participant);
    if (target == nullptr) return http::AdminResult::kNoParticipant;
    room.SetMuted(*target, muted, "admin");
    return http::AdminResult::kOk;
  });
}

http::AdminResult ConferenceEngine::AdminMuteAll(const std::string& room_name, bool muted) {
  return OnAdminRoom(room_name, [&](room::Room& room) {
    room.SetMutedAll(muted, "admin");
    return http::AdminResult::kOk;
  });
}

http::AdminResult ConferenceEngine::AdminSetLayout(const std::string& room_name,
                                                   const std::string& layout,
                                                   const std::optional<std::string>& presenter) {
  return OnAdminRoom(room_name, [&](room::Room& room) {
    auto kind = room::Room::LayoutKindFromName(layout);
    if (!kind || !room.SetLayout(*kind, presenter)) return http::AdminResult::kNoParticipant;
    return http::AdminResult::kOk;
  });
}

http::AdminResult ConferenceEngine::AdminSetBitrateCap(const std::string& room_name,
                                                       const std::string& participant,
                                                       std::optional<int> max_kbps) {
  return OnAdminRoom(room_name, [&](room::Room& room) {
    room::Participant* target = room.Find(participant);
    if (target == nullptr) return http::AdminResult::kNoParticipant;
    room.uplink().SetCap(*target, max_kbps);
    common::log::Info(kLog, "admin: participant ", participant, " uplink cap ",
                      max_kbps ? std::to_string(*max_kbps) + " kb/s" : std::string("removed"));
    return http::AdminResult::kOk;
  });
}

http::AdminRecording ConferenceEngine::AdminSetRecording(const std::string& room_name,
                                                        bool recording) {
  http::AdminRecording result;
  result.result = http::AdminRecording::Result::kNoRoom;
  media_thread_.PostAndWait([&] {
    auto it = rooms_.find(room_name);
    if (it == rooms_.end()) return;
    room::Room& room = *it->second;
    try {
      if (room.SetRecording(recording)) {
        common::log::Info(kLog, "admin: room ", room_name, " recording ",
                          recording ? "started (" + room.recording_file() + ")"
                                    : std::string("stopped"));
      }
      result.result = http::AdminRecording::Result::kOk;
    } catch (const signaling::SignalingError& e) {
      result.result = e.code() == "recording_unavailable"
                          ? http::AdminRecording::Result::kUnavailable
                          : http::AdminRecording::Result::kFailed;
      result.reason = e.what();
    }
    result.recording = room.recording();
    result.file = room.recording_file();
  });
  return result;
}

http::AdminResult ConferenceEngine::OnAdminRoom(
    const std::string& room_name, const std::function<http::AdminResult(room::Room&)>& action) {
  http::AdminResult result = http::AdminResult::kNoRoom;
  media_thread_.PostAndWait([&] {
    auto room = rooms_.find(room_name);
    if (room != rooms_.end()) result = action(*room->second);
  });
  return result;
}

room::Participant* ConferenceEngine::JoinedParticipant(uint64_t session_id, const PeerPtr& peer) {
  auto session = sessions_.find(session_id);
  room::Participant* participant = nullptr;
  if (session != sessions_.end()) {
    auto room = rooms_.find(session->second.room);
    if (room != rooms_.end()) participant = room->second->Find(session->second.participant_id);
  }
  if (participant == nullptr) {
    SendError(metrics_, *peer, "not_joined", "send 'join' first");
  }
  return participant;
}

void ConferenceEngine::RemoveParticipant(uint64_t session_id) {
  auto session = sessions_.find(session_id);
  if (session == sessions_.end()) return;
  auto room_it = rooms_.find(session->second.room);
  std::string participant_id = session->second.participant_id;
  sessions_.erase(session);
  if (room_it == rooms_.end()) return;
  room::Room& room = *room_it->second;
  if (!room.Remove(participant_id)) return;
  common::log::Info(kLog, "participant ", participant_id, " left room ", room.name());
  if (room.empty()) {
    rooms_.erase(room_it);
  } else {
    room.Broadcast(signaling::MakeParticipants(room.name(), room.List()));
  }
  UpdateGauges();
}

void ConferenceEngine::OnRoomParticipantFailed(room::Room*, room::Participant* participant,
                                               const std::string& reason) {
  common::log::Warn(kLog, "participant ", participant->id(), " media failed: ", reason);
  SendError(metrics_, participant->peer(), "media_failed", reason);
  participant->peer().Close();
  // Called from deep inside the participant's own transport: remove it on a later turn.
  uint64_t session_id = participant->session_id();
  media_thread_.Post([this, session_id] { RemoveParticipant(session_id); });
}

void ConferenceEngine::UpdateGauges() {
  metrics_.rooms.Set(static_cast<int64_t>(rooms_.size()));
  metrics_.participants.Set(static_cast<int64_t>(sessions_.size()));
}

}  // namespace vc::mcu::engine
