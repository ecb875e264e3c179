"""Subcommands of ``python -m app``. Every module here with a ``register(subparsers)`` function
adds its own subcommand; the command line discovers them, so features stay in their own files.

A command's handler takes the parsed arguments and returns the exit code: 0 success, 1 the input
was refused or the check found errors, 2 bad usage or an unreadable file.
"""
