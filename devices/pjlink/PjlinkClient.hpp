#pragma once
// PJLink class 1 client on Boost.Asio. Each call opens one TCP connection, runs its command(s)
// and closes it (projectors serve one connection at a time and drop idle ones). Never blocks:
// every callback runs on the io_context passed in, with a DeviceResult saying what went wrong.
// Not thread-safe: call it from the io_context's thread.
#include <boost/asio/io_context.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "devices/DeviceResult.hpp"
#include "devices/pjlink/PjlinkCodec.hpp"
#include "devices/pjlink/PjlinkSession.hpp"
#include "devices/pjlink/PjlinkValues.hpp"

namespace vc::devices::pjlink {

class PjlinkClient {
 public:
  using Options = ConnectionOptions;
  using Done = std::function<void(DeviceResult)>;
  template <typename T>
  using ValueDone = std::function<void(DeviceResult, T)>;
  using ExchangeDone = PjlinkSession::Done;

  PjlinkClient(boost::asio::io_context& io, Options options);
  ~PjlinkClient();  // cancels what is running; no callback afterwards
  PjlinkClient(const PjlinkClient&) = delete;
  PjlinkClient& operator=(const PjlinkClient&) = delete;

  const Options& GetOptions() const { return options_; }

  // Several commands over one connection. The result covers the link; each reply may still be
  // an ERRn (check it with ReplyResult).
  void Exchange(std::vector<Request> requests, ExchangeDone done);
  // One command; ERR1-ERR4 become the result. The value is the query's answer ("" for a set).
  void Execute(Request request, ValueDone<std::string> done);

  void GetPower(ValueDone<PowerState> done);
  void SetPower(bool on, Done done);
  void GetInput(ValueDone<std::string> done);
  void SetInput(const std::string& input, Done done);  // "31"
  void GetAvMute(ValueDone<AvMuteState> done);
  void SetAvMute(AvMuteTarget target, bool mute, Done done);
  void GetErrorStatus(ValueDone<ErrorStatus> done);
  void GetLamps(ValueDone<std::vector<Lamp>> done);
  void GetInputList(ValueDone<std::vector<std::string>> done);
  void GetName(ValueDone<std::string> done);
  void GetManufacturer(ValueDone<std::string> done);  // INF1
  void GetProductName(ValueDone<std::string> done);   // INF2
  void GetOtherInfo(ValueDone<std::string> done);     // INFO
  void GetClass(ValueDone<int> done);                 // CLSS

  // Abandons every running exchange without calling its callback.
  void CancelAll();

 private:
  void Set(Command command, std::string parameter, Done done);

  // Passed by argument.
  boost::asio::io_context& io_;
  Options options_;
  // Allocated by this.
  std::vector<std::weak_ptr<PjlinkSession>> sessions_;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);  // posted callbacks check it
};

// The kProtocol result for a query's answer that does not parse as its type.
DeviceResult InvalidValue(Command command, const std::string& value);

}  // namespace vc::devices::pjlink
