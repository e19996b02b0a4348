#pragma once
// Each file adds its handlers to the table; MakeRouter puts the whole API together.
#include <memory>

#include "provisioning/api/Router.hpp"
#include "provisioning/api/Services.hpp"

namespace vc::provision {

void AddApplianceRoutes(Router& router, Services& services);  // enroll, appliance/*
void AddInventoryRoutes(Router& router, Services& services);  // sites, rooms, CSV, codes
void AddMeetingRoutes(Router& router, Services& services);    // meetings, tokens
void AddAccountRoutes(Router& router, Services& services);    // login, users, audit
void AddFleetRoutes(Router& router, Services& services);      // fleet, alerts
void AddWebRoutes(Router& router, Services& services);        // the HTML fleet page (web/)

std::unique_ptr<Router> MakeRouter(Services& services);

}  // namespace vc::provision
