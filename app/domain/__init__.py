"""The contract's domain: pure Python, no Qt, no database."""
