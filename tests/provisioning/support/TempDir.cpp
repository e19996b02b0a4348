#include "tests/provisioning/support/TempDir.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace vc::provision::test {

std::string ReadDataFile(const std::string& name) {
  const char* root = std::getenv("VC_SOURCE_DIR");
  const std::string path = std::string(root ? root : ".") + "/tests/provisioning/data/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read test data " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace vc::provision::test
