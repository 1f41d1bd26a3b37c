"""Benchmarks for the performance budgets of docs/contract.md §6 (run with `make bench`)."""
