"""Progress bars where people look.

- In JupyterLab and in executed notebooks: tqdm's widget bar (ipywidgets is part of the
  environment, so there is no "IProgress not found" warning).
- In a terminal: tqdm's text bar.
- Anywhere else (a build whose output goes to a log file or a CI job): a few plain lines,
  one per tenth of the work (or every ``LINE_SECONDS`` when the total is not known yet),
  never hundreds of carriage-return updates.
"""

from __future__ import annotations

import sys
import time

from tqdm.auto import tqdm as _auto_tqdm
from tqdm.std import tqdm as _text_tqdm

#: Without a known total, a progress line at most this often.
LINE_SECONDS = 30.0
#: With a known total, a progress line at each of these shares of it.
LINE_STEPS = 10


class LineProgress(_text_tqdm):
    """A tqdm bar that writes whole lines, a few per run, for output that is not a terminal."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("ascii", True)
        kwargs.setdefault("mininterval", 0)
        kwargs.setdefault("dynamic_ncols", False)
        kwargs["ncols"] = kwargs.get("ncols") or 80
        self._last_step, self._last_time, self._written = -1, 0.0, ""
        self._growing = False
        super().__init__(*args, **kwargs)
        self._growing = not self.total  # a total that grows as inputs are found: lines by time

    def display(self, msg=None, pos=None):
        now = time.monotonic()
        if self._growing or not self.total:
            step, due = -1, now - self._last_time >= LINE_SECONDS
        else:
            step = int(self.n * LINE_STEPS / self.total)
            due = step > self._last_step
        if not due and msg is None:
            return True
        line = (msg if msg is not None else self.__str__()).strip()
        if not line or line == self._written:
            return True
        self._last_step, self._last_time, self._written = step, now, line
        self.fp.write(line + "\n")
        self.fp.flush()
        return True

    def close(self):
        if not getattr(self, "disable", True):
            self.display(msg=self.__str__())  # the final line, unless it was the last one written
            self.sp = None  # tqdm's own close then only tidies up: no carriage return, no extra line
        super().close()


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    ipython = shell.get_ipython() if hasattr(shell, "get_ipython") else None
    return ipython is not None and type(ipython).__name__ == "ZMQInteractiveShell"


def progress_bar(iterable=None, *, file=None, **kwargs):
    """A progress bar (tqdm's arguments) of the kind that suits where the output goes."""
    if _in_notebook():
        return _auto_tqdm(iterable, **kwargs)
    stream = file if file is not None else sys.stderr
    if getattr(stream, "isatty", lambda: False)():
        return _text_tqdm(iterable, file=stream, **kwargs)
    return LineProgress(iterable, file=stream, **kwargs)
