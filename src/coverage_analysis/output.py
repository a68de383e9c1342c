"""Writing results so that a file is either the old one or the new one, never half.

Two guarantees hold for everything the library writes:

- **CSV cells are safe to open in a spreadsheet.** A text cell beginning
  with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as
  a formula by Excel, LibreOffice or Google Sheets (a title like
  ``=HYPERLINK(...)`` in an article is enough), so :func:`csv_text`, which
  every CSV writer uses, prefixes such a cell with ``'`` (OWASP's advice).
  Numbers are untouched, and so are the DataFrames: ``raw[start:end] ==
  text`` holds in the tables, while the CSV of a list item reads
  ``'- Identity: ...``.
- **A folder of results is replaced whole.** :func:`staged_folder` builds the
  new folder beside the old one and swaps it in at the end, so a reader sees
  all the old files or all the new ones; an error, Ctrl-C or SIGTERM leaves
  the old folder as it was.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import OutputError

__all__ = [
    "FORMULA_PREFIXES",
    "OutputError",
    "check_output_folder",
    "csv_text",
    "spreadsheet_safe",
    "staged_folder",
    "write_bytes",
    "write_csv",
    "write_figure",
    "write_tables",
]

#: First characters that make a spreadsheet read a text cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Files an output folder may hold: what this library writes. A folder with
#: anything else is not replaced (it is probably not an output folder).
OUTPUT_SUFFIXES = (".csv", ".png", ".parquet", ".html")
#: Files a file manager leaves in any folder it shows; replacing them loses nothing.
OS_LITTER = (".DS_Store", "Thumbs.db", "desktop.ini")
_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is renamed over ``path`` only once it is complete, so
    an interrupted run leaves the previous file (or none), never a partial one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _unsafe(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell a spreadsheet would run as a formula prefixed with ``'``.

    A cell is escaped if it is a string beginning with one of
    :data:`FORMULA_PREFIXES` (so are column names); numbers and other cells
    are left alone, and so is ``frame`` (a copy is returned if anything changes).
    """
    out = frame
    for i in range(frame.shape[1]):
        values = frame.iloc[:, i]
        if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        cells = values.to_numpy(dtype=object)
        unsafe = np.fromiter(map(_unsafe, cells), dtype=bool, count=len(cells))
        if unsafe.any():
            if out is frame:
                out = frame.copy()
            cells = cells.copy()
            cells[unsafe] = ["'" + cell for cell in cells[unsafe]]
            out.isetitem(i, cells)
    if any(_unsafe(c) for c in out.columns):
        out = out.rename(columns=lambda c: f"'{c}" if _unsafe(c) else c)
    return out


def csv_text(frame: pd.DataFrame, header: bool = True) -> str:
    """``frame`` as CSV text with Unix line endings, no index, spreadsheet-safe cells.

    Every CSV the library writes goes through here (see :func:`spreadsheet_safe`).
    A cell holding a carriage return is quoted, like one holding a line feed,
    so that no reader takes it for the end of a row (which would start a new
    row, and a new first cell, inside the text).
    """
    # The writer quotes cells holding any character of the line terminator:
    # write "\r\n", then make the line ends (the ones outside quotes) "\n".
    text = spreadsheet_safe(frame).to_csv(index=False, header=header, lineterminator="\r\n")
    parts = text.split('"')
    parts[::2] = [part.replace("\r\n", "\n") for part in parts[::2]]
    return '"'.join(parts)


