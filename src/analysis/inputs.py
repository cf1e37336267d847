"""What an input is: a file on disk, a member of a ``.zip``, or the content of a ``.gz``.

Every file found in the raw folder becomes one or more :class:`Entry` objects: a plain
file is one entry; a ``.gz`` file is one entry read as the type inside it
(``export.jsonl.gz`` is a JSONL export, ``seite.html.gz`` a web page); a ``.zip`` archive
gives one entry per member, named ``archiv.zip/ordner/seite.html``, and archives inside
it are read one level deep (``patterns.MAX_ARCHIVE_DEPTH``). Nothing is extracted to
disk: members are read into memory or streamed.

Archives are read defensively (``patterns`` holds the limits): a member whose name would
leave the archive (absolute, ``..``) is refused, so are encrypted members, archives with
too many members or too many bytes, and members that expand more than
``MAX_COMPRESSION_RATIO`` times (a zip bomb). Declared sizes are checked first and the
bytes actually read are counted too, because a crafted archive can lie about its sizes.
Each refusal is a :class:`~analysis.items.Reject` naming the member and the reason; the
members beside it are still read.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from . import patterns as P
from .items import InputError, Note, Reject

ARCHIVE_SUFFIXES = (".zip", ".gz")
_READ_BLOCK = 2**20
_ARCHIVE_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, gzip.BadGzipFile, zipfile.LargeZipFile, NotImplementedError)


def skip_reason(name: str) -> str | None:
    """Why a file or folder name is not an input (hidden, backup, lock or system file), or None.

    Examples
    --------
    >>> skip_reason("~$bericht.docx")
    'an Office lock file'
    >>> skip_reason("artikel.txt") is None
    True
    """
    if name.startswith("."):
        return "a hidden file or folder"
    return next((reason for pattern, reason in P.SKIPPED_NAME_RES if pattern.search(name)), None)


def _mb(n: int) -> str:
    return f"{n / 2**20:,.1f} MB"


@dataclass
class _Budget:
    """Bytes an archive may still give out, shared by all its members."""

    remaining: int = P.MAX_ARCHIVE_TOTAL_BYTES
    members: int = 0


class _LimitedReader(io.RawIOBase):
    """A decompressing stream that refuses to give out more than ``limit`` bytes and
    turns archive errors (bad CRC, truncated data) into :class:`InputError`."""

    def __init__(self, raw: BinaryIO, limit: int, what: str, budget: _Budget | None = None):
        self._raw, self._limit, self._what, self._budget, self._read = raw, limit, what, budget, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._raw.read(len(buffer))
        except _ARCHIVE_ERRORS as exc:
            raise InputError(f"corrupt archive: {self._what} cannot be decompressed ({type(exc).__name__}: {exc})") from exc
        self._read += len(data)
        if self._read > self._limit:
            raise InputError(f"refused: {self._what} expands to more than {_mb(self._limit)} "
                             f"(at most {P.MAX_COMPRESSION_RATIO} times its compressed size and the archive limits); a zip bomb?")
        if self._budget is not None:
            self._budget.remaining -= len(data)
            if self._budget.remaining < 0:
                raise InputError(f"refused: the archive expands to more than {_mb(P.MAX_ARCHIVE_TOTAL_BYTES)} in all")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


@dataclass
class Entry:
    """One input as the loader reads it.

    ``suffix`` is the type it is read as; ``size`` the uncompressed size when known;
    ``open`` gives a fresh binary stream of the (decompressed, size-limited) content;
    ``path`` is the file on disk for a plain file; ``streamed`` marks content whose size
    is not known in advance (a ``.gz``), which is never read whole unless it must be.
    """

    name: str
    suffix: str
    size: int | None
    open: Callable[[], BinaryIO]
    path: Path | None = None
    streamed: bool = False
    key_source: Callable[[], BinaryIO] | None = field(default=None, repr=False)  # bytes that identify it for the cache

    def read(self, limit: int) -> bytes | None:
        """The whole content, or ``None`` when it is larger than ``limit`` bytes."""
        if self.size is not None and self.size > limit:
            return None
        if self.path is not None:
            return self.path.read_bytes()
        with self.open() as stream:
            data = stream.read(limit + 1)
        return None if len(data) > limit else data

    def digest(self) -> str:
        """A digest of the bytes that identify this input (for the loader cache)."""
        h = hashlib.sha256()
        with (self.key_source or self.open)() as stream:
            while block := stream.read(_READ_BLOCK):
                h.update(block)
        return h.hexdigest()[:16]


def entries(path: Path, name: str) -> Iterator[Entry | Reject | Note]:
    """The inputs a file on disk holds: itself, the content of a ``.gz``, or the members
    of a ``.zip``; refused members come as rejects, left-out names as ``skipped`` notes."""
    suffix = path.suffix.lower()
    if suffix == ".zip":
        yield from _zip_entries(path, name, 0, _Budget())
    elif suffix == ".gz":
        yield from _gz_entries(lambda: open(path, "rb"), path.stat().st_size, name, 0, _Budget())
    else:
        yield Entry(name, suffix, path.stat().st_size, lambda: open(path, "rb"), path)


def inner_suffix(name: str) -> str:
    """The type of the file a ``.gz`` holds: ``export.jsonl.gz`` -> ``.jsonl``."""
    return PurePosixPath(name[: -len(".gz")] if name.lower().endswith(".gz") else name).suffix.lower()


def _ratio_limit(compressed: int, budget: _Budget) -> int:
    return min(max(compressed * P.MAX_COMPRESSION_RATIO, P.ARCHIVE_RATIO_SLACK), max(budget.remaining, 0))


def _gz_entries(opener: Callable[[], BinaryIO], compressed: int, name: str, depth: int, budget: _Budget) -> Iterator[Entry | Reject]:
    suffix = inner_suffix(name)
    if suffix in ARCHIVE_SUFFIXES:
        yield Reject(name, None, "refused: an archive inside a .gz file; unpack it and put its files in the raw folder")
        return
    limit = _ratio_limit(compressed, budget)

    def open_content() -> BinaryIO:
        return io.BufferedReader(_LimitedReader(gzip.GzipFile(fileobj=opener(), mode="rb"), limit, name, budget), _READ_BLOCK)

    yield Entry(name, suffix, None, open_content, streamed=True, key_source=opener)


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a member is refused before it is read, or None."""
    if P.UNSAFE_MEMBER_NAME_RE.search(info.filename):
        return f"refused: unsafe member name {info.filename!r} (an absolute path or '..' would leave the archive); nothing was extracted"
    if info.flag_bits & 0x1:
        return "refused: encrypted archive member (needs a password); unpack it and put the files in the raw folder"
    if info.file_size > max(info.compress_size * P.MAX_COMPRESSION_RATIO, P.ARCHIVE_RATIO_SLACK):
        return (f"refused: member expands from {info.compress_size:,} to {info.file_size:,} bytes, more than "
                f"{P.MAX_COMPRESSION_RATIO} times (a zip bomb?)")
    return None


