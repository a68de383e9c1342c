"""Writing results so that a file is either the old one or the new one, never half."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pandas as pd

__all__ = ["write_bytes", "write_csv", "write_figure", "write_tables"]


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


def write_csv(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write ``frame`` as UTF-8 CSV with Unix line endings, without the index."""
    return write_bytes(path, frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))


def write_figure(fig, path: Path | str, dpi: int = 150) -> Path:
    """Save a Matplotlib figure as PNG with no timestamp or version metadata.

    Byte-identical output for identical input (same Matplotlib and fonts).
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return write_bytes(path, buffer.getvalue())


def write_tables(tables: dict[str, pd.DataFrame], folder: Path | str) -> list[Path]:
    """Write each table as ``folder/<name>.csv``; all are rendered before any is written."""
    rendered = {
        name: frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
        for name, frame in tables.items()
    }
    return [write_bytes(Path(folder) / f"{name}.csv", data) for name, data in rendered.items()]
