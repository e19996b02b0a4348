#include "tests/benchmarks/echo_load/JanusProcess.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include "tests/benchmarks/echo_load/JanusHttpClient.hpp"

namespace vc::tests::benchmarks {
namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(100);
constexpr const char* kTransport = "transports/libjanus_http.so";

// A port nobody listens on right now: bind 127.0.0.1:0, read it back, close. Janus's HTTP
// transport cannot be told to pick one itself and report it.
uint16_t FreeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("socket() failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof(address);
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  ::close(fd);
  if (!ok) throw std::runtime_error("cannot find a free loopback port");
  return ntohs(address.sin_port);
}

void WriteFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

std::string JanusProcess::WhyUnavailable(const Options& options) {
  if (!std::filesystem::exists(options.binary)) {
    return options.binary.string() + " not found (apt-get install janus)";
  }
  for (const std::string& module : {"plugins/" + options.plugin, std::string(kTransport)}) {
    if (!std::filesystem::exists(options.library_dir / module)) {
      return (options.library_dir / module).string() + " not found (apt-get install janus)";
    }
  }
  if (::if_nametoindex(options.ice_interface.c_str()) == 0) {
    return "no interface '" + options.ice_interface +
           "' for Janus's ICE (Janus never gathers on 'lo'); run the benchmark through "
           "tests/benchmarks/echo_load/netns.sh (see docs/benchmarks.md)";
  }
  return "";
}

JanusProcess::JanusProcess(Options options) {
  if (const auto why = WhyUnavailable(options); !why.empty()) throw std::runtime_error(why);
  std::string pattern = (std::filesystem::temp_directory_path() / "vc-bench-janus.XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  folder_ = pattern;
  http_port_ = FreeLoopbackPort();
  WriteConfiguration(options);

  const auto log = (folder_ / "janus.log").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<std::string> arguments{options.binary.string(), "-F", folder_.string(), "-C",
                                     (folder_ / "janus.jcfg").string()};
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const int spawned = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot start " + arguments[0]);

  const auto deadline = std::chrono::steady_clock::now() + options.start_timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("janus exited while starting; log:\n" + Log());
    }
    if (AnswersHttp()) return;
    std::this_thread::sleep_for(kPollInterval);
  }
  Stop();
  throw std::runtime_error("janus did not answer on HTTP in time; log:\n" + Log());
}

JanusProcess::~JanusProcess() {
  Stop();
  std::error_code ignored;
  if (!folder_.empty()) std::filesystem::remove_all(folder_, ignored);
}

void JanusProcess::WriteConfiguration(const Options& options) {
  // Only the two modules we want are visible to Janus: symlinks in private module folders.
  for (const char* sub : {"plugins", "transports", "events", "loggers"}) {
    std::filesystem::create_directories(folder_ / sub);
  }
  const std::string plugin = "plugins/" + options.plugin;
  std::filesystem::create_symlink(options.library_dir / plugin, folder_ / plugin);
  std::filesystem::create_symlink(options.library_dir / kTransport, folder_ / kTransport);
  const std::string dir = folder_.string();
  std::ostringstream main;
  main << "general: {\n"
       << "  configs_folder = \"" << dir << "\"\n"
       << "  plugins_folder = \"" << dir << "/plugins\"\n"
       << "  transports_folder = \"" << dir << "/transports\"\n"
       << "  events_folder = \"" << dir << "/events\"\n"
       << "  loggers_folder = \"" << dir << "/loggers\"\n"
       << "  debug_level = 4\n"
       << "  interface = \"127.0.0.1\"\n"
       << "  session_timeout = " << options.session_timeout_seconds << "\n"
       << "}\n"
       << "media: {\n  ipv6 = false\n}\n"
       << "nat: {\n  nice_debug = false\n  ice_enforce_list = \"" << options.ice_interface
       << "\"\n  ice_tcp = false\n"
       << "  full_trickle = false\n  ice_lite = false\n}\n"
       << "plugins: {}\ntransports: {}\nloggers: {}\nevents: {\n  broadcast = false\n}\n";
  WriteFile(folder_ / "janus.jcfg", main.str());
  WriteFile(folder_ / "janus.transport.http.jcfg",
            "general: {\n  json = \"plain\"\n  base_path = \"/janus\"\n  http = true\n"
            "  port = " +
                std::to_string(http_port_) +
                "\n  ip = \"127.0.0.1\"\n  https = false\n}\n"
                "admin: {\n  admin_http = false\n  admin_https = false\n}\n");
  WriteFile(folder_ / options.plugin_config_name, options.plugin_config);
}

bool JanusProcess::AnswersHttp() const {
  JanusHttpClient probe(http_port_);
  try {
    probe.CreateSession(std::chrono::milliseconds(500));
  } catch (const std::runtime_error&) {
    return false;
  }
  probe.Destroy(std::chrono::milliseconds(500));
  return true;
}

std::string JanusProcess::Log() const {
  std::ifstream in(folder_ / "janus.log");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void JanusProcess::Stop(std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

}  // namespace vc::tests::benchmarks
