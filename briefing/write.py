"""Stage 6, write: {path: bytes} → the output folder, all at once or not at all.

Pages go into a fresh temporary folder beside the output (`Staging`); only when every file is
written does it replace the old output (two renames). An error or an interrupt before that
leaves the previous site whole; the leftover temporary folder is removed on the next build.
Two builds at once take turns: a lock file beside the output makes the second one wait.
A one-off build puts each page into the staging folder as soon as it is rendered
(`finish.write_as_rendered`), so the site is never whole in memory; `write_site` puts a
{path: bytes} it was given.

A file whose bytes are the same as in the previous output is hard-linked from it instead of
written again: on a warm build most files are unchanged, and a link costs a fraction of a
write. The old output is never modified, so the swap stays all or nothing.

The preview writes thousands of files after every save, nearly all unchanged. Given what it
wrote last time (`Written`), and only if the folder on disk is still exactly that, it replaces
just the files that differ, each by an atomic rename, and removes the ones that went away.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import display_path, problem, write_failed
from .processes import HELD_LOCKS
from .progress import WRITING, counting
from .stamp import output_state

log = logging.getLogger(__name__)
# A folder holding one of these was built by us and may be replaced (api/briefing.json: before
# api/index.json existed, and while the full export is written).
MARKERS = ("api/index.json", "api/briefing.json")


def safe_relative(path: str) -> PurePosixPath:
    """An output path that stays inside the output folder, or an error."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or any(p in ("", ".") for p in pure.parts):
        raise problem(path, None, "refusing to write outside the output folder", "this is a bug: please report it")
    return pure


def _parts(path: str) -> tuple[str, ...]:
    """`safe_relative(path).parts`, without making a path object for the plain case."""
    parts = tuple(path.split("/"))
    if all(part not in ("", ".", "..") for part in parts):
        return parts
    return safe_relative(path).parts


@dataclass
class Written:
    """What this process last wrote into an output folder, and the folder's state right after."""

    folder: Path | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    state: dict[str, list[int]] = field(default_factory=dict)  # stamp.output_state of the folder


def write_site(
    files: dict[str, bytes],
    out_dir: Path,
    carry: tuple[str, ...] = (),
    proceed: Callable[[], bool] = lambda: True,
    written: Written | None = None,
) -> bool:
    """Write `files` into `out_dir`, replacing it whole. Folders named in `carry` ("pagefind") keep
    the previous output's files where `files` has none. `proceed()` is asked once the lock is
    held; if it says no (a newer build has started), nothing is written. With `written`, kept
    from the last call, the files that differ are replaced in place instead. True if written."""
    with Staging(out_dir, carry) as staging:
        if not proceed():
            return False
        if written is not None and _update_in_place_or_forget(files, staging.out_dir, carry, written):
            log.debug("Updated %s in place", staging.out_dir)
            return True
        for name in counting(sorted(files), len(files), WRITING):
            staging.put(name, files[name])
        staging.swap()
        if written is not None:
            written.folder, written.files, written.state = staging.out_dir, dict(files), output_state(staging.out_dir)
        return True


