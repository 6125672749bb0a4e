"""Reading a file a clerk chose, with every problem a message naming it.

One reader for drafts, presets and the files the importer takes: it refuses a
folder, a device or a named pipe (reading one would wait forever), a name the
system cannot hold (a NUL character) and a file over the caller's limit, checked
before and while reading (the file may grow in between). Every refusal is the
caller's ``FileProblem`` subclass, in Japanese with English alongside.
"""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.model.errors import FileProblem


def too_large(error: type[FileProblem], path: Path, size: int, limit: int) -> FileProblem:
    return error(path, f"ファイルが大きすぎます ({size / 2**20:,.0f} MB、上限 {limit // 2**20} MB)",
                 f"the file is too large ({size / 2**20:,.0f} MB, limit {limit // 2**20} MB)")


def read_limited(path: str | Path, limit: int, error: type[FileProblem]) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit``; problems raise ``error``."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):  # Windows reports a folder as PermissionError
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise error(path, "通常のファイルではありません", "not a regular file")
        if info.st_size > limit:
            raise too_large(error, path, info.st_size, limit)
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)  # the file may have grown since stat
        if len(raw) > limit:
            raise too_large(error, path, len(raw), limit)
        return raw
    except FileNotFoundError:
        raise error(path, "ファイルが見つかりません", "file not found") from None
    except IsADirectoryError:
        raise error(path, "フォルダーは開けません", "this is a folder, not a file") from None
    except PermissionError:
        raise error(path, "ファイルを読む権限がありません", "permission denied") from None
    except OSError as exc:
        raise error(path, f"ファイルを読めません: {exc.strerror}", f"cannot read: {exc}") from None
    except ValueError:  # a NUL character in the name
        raise error(path, "ファイル名が不正です", "invalid file name") from None
