#pragma once
// Command-line arguments: positionals and "--name value" / "--flag" options, checked against what
// the command knows, so a typo is an error with a one-line reason, not silently ignored.
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace vc::provision::app {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class CliArgs {
 public:
  // `valued`: options that take a value; `flags`: options that do not.
  CliArgs(const std::vector<std::string>& argv, const std::set<std::string>& valued,
          const std::set<std::string>& flags);

  const std::vector<std::string>& positional() const { return positional_; }
  std::optional<std::string> Get(const std::string& name) const;
  std::string Require(const std::string& name) const;
  bool Has(const std::string& flag) const { return flags_.contains(flag); }
  std::optional<int64_t> Integer(const std::string& name, int64_t min, int64_t max) const;
  // Exactly `count` positionals, or UsageError naming `what`.
  void ExpectPositional(size_t count, const std::string& what) const;

 private:
  std::vector<std::string> positional_;
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
};

}  // namespace vc::provision::app
