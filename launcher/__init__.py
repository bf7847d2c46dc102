"""Developer entry points: train when stale, start and stop the servers."""
