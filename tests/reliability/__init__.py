"""Reliability and security: fault injection, exactly-once delivery, parsing under mutation,
caller mistakes and secrets, each measured and summed up in one line at the end of the run."""
