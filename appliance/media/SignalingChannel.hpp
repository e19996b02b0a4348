#pragma once
// The room's WebSocket to vc-mcu's /ws (ws:// or wss://), on the daemon's io_context: connect,
// then text messages both ways with one write in flight and a bounded queue. Keep-alive pings
// notice an MCU that went silent. The listener is called on the io_context's thread and never
// after Close().
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <memory>
#include <string>

#include "appliance/media/McuUrl.hpp"

namespace vc::appliance::media {

class SignalingChannel {
 public:
  class Listener {
   public:
    virtual ~Listener() = default;
    virtual void OnSignalingChannelOpen() = 0;
    virtual void OnSignalingChannelMessage(const std::string& text) = 0;
    virtual void OnSignalingChannelClosed(const std::string& reason) = 0;  // once, not after Close()
  };
  struct Options {
    bool tls_verify = true;
    std::string tls_ca_file;  // empty: the system's trust store
    std::chrono::milliseconds connect_timeout{10000};
    std::chrono::milliseconds idle_timeout{15000};
    size_t max_queued_messages = 256;
  };

  static std::shared_ptr<SignalingChannel> Create(boost::asio::io_context& io, McuUrl url,
                                                  Options options, Listener* listener);
  virtual ~SignalingChannel() = default;

  virtual void Open() = 0;
  // Queues one text message; false when closed or the queue is full (the MCU stopped reading).
  virtual bool Send(std::string text) = 0;
  // Sends what is queued, then closes; the listener hears nothing more.
  virtual void Close() = 0;
  virtual bool IsOpen() const = 0;
};

}  // namespace vc::appliance::media