def _skipped_part(member: str) -> str | None:
    for part in PurePosixPath(member).parts:
        if part in P.ARCHIVE_METADATA_DIRS:
            return "operating-system metadata in the archive"
        if reason := skip_reason(part):
            return reason
    return None


def _zip_entries(source, name: str, depth: int, budget: _Budget) -> Iterator[Entry | Reject | Note]:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        yield Reject(name, None, f"not a readable zip archive: {exc}")
        return
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        budget.members += len(infos)
        if budget.members > P.MAX_ARCHIVE_MEMBERS:
            yield Reject(name, None, f"refused: the archive holds more than {P.MAX_ARCHIVE_MEMBERS:,} files")
            return
        declared = sum(i.file_size for i in infos)
        if declared > budget.remaining:
            yield Reject(name, None, f"refused: the archive would expand to {_mb(declared)} (limit {_mb(P.MAX_ARCHIVE_TOTAL_BYTES)})")
            return
        if not infos:
            yield Reject(name, None, "empty archive: no files inside")
            return
        for info in infos:
            member = f"{name}/{info.filename.replace(chr(92), '/')}"
            if problem := _member_problem(info):
                yield Reject(member, None, problem)
                continue
            if reason := _skipped_part(info.filename):
                yield Note(member, None, "skipped", f"not an input: {reason}")
                continue
            yield from _member_entries(archive, info, member, depth, budget)


def _member_entries(archive: zipfile.ZipFile, info: zipfile.ZipInfo, member: str, depth: int, budget: _Budget) -> Iterator[Entry | Reject | Note]:
    suffix = PurePosixPath(info.filename).suffix.lower()
    limit = _ratio_limit(info.compress_size, budget)

    def open_member() -> BinaryIO:
        try:
            raw = archive.open(info)
        except (*_ARCHIVE_ERRORS, RuntimeError) as exc:
            raise InputError(f"corrupt archive: {member} cannot be opened ({exc})") from exc
        return io.BufferedReader(_LimitedReader(raw, limit, member, budget), _READ_BLOCK)

    if suffix not in ARCHIVE_SUFFIXES:
        yield Entry(member, suffix, info.file_size, open_member)
        return
    if depth >= P.MAX_ARCHIVE_DEPTH:
        yield Reject(member, None, f"refused: an archive nested more than {P.MAX_ARCHIVE_DEPTH} level deep; unpack it")
        return
    try:
        with open_member() as stream:
            data = stream.read(P.MAX_MEMBER_BYTES + 1)
    except InputError as exc:
        yield Reject(member, None, str(exc))
        return
    if len(data) > P.MAX_MEMBER_BYTES:
        yield Reject(member, None, f"refused: nested archive larger than {_mb(P.MAX_MEMBER_BYTES)}")
        return
    if suffix == ".zip":
        yield from _zip_entries(io.BytesIO(data), member, depth + 1, budget)
    else:
        yield from _gz_entries(lambda: io.BytesIO(data), len(data), member, depth + 1, budget)


def check_zip_container(data: bytes, what: str) -> None:
    """Refuse a zip-based document (DOCX) that is a zip bomb or holds unsafe names, before
    a library opens it: raise :class:`InputError` with the reason."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InputError(f"not a readable zip container: {what} is damaged ({exc})") from exc
    if len(infos) > P.MAX_ARCHIVE_MEMBERS:
        raise InputError(f"refused: {what} holds more than {P.MAX_ARCHIVE_MEMBERS:,} parts")
    for info in infos:
        if problem := _member_problem(info):
            raise InputError(f"{problem} (in {what})")
    if (total := sum(i.file_size for i in infos)) > P.MAX_MEMBER_BYTES:
        raise InputError(f"refused: {what} would expand to {_mb(total)} (limit {_mb(P.MAX_MEMBER_BYTES)})")
