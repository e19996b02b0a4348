#pragma once
// A projector driven through PJLink at the level the room needs: power on through warm-up and
// select the input, power off through cool-down, read the status. Shaped like
// vc::appliance::ProjectorPort so the daemon's adapter only forwards calls.
// One power operation at a time: a new one supersedes (and fails) the running one.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "devices/DeviceResult.hpp"
#include "devices/pjlink/PjlinkClient.hpp"

namespace vc::devices::pjlink {

struct ProjectorStatus {
  // The fields of vc::appliance::ProjectorPort::Status.
  std::string power = "unknown";  // "off" | "on" | "warming" | "cooling" | "unknown"
  std::string input;              // "31"; "" when unknown (e.g. in standby)
  std::optional<int> lamp_hours;  // first lamp; none for lamp-less projectors
  std::string error;              // ERST as a sentence ("lamp error; filter warning"), "" when fine
  // The typed details.
  std::optional<PowerState> power_state;
  std::vector<Lamp> lamps;
  std::optional<ErrorStatus> errors;
};

class PjlinkProjector {
 public:
  struct Options {
    ConnectionOptions connection;
    std::chrono::milliseconds poll_interval{2000};  // POWR ? while warming/cooling
    std::chrono::milliseconds warmup_timeout{120000};
    std::chrono::milliseconds cooldown_timeout{180000};
    // Only for the progress estimate (PJLink does not say how long warm-up/cool-down takes).
    std::chrono::milliseconds expected_warmup{30000};
    std::chrono::milliseconds expected_cooldown{30000};
  };
  using Progress = std::function<void(int seconds_left)>;
  using Done = std::function<void(DeviceResult)>;
  using StatusDone = std::function<void(DeviceResult, ProjectorStatus)>;

  PjlinkProjector(boost::asio::io_context& io, Options options);
  ~PjlinkProjector();  // abandons what is running; no callback afterwards
  PjlinkProjector(const PjlinkProjector&) = delete;
  PjlinkProjector& operator=(const PjlinkProjector&) = delete;

  // POWR 1 (unless on), POWR ? every poll_interval until on, then INPT <input> (skipped when
  // input is ""). ERR3 answers are retried until the timeout. Progress: estimated seconds left.
  void PowerOnAndSelectInput(std::string input, std::chrono::milliseconds warmup_timeout, Progress progress,
                             Done done);
  void PowerOn(const std::string& input, Progress progress, Done done);  // options' warmup_timeout
  // POWR 0 (unless off), POWR ? every poll_interval until off.
  void PowerOff(std::chrono::milliseconds cooldown_timeout, Progress progress, Done done);
  void PowerOff(Done done);  // options' cooldown_timeout, no progress
  // POWR ?, INPT ?, LAMP ?, ERST ? over one connection. Ok when the projector answered POWR;
  // what ERST reports (e.g. a lamp failure) is in status.error, not in the result.
  void QueryStatus(StatusDone done);
  // Abandons the running power operation without calling its done (status queries continue).
  void Cancel();

  PjlinkClient& Client() { return client_; }

 private:
  struct Operation {
    uint64_t id = 0;
    bool power_on = true;
    std::string input;
    std::chrono::milliseconds timeout{0};
    std::chrono::steady_clock::time_point deadline;
    std::optional<std::chrono::steady_clock::time_point> transition_start;
    Progress progress;
    Done done;
  };

  void Begin(Operation operation);
  void Step(uint64_t id);
  void OnPower(uint64_t id, PowerState state);
  void RequestPower(uint64_t id, bool on);
  void SelectInput(uint64_t id);
  void PollLater(uint64_t id, const char* state_word);
  void ReportProgress(PowerState state);
  void FailWithFaultDetails(uint64_t id, DeviceResult result);
  void Complete(uint64_t id, DeviceResult result);
  // Wraps a callback so it runs only while `id` is the current operation of a live projector.
  template <typename F>
  auto Guard(uint64_t id, F f);

  // Passed by argument.
  boost::asio::io_context& io_;
  Options options_;
  // Allocated by this.
  PjlinkClient client_;
  boost::asio::steady_timer poll_timer_;
  std::optional<Operation> operation_;
  uint64_t next_id_ = 1;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

}  // namespace vc::devices::pjlink
