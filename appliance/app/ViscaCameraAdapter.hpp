#pragma once
// CameraPort over the VISCA-over-IP driver.
#include <boost/asio/io_context.hpp>
#include <memory>

#include "appliance/config/RoomConfig.hpp"
#include "appliance/state/RoomPorts.hpp"
#include "devices/visca/ViscaCamera.hpp"

namespace vc::appliance::app {

class ViscaCameraAdapter final : public CameraPort {
 public:
  ViscaCameraAdapter(boost::asio::io_context& io, const PtzConfig& config);

  void PowerOn(DeviceDone done) override { camera_->PowerOn(std::move(done)); }
  void RecallPreset(int preset, DeviceDone done) override {
    camera_->RecallPreset(preset, std::move(done));
  }
  void StorePreset(int preset, DeviceDone done) override {
    camera_->StorePreset(preset, std::move(done));
  }
  void Home(DeviceDone done) override { camera_->Home(std::move(done)); }
  // The technician's link test: an inquiry the camera must answer.
  void QueryPower(std::function<void(devices::DeviceResult, bool on)> done);

 private:
  std::unique_ptr<devices::visca::ViscaCamera> camera_;
};

}  // namespace vc::appliance::app
