"""The one place for user-facing failures.

Every problem an editor can cause is a `BuildError` that names the file, the line
(where there is one), what is wrong and what to do. The command line prints it as
`content/x.md:3: what is wrong — what to do` and exits with status 1; no traceback.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Problem:
    path: str
    line: int | None
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class BuildError(Exception):
    """One or more problems that stop the build."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        """Pickled with its problems, so that one raised on a Dask worker arrives whole."""
        return (BuildError, (self.problems,))


def problem(path: Path | str, line: int | None, message: str, hint: str = "") -> BuildError:
    """Shorthand for raising a single problem: `raise problem(path, 3, "bad", "fix it")`."""
    return BuildError(Problem(display_path(path), line, message, hint))


def display_path(path: Path | str) -> str:
    """A path as the editor typed it: relative to the working folder where possible."""
    path = Path(path)
    if not path.is_absolute() and ".." not in path.parts:
        return str(path)  # already relative to the working folder (and resolving costs a stat per part)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class Warnings:
    """Collects non-fatal findings (an override that matches nothing, an unused glossary entry)."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: Path | str, line: int | None, message: str, hint: str = "") -> None:
        self.items.append(Problem(display_path(path), line, message, hint))


def write_failed(path: Path | str, err: OSError, what: str = "could not write this file") -> BuildError:
    """A file the build could not write (a full disk, a size limit, a read-only folder), said as a
    problem: the file, the system's reason, and what to do."""
    return problem(path, None, f"{what}: {err.strerror or err}", f"{system_hint(err)}; the previous site is unchanged")


def system_hint(err: OSError) -> str:
    """What to do about an error the system reported, by its kind."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some disk space and build again"
    if err.errno == errno.EFBIG:
        return "a file is over this system's size limit (ulimit -f): raise the limit and build again"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "check that the folder is writable by you, and build again"
    return "check the path and try again"
