#include "provisioning/api/Routes.hpp"

namespace vc::provision {

std::unique_ptr<Router> MakeRouter(Services& services) {
  auto router = std::make_unique<Router>([&services](const std::string& token) {
    Principal who;
    who.token = token;
    if (token.empty() || token.size() > 128) return who;
    // Room credentials and session tokens are both random 256-bit values: try one, then the other.
    if (auto room = services.stores.appliances.RoomForCredential(token)) {
      who.room_id = room;
    } else {
      who.user = services.accounts.UserForSession(token);
    }
    return who;
  });
  AddApplianceRoutes(*router, services);
  AddInventoryRoutes(*router, services);
  AddMeetingRoutes(*router, services);
  AddAccountRoutes(*router, services);
  AddFleetRoutes(*router, services);
  AddWebRoutes(*router, services);
  return router;
}

}  // namespace vc::provision
