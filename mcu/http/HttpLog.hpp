#pragma once

#include <string_view>

#include "common/log/Log.hpp"

namespace vc::mcu::http {

namespace log = ::vc::common::log;
// One line per connection event on stderr: "http: connection accepted 127.0.0.1:5000".
inline constexpr std::string_view kLogComponent = "http";

}  // namespace vc::mcu::http
