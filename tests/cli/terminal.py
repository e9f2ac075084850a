"""A program run in a pseudo-terminal, as a person at a keyboard runs it: Ctrl-C typed there
reaches it as the terminal's SIGINT, not as a signal sent by hand."""

from __future__ import annotations

import os
import pty
import select
import signal
import time
from collections.abc import Mapping, Sequence

CTRL_C = b"\x03"


class Terminal:
    def __init__(self, argv: Sequence[str], env: Mapping[str, str]) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: the terminal is its controlling terminal
            os.execve(argv[0], list(argv), dict(env))
        self.pid, self.fd = pid, fd
        self.output = b""
        self.code: int | None = None

    def type(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def expect(self, text: bytes, timeout: float = 120.0) -> None:
        """Read until ``text`` has been shown."""
        deadline = time.monotonic() + timeout
        while text not in self.output:
            if not self._read(deadline - time.monotonic()):
                raise AssertionError(f"{text!r} never came; the terminal shows:\n{self.text}")

    def wait(self, timeout: float = 60.0) -> int:
        """The exit code, once the program has ended; all it wrote is read first."""
        deadline = time.monotonic() + timeout
        while self._read(deadline - time.monotonic()):
            pass
        for _ in range(int(timeout * 10)):
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
                return self.code
            time.sleep(0.1)
        self.kill()
        raise AssertionError(f"still running after {timeout}s:\n{self.text}")

    def kill(self) -> None:
        if self.code is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                self.code = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
            except (ProcessLookupError, ChildProcessError):
                pass
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", "replace")

    def _read(self, timeout: float) -> bool:
        """False at the end of output or of the time."""
        if timeout <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], min(timeout, 1.0))
        if not ready:
            return timeout > 1.0
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # the program has closed its side
            return False
        self.output += chunk
        return bool(chunk)
