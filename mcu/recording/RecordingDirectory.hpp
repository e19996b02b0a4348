#pragma once
// Where vc-mcu --recording-dir puts recordings, checked once at start (exists, is a directory,
// a file can be created in it), and how a recording's file is named and created:
// "<room>-YYYYMMDD-HHMMSS.webm" (UTC; the room name made filesystem-safe), opened exclusively so
// an existing file is never overwritten ("-2", "-3", ... when the second is taken).
#include <chrono>
#include <filesystem>
#include <string>

#include "mcu/recording/WebmFileWriter.hpp"

namespace vc::mcu::recording {

class RecordingDirectory {
 public:
  struct NewFile {
    std::filesystem::path path;
    std::string name;  // the file name alone
    UniqueFile file;
  };

  // Throws std::runtime_error with a one-line reason ("--recording-dir '/x': no such directory").
  explicit RecordingDirectory(std::filesystem::path dir);

  // Throws WebmWriteError (with the reason) when no file can be created.
  NewFile Create(const std::string& room, std::chrono::system_clock::time_point now) const;

  const std::filesystem::path& path() const { return dir_; }

  // Letters, digits, '-' and '_' stay; anything else becomes '_' (at most 64 characters).
  static std::string SafeName(const std::string& room);
  static std::string FileName(const std::string& room, std::chrono::system_clock::time_point now,
                              int attempt = 1);

 private:
  std::filesystem::path dir_;
};

}  // namespace vc::mcu::recording
