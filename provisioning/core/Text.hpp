#pragma once
// Small text helpers for outside input: UTF-8 checks (nlohmann::json refuses to dump invalid
// UTF-8, so nothing invalid may reach the store) and ISO 8601 UTC times.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vc::provision::text {

bool IsValidUtf8(std::string_view s);
// Code points in valid UTF-8 (what a person counts as characters, near enough).
size_t CodePoints(std::string_view s);
bool HasControlCharacters(std::string_view s);
// "2026-12-01T08:00:00Z".
std::string FormatUtc(int64_t unix_seconds);
// "YYYY-MM-DDTHH:MM[:SS]" then "Z" or "+HH:MM"/"-HH:MM". nullopt when malformed or out of range.
std::optional<int64_t> ParseIso8601(std::string_view s);

}  // namespace vc::provision::text
