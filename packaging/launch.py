"""Entry point of the packaged application (same as ``python -m app`` / ``unified-planner``).

The bundle's main executable is built windowed (``console=False``): double-clicked, it opens the
window and no console. Windows gives such a program no console at all, so ``UnifiedPlanner check``
typed in cmd or PowerShell would print nothing. When arguments are given on Windows and standard
output or error has nowhere to go, the launcher therefore attaches to the console of the process
that started it (``AttachConsole(ATTACH_PARENT_PROCESS)``) and reopens the missing streams on
``CONOUT$`` / ``CONIN$``. Streams redirected to a file or a pipe are kept as they are. Started from
Explorer (no parent console) nothing changes.
"""

from __future__ import annotations

import sys

#: ``(DWORD)-1``: the console of the parent process.
ATTACH_PARENT_PROCESS = -1


def attach_parent_console(argv: list[str], platform: str = sys.platform, kernel32=None,
                          streams=sys, opener=open) -> bool:
    """Attach to the parent's console when it is wanted; True when the streams were reopened.

    Wanted: on Windows, with arguments (a subcommand, ``--help``, ``--version``...), and with
    ``sys.stdout`` or ``sys.stderr`` missing (a windowed executable has them as None). ``kernel32``,
    ``streams`` and ``opener`` are there for the tests (a fake ctypes, a fake ``sys``)."""
    if platform != "win32" or not argv:
        return False
    if streams.stdout is not None and streams.stderr is not None:
        return False  # a console already, or redirected: print there
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # started from Explorer or a shortcut: there is no console to print to
    for name, device, mode in (("stdout", "CONOUT$", "w"), ("stderr", "CONOUT$", "w"), ("stdin", "CONIN$", "r")):
        if getattr(streams, name) is None:
            try:
                # open() gives the console's own I/O class, which takes UTF-8 whatever the code page
                setattr(streams, name, opener(device, mode, encoding="utf-8", errors="replace"))
            except OSError:
                pass
    if streams.stdout is not None:
        streams.stdout.write("\n")  # the prompt came back at once (a windowed program): start below it
        streams.stdout.flush()
    return True


def run() -> int:
    attach_parent_console(sys.argv[1:])
    from app.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
