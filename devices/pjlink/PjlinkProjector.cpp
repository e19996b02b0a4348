#include "devices/pjlink/PjlinkProjector.hpp"

#include <algorithm>

#include <boost/asio/post.hpp>

namespace vc::devices::pjlink {
using std::chrono::milliseconds;
using SteadyClock = std::chrono::steady_clock;

template <typename F>
auto PjlinkProjector::Guard(uint64_t id, F f) {
  return [this, alive = std::weak_ptr<int>(alive_), id, f = std::move(f)](auto&&... args) mutable {
    if (alive.expired() || !operation_ || operation_->id != id) return;
    f(std::forward<decltype(args)>(args)...);
  };
}

PjlinkProjector::PjlinkProjector(boost::asio::io_context& io, Options options)
    : io_(io), options_(std::move(options)), client_(io, options_.connection), poll_timer_(io) {}

PjlinkProjector::~PjlinkProjector() { Cancel(); }

void PjlinkProjector::Cancel() {
  // Exchanges still running for the old operation finish on their own; Guard drops their answers.
  operation_.reset();
  poll_timer_.cancel();
}

void PjlinkProjector::PowerOnAndSelectInput(std::string input, milliseconds warmup_timeout, Progress progress,
                                            Done done) {
  Operation operation;
  operation.power_on = true;
  operation.input = std::move(input);
  operation.timeout = warmup_timeout;
  operation.progress = std::move(progress);
  operation.done = std::move(done);
  Begin(std::move(operation));
}

void PjlinkProjector::PowerOn(const std::string& input, Progress progress, Done done) {
  PowerOnAndSelectInput(input, options_.warmup_timeout, std::move(progress), std::move(done));
}

void PjlinkProjector::PowerOff(milliseconds cooldown_timeout, Progress progress, Done done) {
  Operation operation;
  operation.power_on = false;
  operation.timeout = cooldown_timeout;
  operation.progress = std::move(progress);
  operation.done = std::move(done);
  Begin(std::move(operation));
}

void PjlinkProjector::PowerOff(Done done) { PowerOff(options_.cooldown_timeout, nullptr, std::move(done)); }

void PjlinkProjector::Begin(Operation operation) {
  if (operation_) {
    Done superseded = std::move(operation_->done);
    const bool was_on = operation_->power_on;
    Cancel();
    if (superseded) {
      boost::asio::post(io_, [alive = std::weak_ptr<int>(alive_), superseded = std::move(superseded), was_on] {
        if (alive.expired()) return;
        superseded(DeviceResult::Error(DeviceErrorKind::kUnavailable,
                                       std::string("projector power ") + (was_on ? "on" : "off") +
                                           " was superseded by a newer power command"));
      });
    }
  }
  operation.id = next_id_++;
  operation.deadline = SteadyClock::now() + operation.timeout;
  const uint64_t id = operation.id;
  operation_ = std::move(operation);
  Step(id);
}

void PjlinkProjector::Step(uint64_t id) {
  client_.GetPower(Guard(id, [this, id](DeviceResult result, PowerState state) {
    if (!result.ok()) {
      Complete(id, std::move(result));
      return;
    }
    OnPower(id, state);
  }));
}

void PjlinkProjector::OnPower(uint64_t id, PowerState state) {
  const bool power_on = operation_->power_on;
  if (state == (power_on ? PowerState::kOn : PowerState::kOff)) {
    if (power_on) {
      SelectInput(id);
    } else {
      Complete(id, DeviceResult::Ok());
    }
    return;
  }
  const bool moving = state == (power_on ? PowerState::kWarming : PowerState::kCooling);
  if (moving || (power_on && state == PowerState::kCooling)) {
    // Already on its way, or must finish cooling before it accepts POWR 1.
    ReportProgress(state);
    PollLater(id, PowerStateName(state));
    return;
  }
  RequestPower(id, power_on);  // off (power on) or on/warming (power off)
}

void PjlinkProjector::RequestPower(uint64_t id, bool on) {
  client_.SetPower(on, Guard(id, [this, id, on](DeviceResult result) {
    if (result.ok()) {
      operation_->transition_start = SteadyClock::now();
      ReportProgress(on ? PowerState::kWarming : PowerState::kCooling);
      PollLater(id, on ? "warming" : "cooling");
    } else if (result.kind == DeviceErrorKind::kUnavailable) {
      PollLater(id, "busy");  // ERR3: warming, cooling or not ready yet; ask again
    } else if (result.kind == DeviceErrorKind::kDeviceFault) {
      FailWithFaultDetails(id, std::move(result));
    } else {
      Complete(id, std::move(result));
    }
  }));
}

void PjlinkProjector::SelectInput(uint64_t id) {
  if (operation_->input.empty()) {
    Complete(id, DeviceResult::Ok());
    return;
  }
  client_.SetInput(operation_->input, Guard(id, [this, id](DeviceResult result) {
    if (result.kind == DeviceErrorKind::kUnavailable) {
      PollLater(id, "selecting the input");  // some projectors refuse INPT for a moment after warm-up
      return;
    }
    Complete(id, std::move(result));
  }));
}

void PjlinkProjector::PollLater(uint64_t id, const char* state_word) {
  const auto now = SteadyClock::now();
  if (now >= operation_->deadline) {
    const bool on = operation_->power_on;
    Complete(id, DeviceResult::Error(DeviceErrorKind::kTimeout,
                                     std::string("projector did not finish ") +
                                         (on ? "warming up" : "cooling down") + " within " +
                                         FormatDuration(operation_->timeout) + " (last state: " + state_word + ")"));
    return;
  }
  // The last poll lands on the deadline, so a projector that makes it just in time still counts.
  poll_timer_.expires_after(std::min<SteadyClock::duration>(options_.poll_interval, operation_->deadline - now));
  poll_timer_.async_wait(Guard(id, [this, id](const boost::system::error_code& error) {
    if (!error) Step(id);
  }));
}

void PjlinkProjector::ReportProgress(PowerState state) {
  if (!operation_->progress) return;
  const auto now = SteadyClock::now();
  if (!operation_->transition_start) operation_->transition_start = now;
  const milliseconds expected =
      state == PowerState::kCooling ? options_.expected_cooldown : options_.expected_warmup;
  const auto elapsed = std::chrono::duration_cast<milliseconds>(now - *operation_->transition_start);
  const auto left_ms = std::max<int64_t>(0, (expected - elapsed).count());
  operation_->progress(static_cast<int>((left_ms + 999) / 1000));
}

void PjlinkProjector::FailWithFaultDetails(uint64_t id, DeviceResult result) {
  // ERR4 says only "failure"; ERST says which part failed.
  client_.GetErrorStatus(Guard(id, [this, id, result](DeviceResult status_result, ErrorStatus errors) {
    if (status_result.ok() && errors.Any()) {
      Complete(id, DeviceResult::Error(DeviceErrorKind::kDeviceFault,
                                       "projector failure: " + errors.Describe() + " (" + result.message + ")"));
      return;
    }
    Complete(id, result);
  }));
}

void PjlinkProjector::Complete(uint64_t id, DeviceResult result) {
  if (!operation_ || operation_->id != id) return;
  Done done = std::move(operation_->done);
  operation_.reset();
  poll_timer_.cancel();
  if (done) done(std::move(result));
}

void PjlinkProjector::QueryStatus(StatusDone done) {
  const std::vector<Request> requests{Request::Query(Command::kPower), Request::Query(Command::kInput),
                                      Request::Query(Command::kLamp), Request::Query(Command::kErrorStatus)};
  client_.Exchange(requests, [requests, done = std::move(done)](DeviceResult result, std::vector<Reply> replies) {
    ProjectorStatus status;
    if (!result.ok() || replies.size() != requests.size()) {
      done(result.ok() ? DeviceResult::Error(DeviceErrorKind::kProtocol, "incomplete status reply") : result,
           status);
      return;
    }
    DeviceResult power_result = ReplyResult(requests[0], replies[0]);
    if (power_result.ok()) {
      status.power_state = ParsePowerState(replies[0].value);
      if (!status.power_state) power_result = InvalidValue(Command::kPower, replies[0].value);
    }
    if (status.power_state) status.power = PowerStateName(*status.power_state);
    // INPT ? and LAMP ? may fairly answer ERR3 in standby or ERR1 without a lamp: left empty.
    if (ReplyResult(requests[1], replies[1]).ok() && IsValidInput(replies[1].value)) {
      status.input = replies[1].value;
    }
    if (ReplyResult(requests[2], replies[2]).ok()) {
      if (auto lamps = ParseLamps(replies[2].value)) {
        status.lamps = *lamps;
        if (!lamps->empty()) status.lamp_hours = lamps->front().hours;
      }
    }
    if (ReplyResult(requests[3], replies[3]).ok()) {
      status.errors = ParseErrorStatus(replies[3].value);
      if (status.errors) status.error = status.errors->Describe();
    }
    done(std::move(power_result), std::move(status));
  });
}

}  // namespace vc::devices::pjlink
