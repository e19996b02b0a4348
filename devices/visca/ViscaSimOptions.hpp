#pragma once
// vc-visca-sim's command line. Parsing never exits: it returns options or throws OptionsError
// with a one-line reason, and main() reports it.
#include <stdexcept>
#include <string>
#include <vector>

#include "devices/visca/ViscaSimulator.hpp"

namespace vc::devices::visca {

class OptionsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ViscaSimOptions {
  bool show_help = false;
  ViscaSimulator::Options simulator;
};

ViscaSimOptions ParseViscaSimOptions(const std::vector<std::string>& args);
std::string ViscaSimUsage();

}  // namespace vc::devices::visca
