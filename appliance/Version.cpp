#include "appliance/Version.hpp"

namespace vc::appliance {
const char* SoftwareVersion() { return VC_APPLIANCE_VERSION; }
}  // namespace vc::appliance
