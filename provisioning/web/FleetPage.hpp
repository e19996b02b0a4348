#pragma once
// The server-rendered pages: login and the fleet (every room with its site, state as a colour and
// a word, last seen, open alerts; filter by site). Vietnamese first; "?lang=en" for English.
#include <string>
#include <vector>

#include "provisioning/service/HealthService.hpp"
#include "provisioning/store/Models.hpp"

namespace vc::provision {

class FleetPage {
 public:
  static std::string Login(bool failed, bool english);
  static std::string Fleet(const std::vector<FleetRow>& rows, const std::vector<Site>& sites,
                           const std::string& selected_site, const User& user, int64_t now,
                           bool english);
  // Vietnamese and English words for a state.
  static std::string StateWord(const std::string& state, bool english);
};

}  // namespace vc::provision
