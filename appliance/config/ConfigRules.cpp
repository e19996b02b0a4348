#include "appliance/config/ConfigRules.hpp"

#include <array>
#include <regex>

#include <boost/asio/ip/address.hpp>

#include "appliance/config/RoomConfig.hpp"

namespace vc::appliance::rules {
namespace {

// Counts UTF-8 code points; nullopt when a control character appears. (The JSON parser has
// already rejected invalid UTF-8.)
std::optional<size_t> CodePoints(const std::string& text) {
  size_t count = 0;
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7F) return std::nullopt;
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool Matches(const std::string& text, const char* pattern) {
  return std::regex_match(text, std::regex(pattern));
}

bool ValidPort(const std::string& digits, bool allow_zero) {
  if (digits.empty() || digits.size() > 5) return false;
  const int port = std::stoi(digits);
  return port <= 65535 && (allow_zero || port > 0);
}

}  // namespace

StringRule Text(size_t max_code_points) {
  return {"a text of 1.." + std::to_string(max_code_points) + " characters",
          [max_code_points](const std::string& text) {
            auto n = CodePoints(text);
            return n && *n >= 1 && *n <= max_code_points;
          }};
}

StringRule McuUrl() {
  return {"a ws:// or wss:// URL like \"wss://mcu.example:8443/ws\"", [](const std::string& text) {
            std::smatch m;
            static const std::regex kUrl(
                R"(^wss?://([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(:([0-9]{1,5}))?(/[\x21-\x7E]*)?$)");
            if (!std::regex_match(text, m, kUrl)) return false;
            return !m[3].matched || ValidPort(m[3].str(), false);
          }};
}

StringRule McuRoom() {
  return {"a room name of 1-64 letters, digits, '-', '_' or '.'",
          [](const std::string& text) { return Matches(text, R"(^[A-Za-z0-9._\-]{1,64}$)"); }};
}

StringRule VideoSource() {
  return {"\"test\" or \"v4l2:/dev/videoN\"", [](const std::string& text) {
            return text == "test" || Matches(text, R"(^v4l2:/dev/[A-Za-z0-9._/\-]+$)");
          }};
}

StringRule AlsaDevice(const std::string& special) {
  return {"an ALSA device name like \"hw:1,0\" or \"" + special + "\"",
          [](const std::string& text) {
            return Matches(text, R"(^[A-Za-z0-9_:,.=\-]{1,128}$)");
          }};
}

StringRule Host() {
  return {"a host name or IP address", [](const std::string& text) {
            return Matches(text, R"(^[A-Za-z0-9.\-]{1,253}$)") ||
                   Matches(text, R"(^[0-9A-Fa-f:.]{2,45}$)");
          }};
}

StringRule PjlinkPassword() {
  return {"a PJLink password of 1-32 printable ASCII characters",
          [](const std::string& text) { return Matches(text, R"(^[\x21-\x7E]{1,32}$)"); }};
}

StringRule PjlinkInput() {
  return {"a PJLink input code like \"31\"",
          [](const std::string& text) { return Matches(text, R"(^[1-6][1-9A-Z]$)"); }};
}

StringRule Layout() {
  return {"one of grid, speaker, presenter, presenter_content", [](const std::string& text) {
            static constexpr std::array kLayouts = {"grid", "speaker", "presenter",
                                                    "presenter_content"};
            for (const char* layout : kLayouts) {
              if (text == layout) return true;
            }
            return false;
          }};
}

StringRule Mode() {
  return {"\"conference\" or \"training\"",
          [](const std::string& text) { return ParseRoomMode(text).has_value(); }};
}

StringRule Listen() {
  return {"an address and port like \"127.0.0.1:7310\"",
          [](const std::string& text) { return SplitListen(text).has_value(); }};
}

std::optional<std::pair<std::string, uint16_t>> SplitListen(const std::string& text) {
  std::smatch m;
  static const std::regex kListen(R"(^(\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.]+)):([0-9]{1,5})$)");
  if (!std::regex_match(text, m, kListen) || !ValidPort(m[4].str(), true)) return std::nullopt;
  std::string host = m[2].matched ? m[2].str() : m[3].str();
  if (host != "localhost") {
    boost::system::error_code ec;
    boost::asio::ip::make_address(host, ec);
    if (ec) return std::nullopt;
  }
  return std::make_pair(host, static_cast<uint16_t>(std::stoi(m[4].str())));
}

}  // namespace vc::appliance::rules
