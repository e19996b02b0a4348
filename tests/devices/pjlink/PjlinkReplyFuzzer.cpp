// libFuzzer target: every PJLink parser (greeting, reply, command line, typed values) on arbitrary
// bytes; a parsed reply must survive BuildReply -> ParseReply unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "devices/pjlink/PjlinkCodec.hpp"
#include "devices/pjlink/PjlinkValues.hpp"

using namespace vc::devices::pjlink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  volatile size_t sink = 0;
  if (auto greeting = ParseGreeting(line)) sink = sink + greeting->random.size();
  std::string digest;
  if (auto request = ParseCommandLine(line, &digest)) {
    sink = sink + request->parameter.size() + digest.size() + Describe(*request).size();
  }
  const auto reply = ParseReply(line);
  if (!reply) return 0;
  const std::string rebuilt = BuildReply(*reply);
  const auto again = ParseReply(rebuilt);
  if (!again || again->command != reply->command || again->status != reply->status || again->value != reply->value) {
    __builtin_trap();
  }
  const Request query = Request::Query(reply->command);
  sink = sink + ReplyResult(query, *reply).message.size();
  sink = sink + ReplyResult(Request::Set(reply->command, "1"), *reply).message.size();
  const std::string& value = reply->value;
  if (auto power = ParsePowerState(value)) sink = sink + static_cast<size_t>(*power);
  if (auto inputs = ParseInputList(value)) sink = sink + inputs->size();
  if (auto mute = ParseAvMute(value)) sink = sink + mute->audio_muted;
  if (auto errors = ParseErrorStatus(value)) {
    sink = sink + errors->Describe().size();
    if (errors->Code() != value) __builtin_trap();
  }
  if (auto lamps = ParseLamps(value)) sink = sink + LampsValue(*lamps).size();
  if (auto klass = ParseClass(value)) sink = sink + static_cast<size_t>(*klass);
  return 0;
}
