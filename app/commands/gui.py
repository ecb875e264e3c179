"""No subcommand: open the desktop window."""

from __future__ import annotations


def run_gui(args) -> int:
    from app.ui.main import run

    return run(args)
