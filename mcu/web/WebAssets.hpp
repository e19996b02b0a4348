#pragma once

#include <map>
#include <string>
#include <string_view>

namespace vc::mcu::web {

// One file of the browser client, compiled into the binary so vc-mcu serves it with no files on disk.
struct StaticAsset {
  std::string_view content_type;
  std::string_view body;
};

// The browser client's files keyed by URL path: "/" (index.html), "/client.js", "/i18n.js",
// "/style.css". The views point at static storage and live as long as the program.
const std::map<std::string, StaticAsset>& Assets();

}  // namespace vc::mcu::web
