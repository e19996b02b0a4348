#include "appliance/provisioning/Enrollment.hpp"

#include <boost/asio/io_context.hpp>
#include <filesystem>
#include <fstream>

#include "appliance/Version.hpp"
#include "appliance/config/ConfigError.hpp"
#include "appliance/config/RoomConfigParser.hpp"
#include "appliance/config/RoomConfigWriter.hpp"
#include "appliance/provisioning/CredentialFile.hpp"
#include "appliance/provisioning/HttpsClient.hpp"
#include "appliance/provisioning/ProvisioningMessages.hpp"
#include "appliance/provisioning/ServerConfig.hpp"

namespace vc::appliance::provisioning {

std::string Enrollment::RefusalSentence(const std::string& code, int status,
                                        const std::string& error, const std::string& reason) {
  const std::string shown = "enrollment code " + code.substr(0, 32);
  if (error == "code_unknown") return shown + " is not known to the server; check it and try again";
  if (error == "code_used") {
    return shown + " was already used; ask for a new one (vc-provision enroll-code ROOM)";
  }
  if (error == "code_expired") {
    return shown + " has expired; ask for a new one (vc-provision enroll-code ROOM)";
  }
  if (error == "bad_request") return shown + " was refused as malformed: " + reason;
  return "enrollment refused by the server (HTTP " + std::to_string(status) + " " + error + "): " +
         reason;
}

RoomConfig Enrollment::Run(const EnrollmentRequest& request) {
  std::string url_error;
  const auto url = ServerUrl::Parse(request.server_url, &url_error);
  if (!url) throw EnrollmentError(url_error);
  if (request.code.empty()) throw EnrollmentError("--enroll needs the activation code");

  boost::asio::io_context io;
  std::optional<HttpResult> result;
  try {
    HttpsClient client(io, *url, request.ca_file, request.timeout);
    client.Send("POST", "/api/v1/enroll", "",
                MakeEnrollRequest(request.code, request.serial, SoftwareVersion()),
                [&result](HttpResult r) { result = std::move(r); });
    io.run();
  } catch (const std::runtime_error& e) {
    throw EnrollmentError(e.what());
  }
  if (!result || result->status == 0) {
    throw EnrollmentError("cannot reach the provisioning server " + url->Text() + ": " +
                          (result ? result->error : "no answer"));
  }
  if (result->status != 200) {
    const ServerError error = ParseServerError(result->status, result->body);
    throw EnrollmentError(RefusalSentence(request.code, error.status, error.code, error.reason));
  }
  EnrollReply reply;
  try {
    reply = ParseEnrollReply(result->body);
  } catch (const ProtocolError& e) {
    throw EnrollmentError(std::string("enrollment answer unusable: ") + e.what());
  }

  std::optional<RoomConfig> local;
  nlohmann::json server_config = reply.config;
  if (std::filesystem::exists(request.config_path)) {
    try {
      local = LoadRoomConfig(request.config_path);
    } catch (const ConfigError&) {
      // A partial local file (the image may ship just {"control":{"listen":...}}) still says
      // where this box's control API listens; anything else in it is what enrollment replaces.
      std::ifstream file(request.config_path);
      const auto partial = nlohmann::json::parse(file, nullptr, /*allow_exceptions=*/false);
      if (partial.is_object() && partial.contains("control")) server_config["control"] = partial["control"];
    }
  }
  ProvisioningConfig provisioning;
  provisioning.server = url->Text();
  if (request.ca_file) {
    // Absolute, so heartbeats find it whatever the daemon's working directory is.
    provisioning.ca_file = std::filesystem::absolute(*request.ca_file).string();
  }
  provisioning.config_version = reply.config_version;
  RoomConfig config;
  try {
    config = RoomConfigFromServer(server_config, local, provisioning);
  } catch (const ConfigError& e) {
    throw EnrollmentError(std::string("the server's room configuration is unusable: ") + e.what());
  }
  try {
    // Credential first: a configuration that names a server always has its credential.
    CredentialFile::Write(CredentialFile::PathFor(request.config_path), reply.credential);
    SaveRoomConfig(config, request.config_path);
  } catch (const std::exception& e) {
    throw EnrollmentError(e.what());
  }
  return config;
}

}  // namespace vc::appliance::provisioning