class Staging:
    """A new output folder, filled file by file beside the old one (`put`) and put in its place
    all at once (`swap`). A build can write each page as it is rendered instead of holding the
    whole site in memory. Leaving the `with` block without `swap` (an error, an interrupt)
    removes the new folder and leaves the old one whole. The lock beside the output is held
    throughout, so two builds into one folder take turns."""

    def __init__(self, out_dir: Path, carry: tuple[str, ...] = ()) -> None:
        self.out_dir, self.carry = out_dir.resolve(), carry
        self.names: set[str] = set()
        self.folder: Path | None = None  # made on first `put`: an in-place update needs none
        self._made: set[str] = set()  # the folders made in it so far

    def __enter__(self) -> Staging:
        out_dir = self.out_dir
        if out_dir.exists() and any(out_dir.iterdir()) and not any((out_dir / m).exists() for m in MARKERS):
            raise problem(
                out_dir,
                None,
                "the output folder has files that Briefing did not build",
                "empty it, or pass another folder with --out",
            )
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        self._lock = open(out_dir.parent / f".{out_dir.name}.lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("Waiting for another build of %s to finish", display_path(out_dir))
            fcntl.flock(self._lock, fcntl.LOCK_EX)  # released when the file closes, even if this process dies
        HELD_LOCKS.add(self._lock.fileno())
        return self

    def __exit__(self, *exc_info) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        HELD_LOCKS.discard(self._lock.fileno())
        self._lock.close()

    def put(self, name: str, data: bytes | None) -> None:
        """One file of the new output (a name put again replaces the first). None: the previous
        output's file, known to be unchanged, linked without reading it."""
        # Strings and os.path, not pathlib: a build puts every file of the site through here, and
        # pathlib's objects cost as much as the links themselves (thousands of files a second).
        parts = _parts(name)
        if self.folder is None:
            self.folder = self._fresh_folder()
            self._made = {str(self.folder)}
        previous, target = os.path.join(self.out_dir, *parts), os.path.join(self.folder, *parts)
        try:
            if name in self.names:
                os.unlink(target)  # it may be a link to the old output, which must not change
            else:
                self.names.add(name)
                folder = os.path.dirname(target)
                if folder not in self._made:
                    os.makedirs(folder, exist_ok=True)
                    self._made.add(folder)
            _link_or_write(previous, target, data)
        except OSError as err:
            raise write_failed(previous, err) from None

    def read(self, name: str) -> bytes:
        """A file put earlier."""
        assert self.folder is not None and name in self.names
        return self.folder.joinpath(*safe_relative(name).parts).read_bytes()

    def swap(self) -> None:
        """The new folder, with the previous output's `carry` folders, in place of the old one."""
        old = self.out_dir.parent / f".{self.out_dir.name}.old-{os.getpid()}"
        temporary = self.folder if self.folder is not None else self._fresh_folder()
        try:
            for folder in self.carry:
                _carry_over(self.out_dir / folder, temporary / folder)
            os.chmod(temporary, 0o755)
            if self.out_dir.exists():
                self.out_dir.rename(old)
            temporary.rename(self.out_dir)
        except OSError as err:
            if old.exists() and not self.out_dir.exists():
                old.rename(self.out_dir)  # the previous site back where it was
            raise write_failed(self.out_dir, err, "could not put the new site in place") from None
        self.folder = None
        shutil.rmtree(old, ignore_errors=True)
        log.debug("Swapped in a new %s", self.out_dir)

    def _fresh_folder(self) -> Path:
        """An empty folder beside the output, once the leftovers of interrupted builds are gone
        (a previous site that a failed swap could not put back is put back first)."""
        name, parent = self.out_dir.name, self.out_dir.parent
        try:
            if not self.out_dir.exists():
                for previous in sorted(parent.glob(f".{name}.old-*"))[:1]:
                    previous.rename(self.out_dir)
            for stale in parent.glob(f".{name}.*"):
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
            return Path(tempfile.mkdtemp(prefix=f".{name}.new-", dir=parent))
        except OSError as err:
            raise write_failed(parent, err, "could not make the new site's folder here") from None


def _update_in_place_or_forget(
    files: dict[str, bytes], out_dir: Path, carry: tuple[str, ...], written: Written
) -> bool:
    try:
        return _update_in_place(files, out_dir, carry, written)
    except BaseException:
        written.folder = None  # half done: the next write swaps in a whole new folder
        raise


def _update_in_place(files: dict[str, bytes], out_dir: Path, carry: tuple[str, ...], written: Written) -> bool:
    """Replace only what differs from the last write, if the folder is still as that write left it."""
    if written.folder != out_dir or output_state(out_dir) != written.state:
        return False  # never written by this process, or changed since: swap in a whole new folder
    for name in sorted(files):
        data = files[name]
        before = written.files.get(name)
        if before is data or before == data:
            continue
        target = out_dir.joinpath(*safe_relative(name).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)
        info = target.stat()
        written.state[name] = [info.st_size, info.st_mtime_ns]
    gone = {name for name in written.files if name not in files and not name.startswith(tuple(f"{c}/" for c in carry))}
    for name in sorted(gone):
        target = out_dir.joinpath(*safe_relative(name).parts)
        target.unlink(missing_ok=True)
        written.state.pop(name, None)
        if target.parent != out_dir and not any(target.parent.iterdir()):
            target.parent.rmdir()
    written.files = {**{k: v for k, v in written.files.items() if k not in gone}, **files}
    return True


def holds(path: Path | str, data: bytes) -> bool:
    """Whether the file at `path` already has exactly these bytes (reading is far cheaper than writing)."""
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as file:
            return file.read() == data
    except OSError:
        return False


def _link_or_write(previous: str, target: str, data: bytes | None) -> None:
    if data is None:
        _link_or_copy(previous, target)
        return
    if holds(previous, data):
        try:
            os.link(previous, target)
            return
        except OSError:  # a file system without hard links
            pass
    with open(target, "wb") as file:
        file.write(data)


def _carry_over(previous: Path, target: Path) -> None:
    """Link the previous output's files of one folder into the new output, unless already there."""
    if not previous.is_dir():
        return
    for folder, _, names in os.walk(previous):  # os.walk: thousands of files, pathlib is slow here
        destination_folder = os.path.join(target, os.path.relpath(folder, previous))
        os.makedirs(destination_folder, exist_ok=True)
        for name in names:
            source, destination = os.path.join(folder, name), os.path.join(destination_folder, name)
            if not os.path.exists(destination):
                _link_or_copy(source, destination)


def _link_or_copy(source: Path | str, destination: Path | str) -> None:
    """A hard link to an unchanged file of the previous output, or a copy on a file system
    without hard links."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)
