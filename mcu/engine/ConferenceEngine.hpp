#pragma once
// The MCU's media side: every room and participant, owned by the media thread. Signaling
// sessions (network threads) hand it parsed requests with Submit(); it answers through each
// session's WebSocketPeer, which is safe to use from any thread.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "mcu/audio/AudioMixer.hpp"
#include "mcu/engine/MediaThread.hpp"
#include "mcu/http/AdminBackend.hpp"
#include "mcu/http/WebSocketPeer.hpp"
#include "mcu/metrics/McuMetrics.hpp"
#include "mcu/recording/RecordingDirectory.hpp"
#include "mcu/room/Room.hpp"
#include "mcu/signaling/SignalingMessages.hpp"
#include "mcu/webrtc/PeerConnection.hpp"

namespace vc::mcu::engine {

class ConferenceEngine : public room::Room::Listener, public http::AdminBackend {
 public:
  // pc_config.context and .metrics are filled in from media_thread and metrics.
  ConferenceEngine(MediaThread& media_thread, metrics::McuMetrics& metrics,
                   webrtc::PeerConnectionConfig pc_config, audio::AudioMixerConfig mixer_config = {},
                   std::optional<video::VideoMixerConfig> video_config = video::VideoMixerConfig{},
                   std::unique_ptr<const recording::RecordingDirectory> recordings = nullptr);
  ~ConferenceEngine() override;  // closes every room; call Shutdown() first from another thread

  // Thread-safe: queue work for the media thread.
  void Submit(uint64_t session_id, std::shared_ptr<http::WebSocketPeer> peer,
              signaling::Request request);
  void SessionClosed(uint64_t session_id);
  // Drops every participant on the media thread and waits for it (not from the media thread).
  void Shutdown();

  // http::AdminBackend: from a network thread; each waits for the media thread. Not from the
  // media thread.
  std::vector<http::AdminRoom> AdminListRooms() override;
  http::AdminResult AdminSetMuted(const std::string& room, const std::string& participant,
                                  bool muted) override;
  http::AdminResult AdminMuteAll(const std::string& room, bool muted) override;
  http::AdminResult AdminSetLayout(const std::string& room, const std::string& layout,
                                   const std::optional<std::string>& presenter) override;
  http::AdminResult AdminSetBitrateCap(const std::string& room, const std::string& participant,
                                       std::optional<int> max_kbps) override;
  http::AdminRecording AdminSetRecording(const std::string& room, bool recording) override;

  // Sends an error to a client and counts it by code. Any thread.
  static void SendError(metrics::McuMetrics& metrics, http::WebSocketPeer& peer,
                        const std::string& code, const std::string& reason);

 private:
  struct Session {
    std::string room;
    std::string participant_id;
  };
  using PeerPtr = std::shared_ptr<http::WebSocketPeer>;

  // One handler per request type (media thread only).
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::JoinRequest& join);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::OfferRequest& offer);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::CandidateRequest& cand);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::LeaveRequest& leave);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::MuteRequest& mute);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::MuteAllRequest& mute);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::LayoutRequest& layout);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::HandRequest& hand);
  void Handle(uint64_t session_id, const PeerPtr& peer, const signaling::RecordRequest& record);

  // Runs an admin action on the media thread against a room; kNoRoom when it does not exist.
  http::AdminResult OnAdminRoom(const std::string& room_name,
                                const std::function<http::AdminResult(room::Room&)>& action);
  // Finds the session's participant, or sends not_joined and returns nullptr.
  room::Participant* JoinedParticipant(uint64_t session_id, const PeerPtr& peer);
  // The session's room, or nullptr (no not_joined error sent).
  room::Room* RoomOf(uint64_t session_id);
  // The joined chair's room, or sends not_joined / not_chair and returns nullptr.
  room::Room* ChairsRoom(uint64_t session_id, const PeerPtr& peer);
  void RemoveParticipant(uint64_t session_id);
  void UpdateGauges();

  // room::Room::Listener
  void OnRoomParticipantFailed(room::Room* room, room::Participant* participant,
                               const std::string& reason) override;

  // Passed by argument.
  MediaThread& media_thread_;
  metrics::McuMetrics& metrics_;
  webrtc::PeerConnectionConfig pc_config_;
  const audio::AudioMixerConfig mixer_config_;
  const std::optional<video::VideoMixerConfig> video_config_;  // nullopt: no video composition
  const std::unique_ptr<const recording::RecordingDirectory> recordings_;  // null: no recording
  // Allocated by this; media thread only.
  std::map<std::string, std::unique_ptr<room::Room>> rooms_;
  std::map<uint64_t, Session> sessions_;
  uint64_t next_participant_number_ = 1;
};

}  // namespace vc::mcu::engine
