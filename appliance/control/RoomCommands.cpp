#include "appliance/control/RoomCommands.hpp"

#include "appliance/control/CommandArgs.hpp"

namespace vc::appliance::control {
namespace {

using nlohmann::json;

// For commands without arguments: anything but an empty object is a mistake worth reporting.
void NoArgs(const json& args) {
  CommandArgs checked(args);
  if (!args.is_null() && !args.empty()) {
    throw CommandError(error_code::kBadArgs, "this command takes no arguments");
  }
}

}  // namespace

void RegisterRoomCommands(CommandTable& table, RoomControl& room) {
  RoomControl* r = &room;
  table.Register("Call.Join", "join the room's meeting on the MCU (devices wake first)",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->JoinCall(std::move(reply));
                 });
  table.Register("Call.Leave", "leave the meeting; the room returns to standby after the idle timeout",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->LeaveCall(std::move(reply));
                 });
  table.Register("Call.MuteAll", "training mode: ask the MCU to mute the remote trainees",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->MuteAll(std::move(reply));
                 });
  table.Register("Audio.Microphones.Mute", "{mute: bool} mute or unmute the room microphones",
                 [r](const json& args, CommandReply reply) {
                   r->SetMicrophoneMute(CommandArgs(args).Bool("mute"), std::move(reply));
                 });
  table.Register("Audio.Volume.Set", "{level: 0..100} loudspeaker volume",
                 [r](const json& args, CommandReply reply) {
                   r->SetVolume(CommandArgs(args).Int("level", 0, 100), std::move(reply));
                 });
  table.Register("Camera.Preset.Activate", "{preset: 0..127} move the PTZ camera to a preset",
                 [r](const json& args, CommandReply reply) {
                   r->ActivateCameraPreset(CommandArgs(args).Int("preset", 0, kMaxCameraPreset),
                                           std::move(reply));
                 });
  table.Register("Camera.Preset.Store", "{preset: 0..127} store the camera's position as a preset",
                 [r](const json& args, CommandReply reply) {
                   r->StoreCameraPreset(CommandArgs(args).Int("preset", 0, kMaxCameraPreset),
                                        std::move(reply));
                 });
  table.Register("Camera.Enable", "{on: bool} send or stop sending the room camera's video",
                 [r](const json& args, CommandReply reply) {
                   r->EnableCamera(CommandArgs(args).Bool("on"), std::move(reply));
                 });
  table.Register("Camera.Home", "technician: move the PTZ camera home",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->CameraHome(std::move(reply));
                 });
  table.Register("Camera.Test", "technician: check the PTZ camera answers",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->CameraTest(std::move(reply));
                 });
  table.Register("Room.Mode.Set", "{mode: conference | training}",
                 [r](const json& args, CommandReply reply) {
                   r->SetMode(CommandArgs(args).String("mode", {"conference", "training"}),
                              std::move(reply));
                 });
  table.Register("Content.Share.Start", "start the second (content) video stream",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->SetContentSharing(true, std::move(reply));
                 });
  table.Register("Content.Share.Stop", "stop the content stream",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->SetContentSharing(false, std::move(reply));
                 });
  table.Register("Projector.Power", "technician: {on: bool} power the projector on or to standby",
                 [r](const json& args, CommandReply reply) {
                   r->ProjectorPower(CommandArgs(args).Bool("on"), std::move(reply));
                 });
  table.Register("Projector.Test", "technician: query the projector's power, input, lamp and errors",
                 [r](const json& args, CommandReply reply) {
                   NoArgs(args);
                   r->ProjectorTest(std::move(reply));
                 });
  table.Register("System.Help", "the list of commands with a one-line summary each",
                 [&table](const json& args, CommandReply reply) {
                   NoArgs(args);
                   reply(CommandResult::Ok(table.Describe()));
                 });
}

}  // namespace vc::appliance::control
