#include <fstream>
#include <iostream>
#include <sstream>
#include "mcu/negotiation/Negotiation.hpp"
int main(int argc, char** argv) {
  std::stringstream ss; if (argc > 1) { std::ifstream in(argv[1]); ss << in.rdbuf(); } else ss << std::cin.rdbuf();
  vc::mcu::negotiation::LocalParameters l{"mcuU", "mcupasswordmcupassword12", "5E:6F:0A:12:34:56:78:9A:BC:DE:F0:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:01:02:03:04:05", "vc-mcu", 1111, 2222, 3333, "127.0.0.1"};
  try { auto n = vc::mcu::negotiation::Negotiate(ss.str(), l); std::cout << n.answer_sdp; 
    for (auto& c : n.remote_candidates) std::cerr << c << "\n";
  } catch (std::exception& e) { std::cout << "ERR " << e.what() << "\n"; return 1; }
}