def write_csv(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write ``frame`` as UTF-8 CSV (see :func:`csv_text`)."""
    return write_bytes(path, csv_text(frame).encode("utf-8"))


def write_figure(fig, path: Path | str, dpi: int = 150) -> Path:
    """Save a Matplotlib figure as PNG with no timestamp or version metadata.

    Byte-identical output for identical input (same Matplotlib and fonts).
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return write_bytes(path, buffer.getvalue())


def write_tables(tables: dict[str, pd.DataFrame], folder: Path | str) -> list[Path]:
    """Write each table as ``folder/<name>.csv``; all are rendered before any is written."""
    rendered = {name: csv_text(frame).encode("utf-8") for name, frame in tables.items()}
    return [write_bytes(Path(folder) / f"{name}.csv", data) for name, data in rendered.items()]


# ------------------------------------------------------------------ whole folders


def check_output_folder(out: Path | str) -> Path:
    """Check that ``out`` can be (re)placed by a folder of results; return it resolved.

    Raises
    ------
    OutputError
        If ``out`` is a file, lies under a file, would replace the working
        folder or one above it, or holds a file this library does not write
        (anything but :data:`OUTPUT_SUFFIXES`, and the :data:`OS_LITTER` of
        file managers), which replacing it would delete.
    """
    given = Path(out)
    try:
        target = given.resolve()
    except (OSError, RuntimeError, ValueError) as err:
        raise OutputError(f"{given}: cannot be used as the output folder ({err})") from None
    if target.exists() and not target.is_dir():
        raise OutputError(f"{given}: is a file, not a folder; name a folder for the output")
    above = target.parent
    while not above.exists():
        above = above.parent
    if not above.is_dir():
        raise OutputError(f"{given}: {above} is a file, so no folder can be made under it")
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents or target.parent == target:
        raise OutputError(f"{given}: is the working folder or above it; name a folder "
                          "for the output only")
    if target.is_dir():
        for root, dirs, files in os.walk(target):
            for name in sorted(files) + [d for d in dirs if Path(root, d).is_symlink()]:
                if name in OS_LITTER:
                    continue
                if not name.endswith(OUTPUT_SUFFIXES) or name.startswith("."):
                    found = Path(root, name).relative_to(target)
                    raise OutputError(
                        f"{given}: holds {found.as_posix()!r}, which this command does not "
                        "write; the output folder is replaced whole, so name a new or empty "
                        "folder (or move that file out)"
                    )
    return target


def _prefix(target: Path, kind: str) -> str:
    return f".{target.name}.{kind}-"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except OSError:
        return True
    return True


def _sweep(target: Path) -> None:
    """Remove staging folders that runs which have ended left beside ``target``.

    An old folder set aside by a run that died before the new one was in
    place is put back first.
    """
    parent = target.parent
    if not parent.is_dir():
        return
    for kind in ("old", "staging"):
        pattern = re.compile(re.escape(_prefix(target, kind)) + r"(\d+)-")
        for path in sorted(parent.iterdir()):
            match = pattern.match(path.name)
            if not match or _alive(int(match.group(1))) or not path.is_dir():
                continue
            if kind == "old" and not target.exists():
                os.rename(path, target)  # the run died between its two renames
            else:
                shutil.rmtree(path, ignore_errors=True)


def _interrupt(signum: int, frame: object) -> None:
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise SystemExit(128 + signum)


@contextmanager
def _signals_raise() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into exceptions (so cleanup runs); restore after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _interrupt) for s in _SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, signal.SIG_DFL if handler is None else handler)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back while the block runs; they arrive after it."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` where ``target`` is: old aside, new in, old removed."""
    old = None
    if target.exists():
        # A fresh empty name to rename onto (a folder may replace an empty one).
        old = Path(tempfile.mkdtemp(prefix=f"{_prefix(target, 'old')}{os.getpid()}-",
                                    dir=target.parent))
        os.rename(target, old)
    try:
        os.rename(staging, target)
    except BaseException:
        if old is not None:
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged_folder(out: Path | str) -> Iterator[Path]:
    """Build a folder of results in a staging folder, then swap it in for ``out``.

    Yields an empty folder beside ``out`` (``.<name>.staging-<pid>-*``) to
    write everything into. When the block ends normally, the old ``out`` is
    renamed aside, the staging folder renamed to ``out`` and the old one
    removed, so a reader sees all the old files or all the new ones. If the
    block raises, or SIGINT or SIGTERM arrives (turned into
    :class:`KeyboardInterrupt` and :class:`SystemExit` while the block runs,
    the previous handlers restored after), the staging folder is removed and
    ``out`` is left as it was. Staging folders that ended runs left behind
    are removed on the next run.

    Raises
    ------
    OutputError
        If ``out`` cannot be replaced (see :func:`check_output_folder`) or
        the folder beside it cannot be written.
    """
    target = check_output_folder(out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _sweep(target)
        staging = Path(tempfile.mkdtemp(prefix=f"{_prefix(target, 'staging')}{os.getpid()}-",
                                        dir=target.parent))
        os.chmod(staging, 0o777 & ~_umask())
    except OSError as err:
        raise OutputError(f"{out}: cannot write the output folder here "
                          f"({err.strerror or err})") from None
    with _signals_raise():
        try:
            yield staging
        except BaseException:
            with _signals_held():
                shutil.rmtree(staging, ignore_errors=True)
            raise
        with _signals_held():
            try:
                _swap(staging, target)
            except OSError as err:
                shutil.rmtree(staging, ignore_errors=True)
                raise OutputError(f"{out}: cannot put the new output folder in place "
                                  f"({err.strerror or err})") from None
