#include "mcu/app/McuOptions.hpp"

#include <charconv>
#include <functional>
#include <map>

#include "common/util/IpAddress.hpp"

namespace vc::mcu::app {
namespace {

uint16_t ParsePort(const std::string& text, const std::string& what) {
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > 65535) {
    throw OptionsError(what + ": '" + text + "' is not a port number (0-65535)");
  }
  return static_cast<uint16_t>(value);
}

using common::util::IsIpLiteral;

// "HOST:PORT" or "[V6]:PORT".
std::pair<std::string, uint16_t> SplitHostPort(const std::string& text, const std::string& what) {
  size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw OptionsError(what + ": expected HOST:PORT, got '" + text + "'");
  }
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return {host, ParsePort(text.substr(colon + 1), what)};
}

ice::IceServer ParseIceServer(const std::string& text, const std::string& what, bool with_user) {
  ice::IceServer server;
  std::string address = text;
  if (with_user) {
    size_t at = text.rfind('@');
    size_t colon = text.find(':');
    if (at == std::string::npos || colon == std::string::npos || colon > at) {
      throw OptionsError(what + ": expected USER:PASSWORD@HOST:PORT");
    }
    server.username = text.substr(0, colon);
    server.password = text.substr(colon + 1, at - colon - 1);
    address = text.substr(at + 1);
  }
  auto [host, port] = SplitHostPort(address, what);
  if (!IsIpLiteral(host)) throw OptionsError(what + ": '" + host + "' must be an IP address");
  server.host = host;
  server.port = port;
  return server;
}

using Handler = std::function<void(McuOptions&, const std::string&)>;

// One entry per option that takes a value.
const std::map<std::string, Handler>& ValueOptions() {
  static const std::map<std::string, Handler> options = {
      {"--listen",
       [](McuOptions& o, const std::string& v) {
         std::tie(o.listen_host, o.listen_port) = SplitHostPort(v, "--listen");
       }},
      {"--tls-cert", [](McuOptions& o, const std::string& v) { o.tls_cert_file = v; }},
      {"--tls-key", [](McuOptions& o, const std::string& v) { o.tls_key_file = v; }},
      {"--ice-address",
       [](McuOptions& o, const std::string& v) {
         if (!IsIpLiteral(v)) throw OptionsError("--ice-address: '" + v + "' is not an IP address");
         o.ice.local_addresses.push_back(v);
       }},
      {"--ice-ports",
       [](McuOptions& o, const std::string& v) {
         size_t dash = v.find('-');
         if (dash == std::string::npos) throw OptionsError("--ice-ports: expected MIN-MAX");
         o.ice.port_min = ParsePort(v.substr(0, dash), "--ice-ports");
         o.ice.port_max = ParsePort(v.substr(dash + 1), "--ice-ports");
         if (o.ice.port_min > o.ice.port_max) throw OptionsError("--ice-ports: MIN is above MAX");
       }},
      {"--stun", [](McuOptions& o, const std::string& v) { o.ice.stun = ParseIceServer(v, "--stun", false); }},
      {"--turn", [](McuOptions& o, const std::string& v) { o.ice.turn = ParseIceServer(v, "--turn", true); }},
      {"--admin-token-file", [](McuOptions& o, const std::string& v) { o.admin_token_file = v; }},
      {"--join-key-file", [](McuOptions& o, const std::string& v) { o.join_key_file = v; }},
      {"--recording-dir",
       [](McuOptions& o, const std::string& v) {
         if (v.empty()) throw OptionsError("--recording-dir needs a directory");
         o.recording_dir = v;
       }},
      {"--max-talkers",
       [](McuOptions& o, const std::string& v) {
         unsigned value = 0;
         auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), value);
         if (error != std::errc() || end != v.data() + v.size() || value < 1 || value > 16) {
           throw OptionsError("--max-talkers: '" + v + "' is not a number from 1 to 16");
         }
         o.max_talkers = value;
       }},
      {"--video-fps",
       [](McuOptions& o, const std::string& v) {
         int value = -1;
         auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), value);
         if (error != std::errc() || end != v.data() + v.size() || value < 0 || value > 60) {
           throw OptionsError("--video-fps: '" + v + "' is not a number from 0 to 60");
         }
         o.video_fps = value;
       }},
      {"--public-address",
       [](McuOptions& o, const std::string& v) {
         if (!IsIpLiteral(v)) throw OptionsError("--public-address: '" + v + "' is not an IP address");
         o.sdp_address = v;
       }},
  };
  return options;
}

