#pragma once
// CPU time a process has used so far: utime + stime from /proc/PID/stat (all its threads), in
// seconds. Read twice around a window; wall time would count waiting as work.

#include <sys/types.h>

#include <optional>

namespace vc::tests::benchmarks {

class ProcessCpu {
 public:
  // nullopt when the process is gone or the file does not parse.
  static std::optional<double> Seconds(pid_t pid);
  // This process (all its threads), from getrusage: the load tools' own cost.
  static double SelfSeconds();
};

}  // namespace vc::tests::benchmarks
