#pragma once
// Builders for the VISCA messages the room needs (Sony VISCA command list; camera address 1, so
// every message starts with 81 and ends with the terminator FF). Pure functions: a builder
// never fails; values outside a field's range are clamped to it, except preset numbers, which
// callers check with IsValidPreset (a wrong preset must not silently become another one).
#include <cstdint>
#include <optional>

#include "devices/visca/ViscaPacket.hpp"

namespace vc::devices::visca {

enum class PanTiltDirection { kUp, kDown, kLeft, kRight, kUpLeft, kUpRight, kDownLeft, kDownRight, kStop };
enum class ZoomDirection { kStop, kTele, kWide };

constexpr int kMinPanSpeed = 0x01;
constexpr int kMaxPanSpeed = 0x18;
constexpr int kMinTiltSpeed = 0x01;
constexpr int kMaxTiltSpeed = 0x17;
constexpr int kMaxZoomSpeed = 7;  // variable zoom speed p in 2p/3p
constexpr int kMaxPreset = 127;   // memory numbers 0..127 (7 bits)
constexpr uint16_t kMaxZoomPosition = 0x4000;

bool IsValidPreset(int preset);
const char* PanTiltDirectionName(PanTiltDirection direction);
const char* ZoomDirectionName(ZoomDirection direction);

namespace commands {

Bytes PowerOn();                        // 81 01 04 00 02 FF
Bytes PowerOff();                       // 81 01 04 00 03 FF
// 81 01 06 01 VV WW XX YY FF; speeds 01..18 (pan) and 01..17 (tilt).
Bytes PanTiltDrive(PanTiltDirection direction, int pan_speed, int tilt_speed);
// 81 01 06 02 VV WW 0Y 0Y 0Y 0Y 0Z 0Z 0Z 0Z FF: signed 16-bit pan and tilt, one nibble a byte.
Bytes PanTiltAbsolute(int pan_speed, int tilt_speed, int16_t pan, int16_t tilt);
Bytes PanTiltHome();                    // 81 01 06 04 FF
// 81 01 04 07 00 FF (stop), 02/03 (tele/wide, standard speed), 2p/3p (variable speed p 0..7).
Bytes ZoomDrive(ZoomDirection direction, std::optional<int> speed = std::nullopt);
Bytes ZoomDirect(uint16_t position);    // 81 01 04 47 0p 0q 0r 0s FF, 0..0x4000
Bytes PresetReset(int preset);          // 81 01 04 3F 00 pp FF
Bytes PresetSet(int preset);            // 81 01 04 3F 01 pp FF
Bytes PresetRecall(int preset);         // 81 01 04 3F 02 pp FF

Bytes PowerInquiry();                   // 81 09 04 00 FF -> 90 50 02|03 FF
Bytes PanTiltPositionInquiry();         // 81 09 06 12 FF -> 90 50 0w 0w 0w 0w 0z 0z 0z 0z FF
Bytes ZoomPositionInquiry();            // 81 09 04 47 FF -> 90 50 0p 0q 0r 0s FF

Bytes SequenceReset();                  // control payload 01 (type 0x0200)

}  // namespace commands

// Nibble fields (0p 0q 0r 0s): values travel one hex digit per byte, high digit first.
void AppendNibbles(Bytes& out, uint32_t value, int count);
// nullopt when a byte has its high nibble set.
std::optional<uint32_t> ReadNibbles(std::span<const uint8_t> bytes);

}  // namespace vc::devices::visca
