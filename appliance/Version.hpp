#pragma once
// The appliance software version shown in status (System/Version), on the panel's technician
// screen and reported to provisioning. Comes from the CMake project version.
namespace vc::appliance {
const char* SoftwareVersion();
}  // namespace vc::appliance
