#include "appliance/app/PjlinkProjectorAdapter.hpp"

namespace vc::appliance::app {

PjlinkProjectorAdapter::PjlinkProjectorAdapter(boost::asio::io_context& io,
                                               const ProjectorConfig& config) {
  devices::pjlink::PjlinkProjector::Options options;
  options.connection.host = config.host;
  options.connection.port = config.port;
  options.connection.password = config.password.value_or("");
  options.warmup_timeout = std::chrono::seconds(config.warmup_timeout_s);
  options.cooldown_timeout = std::chrono::seconds(config.cooldown_timeout_s);
  // Polls often enough that a short emulated warm-up shows its steps in the status.
  options.poll_interval = std::chrono::milliseconds(1000);
  projector_ = std::make_unique<devices::pjlink::PjlinkProjector>(io, options);
}

void PjlinkProjectorAdapter::PowerOn(const std::string& input,
                                     std::function<void(int seconds_left)> progress,
                                     DeviceDone done) {
  projector_->PowerOn(input, std::move(progress), std::move(done));
}

void PjlinkProjectorAdapter::PowerOff(DeviceDone done) { projector_->PowerOff(std::move(done)); }

void PjlinkProjectorAdapter::QueryStatus(std::function<void(devices::DeviceResult, Status)> done) {
  projector_->QueryStatus(
      [done = std::move(done)](devices::DeviceResult result, devices::pjlink::ProjectorStatus s) {
        done(std::move(result), Status{s.power, s.input, s.lamp_hours, s.error});
      });
}

}  // namespace vc::appliance::app
