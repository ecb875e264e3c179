"""The bundle's launcher: on Windows, a windowed executable started with arguments prints to the
console it was started from (packaging/launch.py); a fake kernel32 stands in for ctypes."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import SimpleNamespace

import pytest

LAUNCH = Path(__file__).resolve().parents[2] / "packaging" / "launch.py"


@pytest.fixture(scope="module")
def launch():
    spec = importlib.util.spec_from_file_location("planner_launch", LAUNCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeKernel32:
    def __init__(self, attaches: bool):
        self.attaches = attaches
        self.calls: list[int] = []

    def AttachConsole(self, pid):  # noqa: N802 (the Win32 name)
        self.calls.append(pid)
        return 1 if self.attaches else 0


class FakeOpener:
    def __init__(self):
        self.opened: list[tuple[str, str]] = []

    def __call__(self, device, mode, **kwargs):
        assert kwargs.get("encoding") == "utf-8"
        self.opened.append((device, mode))
        return io.StringIO()


def windowed():
    """What a windowed executable's sys looks like: no standard streams."""
    return SimpleNamespace(stdout=None, stderr=None, stdin=None)


def test_a_subcommand_in_a_windowed_exe_attaches_to_the_parent_console(launch):
    kernel32, opener, streams = FakeKernel32(True), FakeOpener(), windowed()
    assert launch.attach_parent_console(["check"], "win32", kernel32, streams, opener)
    assert kernel32.calls == [launch.ATTACH_PARENT_PROCESS] == [-1]
    assert opener.opened == [("CONOUT$", "w"), ("CONOUT$", "w"), ("CONIN$", "r")]
    print("x", file=streams.stdout)
    assert streams.stdout.getvalue() == "\nx\n"  # starts below the prompt cmd printed already


def test_no_arguments_opens_the_window_without_a_console(launch):
    kernel32 = FakeKernel32(True)
    assert not launch.attach_parent_console([], "win32", kernel32, windowed(), FakeOpener())
    assert kernel32.calls == []


def test_started_from_explorer_there_is_no_console_and_nothing_changes(launch):
    streams, opener = windowed(), FakeOpener()
    assert not launch.attach_parent_console(["check"], "win32", FakeKernel32(False), streams, opener)
    assert opener.opened == [] and streams.stdout is None


def test_redirected_output_is_kept(launch):
    out, err = io.StringIO(), io.StringIO()
    streams = SimpleNamespace(stdout=out, stderr=err, stdin=None)
    kernel32 = FakeKernel32(True)
    assert not launch.attach_parent_console(["export", "x.xlsx"], "win32", kernel32, streams, FakeOpener())
    assert kernel32.calls == [] and streams.stdout is out


def test_only_the_missing_stream_is_reopened(launch):
    out = io.StringIO()
    streams = SimpleNamespace(stdout=out, stderr=None, stdin=None)
    opener = FakeOpener()
    assert launch.attach_parent_console(["check"], "win32", FakeKernel32(True), streams, opener)
    assert streams.stdout is out and ("CONOUT$", "w") in opener.opened and len(opener.opened) == 2


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_elsewhere_the_launcher_does_nothing(launch, platform):
    kernel32 = FakeKernel32(True)
    assert not launch.attach_parent_console(["check"], platform, kernel32, windowed(), FakeOpener())
    assert kernel32.calls == []
