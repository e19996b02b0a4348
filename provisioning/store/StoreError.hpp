#pragma once
#include <stdexcept>
#include <string>

namespace vc::provision {

// A storage failure (cannot open, disk full, constraint broken): the request fails with 500 or,
// for kConflict, 409; the transaction it was in is rolled back.
class StoreError : public std::runtime_error {
 public:
  enum class Kind { kFailure, kConflict };
  StoreError(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

}  // namespace vc::provision
