"""One function per user action; each owns its unit of work and returns what changed."""
