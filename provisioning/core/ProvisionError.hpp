#pragma once
// A refused request, whoever made it (HTTP API or CLI): an HTTP status, a stable code for
// programs ("code_used") and a reason for people; `details` lists every bad field or CSV row.
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace vc::provision {

class ProvisionError : public std::runtime_error {
 public:
  ProvisionError(int status, std::string code, const std::string& reason,
                 nlohmann::json details = nullptr)
      : std::runtime_error(reason), status_(status), code_(std::move(code)), details_(std::move(details)) {}
  int status() const { return status_; }
  const std::string& code() const { return code_; }
  const nlohmann::json& details() const { return details_; }

 private:
  int status_;
  std::string code_;
  nlohmann::json details_;
};

}  // namespace vc::provision
