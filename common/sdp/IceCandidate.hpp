#pragma once
// ICE candidate attribute (RFC 8839 §5.1):
//   candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type>
//             [raddr <address>] [rport <port>] [tcptype <active|passive|so>]
//             [generation <n>] [<extension name> <value>]...
// Trickled candidates come straight from clients, so parsing never throws: garbage gives nullopt.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vc::common::sdp {

struct IceCandidate {
  std::string foundation;
  uint32_t component = 1;  // 1 = RTP (with rtcp-mux the only one)
  std::string transport;   // as written: "udp", "UDP", "tcp"
  uint32_t priority = 0;
  std::string address;  // IPv4, IPv6 or an mDNS name ("<uuid>.local")
  uint16_t port = 0;
  std::string type;  // host, srflx, prflx, relay
  std::optional<std::string> related_address;
  std::optional<uint16_t> related_port;
  std::optional<std::string> tcp_type;
  std::optional<uint32_t> generation;
  // Further name/value pairs in order (ufrag, network-id, network-cost, ...).
  std::vector<std::pair<std::string, std::string>> extensions;
};

// Parses the attribute value with or without the "candidate:" prefix (an "a=" before it and a
// trailing CR/LF are tolerated too). Returns nullopt for anything malformed; never throws.
std::optional<IceCandidate> ParseIceCandidate(std::string_view text);

// "candidate:..." for candidate, the form both a=candidate and trickle signaling carry.
std::string WriteIceCandidate(const IceCandidate& candidate);

}  // namespace vc::common::sdp
