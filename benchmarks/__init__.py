"""Benchmarks: a synthetic feed generator and a runner that times every stage against its floor and a peer."""
