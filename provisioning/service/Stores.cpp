#include "provisioning/service/Stores.hpp"

#include <charconv>

namespace vc::provision {

std::string ExternalId(char prefix, int64_t id) { return std::string(1, prefix) + std::to_string(id); }

std::optional<int64_t> ParseExternalId(char prefix, const std::string& text) {
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == prefix) digits.remove_prefix(1);
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  int64_t id = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (ec != std::errc() || end != digits.data() + digits.size() || id <= 0) return std::nullopt;
  return id;
}

}  // namespace vc::provision
