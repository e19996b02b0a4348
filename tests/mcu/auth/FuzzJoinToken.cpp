// libFuzzer target: any bytes as a join token must be
// accepted or refused with a code, never crash. The key is the unit tests' fixed key, so the
// corpus's real tokens reach the payload parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mcu/auth/JoinTokenVerifier.hpp"
#include "tests/mcu/auth/JoinTokenFixtures.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vc::mcu;
  static const auth::JoinTokenVerifier verifier(auth::fixtures::kKey,
                                                [] { return int64_t{1764576000}; });
  const std::string_view token(reinterpret_cast<const char*>(data), size);
  try {
    verifier.Verify(token, "giao-ban-thang-12");
  } catch (const auth::JoinTokenError&) {
  }
  return 0;
}
