#pragma once
// Everything a request handler may use.
#include "provisioning/service/AccountService.hpp"
#include "provisioning/service/HealthService.hpp"
#include "provisioning/service/RoomService.hpp"
#include "provisioning/service/ScheduleService.hpp"
#include "provisioning/service/Stores.hpp"

namespace vc::provision {

struct Services {
  Services(Stores& stores_in, const JoinTokenSigner* signer, PasswordHasher hasher)
      : stores(stores_in), rooms(stores_in), schedule(stores_in, signer), health(stores_in),
        accounts(stores_in, hasher) {}

  Stores& stores;
  RoomService rooms;
  ScheduleService schedule;
  HealthService health;
  AccountService accounts;
};

}  // namespace vc::provision
