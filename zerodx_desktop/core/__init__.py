"""Pure domain: framework, panel, scores, aggregation, statistics. No Qt, no I/O."""
