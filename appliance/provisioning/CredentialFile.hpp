#pragma once
// The room's provisioning credential lives in its own file beside the room configuration
// (room.json -> room.credential), mode 0600, never inside the configuration (which the panel's
// technician screen shows and the control API edits).
#include <string>

namespace vc::appliance::provisioning {

class CredentialFile {
 public:
  // room.json -> room.credential; a path without an extension gets ".credential" appended.
  static std::string PathFor(const std::string& config_path);
  // Atomically (temporary file created 0600, fsync, rename). Throws std::runtime_error.
  static void Write(const std::string& path, const std::string& credential);
  // The first line, whitespace trimmed. Throws std::runtime_error (one line naming the file)
  // when unreadable or empty.
  static std::string Read(const std::string& path);
};

// Writes `text` to `path` atomically with the given mode (a crash never leaves half a file).
// Throws std::runtime_error naming the file.
void WriteFileAtomically(const std::string& path, const std::string& text, unsigned mode);

}  // namespace vc::appliance::provisioning