bool IsWildcard(const std::string& host) { return host == "0.0.0.0" || host == "::" || host.empty(); }

}  // namespace

McuOptions ParseMcuOptions(const std::vector<std::string>& args) {
  McuOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      options.show_help = true;
    } else if (arg == "--version") {
      options.show_version = true;
    } else if (arg == "--verbose" || arg == "-v") {
      options.verbose = true;
    } else if (auto it = ValueOptions().find(arg); it != ValueOptions().end()) {
      if (i + 1 >= args.size()) throw OptionsError(arg + " needs a value");
      it->second(options, args[++i]);
    } else {
      throw OptionsError("unknown option '" + arg + "' (see --help)");
    }
  }
  if (options.tls_cert_file.has_value() != options.tls_key_file.has_value()) {
    throw OptionsError("--tls-cert and --tls-key go together");
  }
  // Media follows the listen address: a loopback MCU offers loopback candidates only; a wildcard
  // listener lets libnice offer every interface.
  std::string host = options.listen_host == "localhost" ? "127.0.0.1" : options.listen_host;
  if (options.ice.local_addresses.empty() && !IsWildcard(host)) {
    if (!IsIpLiteral(host)) throw OptionsError("--listen: HOST must be an IP address or localhost");
    options.ice.local_addresses.push_back(host);
  }
  if (options.sdp_address.empty()) {
    options.sdp_address = !options.ice.local_addresses.empty() ? options.ice.local_addresses.front()
                                                               : "0.0.0.0";
  }
  return options;
}

std::string McuUsage() {
  return R"(Usage: vc-mcu [options]
Multipoint control unit: WebRTC endpoint, rooms, signaling, browser client.

  --listen HOST:PORT        serve HTTP(S), /ws signaling, /metrics, /healthz here
                            (default 127.0.0.1:8443; port 0 picks a free port)
  --tls-cert FILE           PEM certificate chain: serve HTTPS/WSS only (with --tls-key)
  --tls-key FILE            PEM private key
  --ice-address IP          gather ICE host candidates on IP (repeatable; default: the
                            listen address, or every interface for 0.0.0.0)
  --ice-ports MIN-MAX       UDP port range for media
  --public-address IP       address written in SDP (default: first ICE address)
  --stun IP:PORT            STUN server for server-reflexive candidates
  --turn USER:PASS@IP:PORT  TURN (UDP) relay for sites behind strict NAT
  --max-talkers N           loudest N participants mixed in a conference room (1-16,
                            default 3)
  --video-fps N             frame rate of a conference room's composite video (1-60,
                            default 30; 0 turns video composition off)
  --admin-token-file PATH   enable the admin API (/api/v1/...): the file's first line is
                            the bearer token; without it the API answers 401
  --join-key-file PATH      require a signed join token (from vc-provision) in every join
                            to a non-echo room; the file holds the shared key (>= 32 bytes)
  --recording-dir DIR       let chairs (and the admin API) record a conference room into
                            DIR/<room>-YYYYMMDD-HHMMSS.webm (UTC; VP8 1280x720 composite +
                            Opus mix); DIR must exist and be writable. Without it
                            recording is unavailable
  -v, --verbose             log debug lines too
  --version                 print the version and exit
  -h, --help                print this help and exit

Logs one line per event to stderr. Stops cleanly on SIGINT or SIGTERM.
)";
}

}  // namespace vc::mcu::app
