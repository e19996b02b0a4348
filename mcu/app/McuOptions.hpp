#pragma once
// vc-mcu's command line. Parsing never exits the process: it returns options or throws
// OptionsError with a one-line reason, so that main() decides how to report it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "mcu/ice/IceAgent.hpp"

namespace vc::mcu::app {

class OptionsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct McuOptions {
  bool show_help = false;
  bool show_version = false;
  std::string listen_host = "127.0.0.1";
  uint16_t listen_port = 8443;
  std::optional<std::string> tls_cert_file;
  std::optional<std::string> tls_key_file;
  ice::IceConfig ice;                 // local addresses derived from --listen unless given
  std::string sdp_address;            // the address written in SDP o=/c= lines
  std::optional<std::string> admin_token_file;  // enables the admin API (/api/v1)
  std::optional<std::string> join_key_file;     // joins to non-echo rooms need signed tokens
  std::optional<std::string> recording_dir;     // enables recording conference rooms (WebM)
  size_t max_talkers = 3;             // loudest N mixed in conference rooms
  int video_fps = 30;                 // composite frame rate; 0: no video in conference rooms
  bool verbose = false;
};

McuOptions ParseMcuOptions(const std::vector<std::string>& args);
std::string McuUsage();

}  // namespace vc::mcu::app
