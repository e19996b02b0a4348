#include "devices/visca/ViscaSimCamera.hpp"

#include "devices/visca/ViscaReply.hpp"

namespace vc::devices::visca {
namespace {

using Kind = ViscaSimCamera::Decision::Kind;
using ChangeKind = ViscaSimCamera::Change::Kind;

ViscaSimCamera::Decision Done(ViscaSimCamera::Change change, bool after_move) {
  ViscaSimCamera::Decision decision;
  decision.kind = after_move ? Kind::kDoneAfterMove : Kind::kDoneNow;
  decision.change = std::move(change);
  return decision;
}

ViscaSimCamera::Decision Answer(Bytes data) {
  ViscaSimCamera::Decision decision;
  decision.kind = Kind::kAnswer;
  decision.answer = std::move(data);
  return decision;
}

ViscaSimCamera::Decision Error(uint8_t code) {
  ViscaSimCamera::Decision decision;
  decision.kind = Kind::kError;
  decision.error = code;
  return decision;
}

bool Matches(std::span<const uint8_t> payload, std::initializer_list<uint8_t> prefix, size_t size) {
  if (payload.size() != size || payload.size() < prefix.size()) return false;
  size_t i = 0;
  for (uint8_t byte : prefix) {
    if (payload[i++] != byte) return false;
  }
  return true;
}

std::optional<std::string> DriveName(uint8_t pan, uint8_t tilt) {
  for (auto direction : {PanTiltDirection::kUp, PanTiltDirection::kDown, PanTiltDirection::kLeft,
                         PanTiltDirection::kRight, PanTiltDirection::kUpLeft, PanTiltDirection::kUpRight,
                         PanTiltDirection::kDownLeft, PanTiltDirection::kDownRight, PanTiltDirection::kStop}) {
    const Bytes bytes = commands::PanTiltDrive(direction, 1, 1);
    if (bytes[6] == pan && bytes[7] == tilt) return PanTiltDirectionName(direction);
  }
  return std::nullopt;
}

}  // namespace

ViscaSimCamera::Decision ViscaSimCamera::Decide(PayloadType type, std::span<const uint8_t> payload) const {
  // Every message is 81 .. FF with no terminator inside.
  if (payload.size() < 3 || payload.front() != 0x81 || payload.back() != 0xFF) return Error(error_code::kSyntax);
  for (size_t i = 0; i + 1 < payload.size(); ++i) {
    if (payload[i] == 0xFF) return Error(error_code::kSyntax);
  }
  std::optional<Decision> decision;
  if (type == PayloadType::kCommand && payload[1] == 0x01) decision = DecideCommand(payload);
  if (type == PayloadType::kInquiry && payload[1] == 0x09) decision = DecideInquiry(payload);
  return decision ? *decision : Error(error_code::kSyntax);
}

std::optional<ViscaSimCamera::Decision> ViscaSimCamera::DecideCommand(std::span<const uint8_t> p) const {
  Change change;
  if (Matches(p, {0x81, 0x01, 0x04, 0x00}, 6) && (p[4] == 0x02 || p[4] == 0x03)) {
    change.kind = ChangeKind::kPower;
    change.power_on = p[4] == 0x02;
    return Done(change, false);
  }
  // Everything below moves the camera: refused in standby.
  std::optional<Decision> motion;
  if (Matches(p, {0x81, 0x01, 0x06, 0x01}, 9)) {
    auto name = DriveName(p[6], p[7]);
    if (!name || p[4] < kMinPanSpeed || p[4] > kMaxPanSpeed || p[5] < kMinTiltSpeed || p[5] > kMaxTiltSpeed) {
      return Error(error_code::kSyntax);
    }
    change.kind = ChangeKind::kDrive;
    change.drive = *name;
    change.pan_speed = p[4];
    change.tilt_speed = p[5];
    motion = Done(change, false);
  } else if (Matches(p, {0x81, 0x01, 0x06, 0x02}, 15)) {
    auto pan = ReadNibbles(p.subspan(6, 4));
    auto tilt = ReadNibbles(p.subspan(10, 4));
    if (!pan || !tilt) return Error(error_code::kSyntax);
    change.kind = ChangeKind::kMoveTo;
    change.target.pan = static_cast<int16_t>(static_cast<uint16_t>(*pan));
    change.target.tilt = static_cast<int16_t>(static_cast<uint16_t>(*tilt));
    change.pan_speed = p[4];
    change.tilt_speed = p[5];
    motion = Done(change, true);
  } else if (Matches(p, {0x81, 0x01, 0x06, 0x04}, 5)) {
    change.kind = ChangeKind::kHome;
    motion = Done(change, true);
  } else if (Matches(p, {0x81, 0x01, 0x04, 0x07}, 6)) {
    const uint8_t code = p[4];
    change.kind = ChangeKind::kZoomDrive;
    if (code == 0x00) change.drive = "stop";
    else if (code == 0x02 || (code & 0xF0) == 0x20) change.drive = "tele";
    else if (code == 0x03 || (code & 0xF0) == 0x30) change.drive = "wide";
    else return Error(error_code::kSyntax);
    motion = Done(change, false);
  } else if (Matches(p, {0x81, 0x01, 0x04, 0x47}, 9)) {
    auto zoom = ReadNibbles(p.subspan(4, 4));
    if (!zoom || *zoom > kMaxZoomPosition) return Error(error_code::kSyntax);
    change.kind = ChangeKind::kZoomTo;
    change.target.zoom = static_cast<uint16_t>(*zoom);
    motion = Done(change, true);
  } else if (Matches(p, {0x81, 0x01, 0x04, 0x3F}, 7) && p[4] <= 0x02 && p[5] <= kMaxPreset) {
    change.preset = p[5];
    change.kind = p[4] == 0x00 ? ChangeKind::kPresetReset
                  : p[4] == 0x01 ? ChangeKind::kPresetSet
                                 : ChangeKind::kPresetRecall;
    motion = Done(change, change.kind == ChangeKind::kPresetRecall);
  }
  if (!motion) return std::nullopt;
  if (!state_.power_on) return Error(error_code::kNotExecutable);
  return motion;
}

std::optional<ViscaSimCamera::Decision> ViscaSimCamera::DecideInquiry(std::span<const uint8_t> p) const {
  Bytes data;
  if (Matches(p, {0x81, 0x09, 0x04, 0x00}, 5)) {
    data.push_back(state_.power_on ? 0x02 : 0x03);
  } else if (Matches(p, {0x81, 0x09, 0x06, 0x12}, 5)) {
    AppendNibbles(data, static_cast<uint16_t>(state_.pose.pan), 4);
    AppendNibbles(data, static_cast<uint16_t>(state_.pose.tilt), 4);
  } else if (Matches(p, {0x81, 0x09, 0x04, 0x47}, 5)) {
    AppendNibbles(data, state_.pose.zoom, 4);
  } else {
    return std::nullopt;
  }
  return Answer(std::move(data));
}

std::string ViscaSimCamera::Apply(const Change& change) {
  auto pose_text = [this] {
    return "pan=" + std::to_string(state_.pose.pan) + " tilt=" + std::to_string(state_.pose.tilt) +
           " zoom=" + std::to_string(state_.pose.zoom);
  };
  switch (change.kind) {
    case ChangeKind::kPower:
      state_.power_on = change.power_on;
      if (!change.power_on) state_.drive = state_.zoom_drive = "stop";
      return change.power_on ? "power on" : "power standby";
    case ChangeKind::kDrive:
      state_.drive = change.drive;
      if (change.drive == "stop") return "pan-tilt stop";
      return "pan-tilt drive " + change.drive + " (pan speed " + std::to_string(change.pan_speed) +
             ", tilt speed " + std::to_string(change.tilt_speed) + ")";
    case ChangeKind::kMoveTo:
      state_.pose.pan = change.target.pan;
      state_.pose.tilt = change.target.tilt;
      return "moved to " + pose_text();
    case ChangeKind::kHome:
      state_.pose.pan = 0;
      state_.pose.tilt = 0;
      return "home";
    case ChangeKind::kZoomDrive:
      state_.zoom_drive = change.drive;
      return "zoom " + change.drive;
    case ChangeKind::kZoomTo:
      state_.pose.zoom = change.target.zoom;
      return "zoom to " + std::to_string(change.target.zoom);
    case ChangeKind::kPresetReset:
      state_.presets.erase(change.preset);
      return "preset reset " + std::to_string(change.preset);
    case ChangeKind::kPresetSet:
      state_.presets[change.preset] = state_.pose;
      return "preset stored " + std::to_string(change.preset) + " (" + pose_text() + ")";
    case ChangeKind::kPresetRecall: {
      // A preset never stored recalls the home position, as cameras leave the factory.
      auto it = state_.presets.find(change.preset);
      state_.pose = it != state_.presets.end() ? it->second : Pose{};
      state_.last_recalled = change.preset;
      return "preset recalled " + std::to_string(change.preset);
    }
  }
  return "";
}

}  // namespace vc::devices::visca
