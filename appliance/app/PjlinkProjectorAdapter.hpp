#pragma once
// ProjectorPort over the PJLink driver: the room state machine's projector is a real (or
// emulated) PJLink projector. Only forwards; the driver already has the ProjectorPort's shape.
#include <boost/asio/io_context.hpp>
#include <memory>

#include "appliance/config/RoomConfig.hpp"
#include "appliance/state/RoomPorts.hpp"
#include "devices/pjlink/PjlinkProjector.hpp"

namespace vc::appliance::app {

class PjlinkProjectorAdapter final : public ProjectorPort {
 public:
  PjlinkProjectorAdapter(boost::asio::io_context& io, const ProjectorConfig& config);

  void PowerOn(const std::string& input, std::function<void(int seconds_left)> progress,
               DeviceDone done) override;
  void PowerOff(DeviceDone done) override;
  void QueryStatus(std::function<void(devices::DeviceResult, Status)> done) override;

 private:
  std::unique_ptr<devices::pjlink::PjlinkProjector> projector_;
};

}  // namespace vc::appliance::app
