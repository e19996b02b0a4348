#include "common/sdp/SessionDescription.hpp"

#include "common/sdp/SdpText.hpp"

namespace vc::common::sdp {

const Group* SessionDescription::FindGroup(std::string_view semantics) const {
  for (const auto& group : groups) {
    if (EqualsIgnoreCase(group.semantics, semantics)) return &group;
  }
  return nullptr;
}

const MediaDescription* SessionDescription::FindMedia(std::string_view mid) const {
  for (const auto& m : media) {
    if (!m.mid.empty() && m.mid == mid) return &m;
  }
  return nullptr;
}

}  // namespace vc::common::sdp
