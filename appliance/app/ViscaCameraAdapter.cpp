#include "appliance/app/ViscaCameraAdapter.hpp"

namespace vc::appliance::app {

ViscaCameraAdapter::ViscaCameraAdapter(boost::asio::io_context& io, const PtzConfig& config) {
  devices::visca::ViscaCamera::Options options;
  options.host = config.host;
  options.port = config.port;
  camera_ = std::make_unique<devices::visca::ViscaCamera>(io, options);
}

void ViscaCameraAdapter::QueryPower(std::function<void(devices::DeviceResult, bool on)> done) {
  camera_->QueryPower([done = std::move(done)](devices::DeviceResult result,
                                               devices::visca::PowerState state) {
    done(std::move(result), state == devices::visca::PowerState::kOn);
  });
}

}  // namespace vc::appliance::app
