#include "devices/pjlink/PjlinkClient.hpp"

#include <boost/asio/post.hpp>

namespace vc::devices::pjlink {
namespace {

std::optional<std::string> AsText(std::string_view value) { return std::string(value); }

// Runs a query and converts its answer with `parse`; a value that does not parse is a protocol error.
template <typename T>
void Query(PjlinkClient& client, Command command, std::optional<T> (*parse)(std::string_view),
           PjlinkClient::ValueDone<T> done) {
  client.Execute(Request::Query(command), [command, parse, done = std::move(done)](DeviceResult result,
                                                                                   std::string value) {
    if (!result.ok()) {
      done(std::move(result), T{});
      return;
    }
    auto parsed = parse(value);
    if (!parsed) {
      done(InvalidValue(command, value), T{});
      return;
    }
    done(DeviceResult::Ok(), std::move(*parsed));
  });
}

}  // namespace

DeviceResult InvalidValue(Command command, const std::string& value) {
  std::string printable;
  for (unsigned char c : value.substr(0, 40)) printable += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
  return DeviceResult::Error(DeviceErrorKind::kProtocol, std::string("projector sent an invalid ") +
                                                             CommandBody(command) + " value '" + printable + "'");
}

PjlinkClient::PjlinkClient(boost::asio::io_context& io, Options options) : io_(io), options_(std::move(options)) {}

PjlinkClient::~PjlinkClient() { CancelAll(); }

void PjlinkClient::CancelAll() {
  for (auto& weak : sessions_) {
    if (auto session = weak.lock()) session->Cancel();
  }
  sessions_.clear();
}

void PjlinkClient::Exchange(std::vector<Request> requests, ExchangeDone done) {
  std::erase_if(sessions_, [](const auto& weak) { return weak.expired(); });
  auto session = std::make_shared<PjlinkSession>(io_, options_, std::move(requests), std::move(done));
  sessions_.push_back(session);
  session->Start();
}

void PjlinkClient::Execute(Request request, ValueDone<std::string> done) {
  Exchange({request}, [request, done = std::move(done)](DeviceResult result, std::vector<Reply> replies) {
    if (!result.ok()) {
      done(std::move(result), {});
      return;
    }
    if (replies.size() != 1) {
      done(DeviceResult::Error(DeviceErrorKind::kProtocol, "no reply to " + Describe(request)), {});
      return;
    }
    DeviceResult reply_result = ReplyResult(request, replies.front());
    std::string value;
    if (reply_result.ok() && request.IsQuery()) {
      value = replies.front().status == ReplyStatus::kOk ? "OK" : replies.front().value;
    }
    done(std::move(reply_result), std::move(value));
  });
}

void PjlinkClient::Set(Command command, std::string parameter, Done done) {
  Execute(Request::Set(command, std::move(parameter)),
          [done = std::move(done)](DeviceResult result, const std::string&) { done(std::move(result)); });
}

void PjlinkClient::GetPower(ValueDone<PowerState> done) {
  Query<PowerState>(*this, Command::kPower, &ParsePowerState, std::move(done));
}

void PjlinkClient::SetPower(bool on, Done done) { Set(Command::kPower, on ? "1" : "0", std::move(done)); }

void PjlinkClient::GetInput(ValueDone<std::string> done) {
  Query<std::string>(
      *this, Command::kInput,
      [](std::string_view value) -> std::optional<std::string> {
        if (!IsValidInput(value)) return std::nullopt;
        return std::string(value);
      },
      std::move(done));
}

void PjlinkClient::SetInput(const std::string& input, Done done) {
  if (!IsValidInput(input)) {
    boost::asio::post(io_, [alive = std::weak_ptr<int>(alive_), input, done = std::move(done)] {
      if (alive.expired()) return;
      done(DeviceResult::Error(DeviceErrorKind::kDeviceFault,
                               "'" + input + "' is not a PJLink input (two digits: type 1-5, number 1-9)"));
    });
    return;
  }
  Set(Command::kInput, input, std::move(done));
}

void PjlinkClient::GetAvMute(ValueDone<AvMuteState> done) {
  Query<AvMuteState>(*this, Command::kAvMute, &ParseAvMute, std::move(done));
}

void PjlinkClient::SetAvMute(AvMuteTarget target, bool mute, Done done) {
  Set(Command::kAvMute, AvMuteParameter(target, mute), std::move(done));
}

void PjlinkClient::GetErrorStatus(ValueDone<ErrorStatus> done) {
  Query<ErrorStatus>(*this, Command::kErrorStatus, &ParseErrorStatus, std::move(done));
}

void PjlinkClient::GetLamps(ValueDone<std::vector<Lamp>> done) {
  Query<std::vector<Lamp>>(*this, Command::kLamp, &ParseLamps, std::move(done));
}

void PjlinkClient::GetInputList(ValueDone<std::vector<std::string>> done) {
  Query<std::vector<std::string>>(*this, Command::kInputList, &ParseInputList, std::move(done));
}

void PjlinkClient::GetName(ValueDone<std::string> done) {
  Query<std::string>(*this, Command::kName, &AsText, std::move(done));
}

void PjlinkClient::GetManufacturer(ValueDone<std::string> done) {
  Query<std::string>(*this, Command::kManufacturer, &AsText, std::move(done));
}

void PjlinkClient::GetProductName(ValueDone<std::string> done) {
  Query<std::string>(*this, Command::kProductName, &AsText, std::move(done));
}

void PjlinkClient::GetOtherInfo(ValueDone<std::string> done) {
  Query<std::string>(*this, Command::kOtherInfo, &AsText, std::move(done));
}

void PjlinkClient::GetClass(ValueDone<int> done) {
  Query<int>(*this, Command::kClass, &ParseClass, std::move(done));
}

}  // namespace vc::devices::pjlink
