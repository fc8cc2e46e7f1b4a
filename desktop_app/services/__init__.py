"""Use cases: each takes its session explicitly; GUI and CLI both call these."""
