#!/bin/sh
# Runs a command (normally vc-echo-bench --janus) inside a private network namespace in which Janus
# can do ICE with peers that only use 127.0.0.1. Needs root (ip netns). Nothing leaves the namespace.
#
# Why: Janus never gathers candidates on a loopback interface, and libnice pins each socket to its
# interface (IP_UNICAST_IF). So Janus gathers on `vcbench0` (10.200.0.1/32, one end of a veth pair
# whose other end is `vcbench1`); its packets to 127.0.0.1 leave vcbench0, arrive on vcbench1 and
# are delivered locally, which route_localnet/accept_local/rp_filter=0 allow inside this namespace
# only. vc-mcu, the signaling and the peers use 127.0.0.1 as everywhere else.
#
#   tests/benchmarks/echo_load/netns.sh build/bench/vc-echo-bench --janus
set -eu
NS=vcbench
if ! ip netns list | grep -qw "$NS"; then
  ip netns add "$NS"
  ip -n "$NS" link set lo up
  ip -n "$NS" link add vcbench0 type veth peer name vcbench1
  ip -n "$NS" addr add 10.200.0.1/32 dev vcbench0
  ip -n "$NS" link set vcbench0 up
  ip -n "$NS" link set vcbench1 up
  for conf in all vcbench0 vcbench1; do
    ip netns exec "$NS" sysctl -qw net.ipv4.conf.$conf.route_localnet=1 \
      net.ipv4.conf.$conf.accept_local=1 net.ipv4.conf.$conf.rp_filter=0
  done
fi
exec ip netns exec "$NS" "$@"
