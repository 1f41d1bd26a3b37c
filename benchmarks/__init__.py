"""Benchmarks for the performance budgets of DESIGN.md §7 (run with `make bench`)."""
