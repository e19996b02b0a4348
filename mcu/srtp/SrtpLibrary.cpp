#include "mcu/srtp/SrtpLibrary.hpp"

#include <srtp2/srtp.h>

#include <mutex>
#include <string>

#include "mcu/srtp/SrtpError.hpp"

namespace vc::mcu::srtp {

void EnsureSrtpInitialized() {
  static std::once_flag once;
  // A throw inside call_once leaves the flag unset, so a later call retries.
  std::call_once(once, [] {
    const srtp_err_status_t status = srtp_init();
    if (status != srtp_err_status_ok) {
      throw SrtpError("srtp_init failed with status " + std::to_string(status));
    }
  });
}

}  // namespace vc::mcu::srtp
