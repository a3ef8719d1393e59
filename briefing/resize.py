"""An image file's bytes → the same picture at a few widths, ready for the web (Pillow).

Each file is checked from its header before anything is decoded, so a file that is not an image,
or a small file that would decode to gigapixels (a "decompression bomb"), is a clear message and
never a traceback or an exhausted memory. Then the picture is turned upright by its EXIF
orientation, resized to the `WIDTHS` narrower than itself (never enlarged), and saved in its own
format with fixed encoder settings and no metadata (EXIF, XMP, comments: a camera's GPS position
included), so the same input gives byte-identical files. The ICC colour profile is kept: without
it a wide-gamut photo's colours shift.

Resizing is the slow part of a build with pictures, so the results are kept in `.cache/images/`
(`ImageCache`), keyed by the source's bytes and every setting here that shapes the output.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image, ImageOps

log = logging.getLogger(__name__)

WIDTHS = (480, 800, 1200, 1600)  # the brief's column is about 740 CSS pixels wide at most
MAX_PIXELS = 50_000_000  # a 45-megapixel camera's photo fits; a bigger picture is refused
MAX_BYTES = 50_000_000
# Pillow's name of each format read → what it is written as; "MPO" is a camera JPEG with a preview inside.
FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
SAVE_OPTIONS: dict[str, dict] = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True, "subsampling": "4:2:0"},
    "PNG": {"compress_level": 6},
    "WEBP": {"quality": 80, "method": 4},
}
MODES = {"JPEG": ("L", "RGB", "CMYK"), "PNG": ("L", "LA", "RGB", "RGBA"), "WEBP": ("RGB", "RGBA")}
ORIENTATION = 0x0112  # the EXIF tag; values 5 to 8 turn the picture a quarter
RESIZE_VERSION = 2  # raise when a change here changes the output: the cache then starts afresh


class ImageProblem(Exception):
    """What is wrong with an image file ("is a GIF file") and what to do; images.py adds which
    image, and the brief's file and line."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


@dataclass(frozen=True)
class Resized:
    """A picture at each of its widths, narrowest first."""

    format: str  # "JPEG", "PNG" or "WEBP"
    sizes: tuple[tuple[int, int], ...]  # (width, height) of each
    files: tuple[bytes, ...]

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]


def target_widths(width: int) -> list[int]:
    """The `WIDTHS` narrower than the picture, then its own width, or the widest of `WIDTHS` if
    it is wider: a picture is never enlarged."""
    widest = min(width, WIDTHS[-1])
    return [w for w in WIDTHS if w < widest] + [widest]


def resize(data: bytes) -> Resized:
    """The picture in `data` at its widths; `ImageProblem` if it cannot or may not be made."""
    image = _open(data)
    with image:
        width, height = image.size
        quarter_turn = image.getexif().get(ORIENTATION) in (5, 6, 7, 8)
        if quarter_turn:
            width, height = height, width
        widths = target_widths(width)
        if image.format in ("JPEG", "MPO"):  # decode at 1/2, 1/4 or 1/8 scale when that is still enough
            needed = (widths[-1], max(1, round(height * widths[-1] / width)))
            image.draft(image.mode, needed[::-1] if quarter_turn else needed)
        try:
            image.load()
            upright = ImageOps.exif_transpose(image)
        except Exception as err:  # Pillow's decoders raise many kinds of error for a damaged file
            raise ImageProblem(f"is damaged or cut short ({err})", "export or download it again") from None
        kind = FORMATS[str(image.format)]
        return _renditions(_web_mode(upright, kind), kind, widths, width, height)


def read_at_most(path: Path, limit: int) -> bytes:
    """The file's bytes, unless it has more than `limit` (a stray video need not be read whole)."""
    with open(path, "rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise ImageProblem(
            f"is {path.stat().st_size:,} bytes, more than the {limit:,} an image may have",
            "save it smaller (a web picture needs at most 1600 pixels across)",
        )
    return data


def _open(data: bytes) -> Image.Image:
    """The image, its header read but nothing decoded yet; refused if not a picture we can use."""
    too_big = f"at most {MAX_PIXELS // 1_000_000} megapixels"
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageProblem(
                f"has more pixels than the {MAX_PIXELS // 1_000_000} megapixels an image may have",
                f"resize it to {too_big} (e.g. 8000×6000) before adding it",
            ) from None
        except Exception:  # not an image, or one whose header Pillow cannot make sense of
            raise ImageProblem("is not an image file Briefing can read", "use a JPEG, PNG or WebP image") from None
    if image.format not in FORMATS:
        image.close()
        raise ImageProblem(f"is a {image.format} file", "convert it to JPEG, PNG or WebP")
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageProblem(
            f"is {width}×{height} pixels ({width * height / 1e6:,.1f} megapixels), more than the "
            f"{MAX_PIXELS // 1_000_000} megapixels an image may have",
            f"resize it to {too_big} (e.g. 8000×6000) before adding it",
        )
    return image


def _web_mode(image: Image.Image, kind: str) -> Image.Image:
    """The picture in a mode its format saves and resizing keeps smooth (a palette is not resized
    well); transparency kept where the format has it."""
    if image.mode in MODES[kind] and "transparency" not in image.info:
        return image
    transparent = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info
    return image.convert("RGBA" if transparent and kind != "JPEG" else "RGB")


def _renditions(image: Image.Image, kind: str, widths: list[int], width: int, height: int) -> Resized:
    """Widest first, each width made from the one before: three times faster than each from the
    whole picture, and Lanczos from a picture at least 1.3 times as wide loses nothing visible."""
    extra = {"icc_profile": image.info["icc_profile"]} if image.info.get("icc_profile") else {}
    made: list[tuple[tuple[int, int], bytes]] = []
    for target in sorted(widths, reverse=True):
        size = (target, max(1, round(height * target / width)))
        image = image.resize(size, Image.Resampling.LANCZOS) if size != image.size else image.copy()
        image.info = {}  # no metadata rides along into the file
        out = io.BytesIO()
        image.save(out, kind, **SAVE_OPTIONS[kind], **extra)
        made.append((size, out.getvalue()))
    made.reverse()
    return Resized(kind, tuple(size for size, _ in made), tuple(data for _, data in made))


# --- the cache ------------------------------------------------------------------------------

SETTINGS_KEY = json.dumps([RESIZE_VERSION, PIL.__version__, WIDTHS, MAX_PIXELS, SAVE_OPTIONS], sort_keys=True)


def cache_key(data: bytes) -> str:
    """What a picture's renditions depend on: the source's bytes and the settings above."""
    return hashlib.sha256(SETTINGS_KEY.encode() + b"\0" + data).hexdigest()


class ImageCache:
    """Resized pictures by `cache_key`: in `remembered` (the preview keeps it between builds),
    then on disk in `folder` (`<key>.json` and one file per width). An entry that is unreadable
    or not ours is made again."""

    def __init__(self, folder: Path | None, remembered: dict[str, Resized] | None = None) -> None:
        self.folder = folder
        self.remembered = remembered if remembered is not None else {}
        self.used: set[str] = set()

    def get_or_make(self, data: bytes) -> Resized:
        key = cache_key(data)
        self.used.add(key)
        found = self.remembered.get(key) or self._read(key)
        if found is None:
            found = resize(data)
            try:
                self._write(key, found)
            except OSError as err:  # a full disk or a read-only cache: the build goes on without it
                log.warning("%s: could not keep a resized image in the cache (%s)", self.folder, err)
        self.remembered[key] = found
        return found

    def forget_unused(self) -> None:
        """Keep in memory only what this build used."""
        for key in set(self.remembered) - self.used:
            del self.remembered[key]

    def _read(self, key: str) -> Resized | None:
        if self.folder is None:
            return None
        try:
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            kind, sizes = meta["format"], tuple((int(w), int(h)) for w, h in meta["sizes"])
            files = tuple((self.folder / f"{key}-{w}.{EXTENSIONS[kind]}").read_bytes() for w, _ in sizes)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return Resized(kind, sizes, files) if sizes else None

    def _write(self, key: str, made: Resized) -> None:
        """The files first, the JSON last: an entry with its JSON is whole. Each by a rename, so a
        build reading it at the same moment sees all of a file or none."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for (width, _), data in zip(made.sizes, made.files, strict=True):
            _write_atomically(self.folder / f"{key}-{width}.{made.extension}", data)
        meta = {"format": made.format, "sizes": [list(size) for size in made.sizes]}
        _write_atomically(self.folder / f"{key}.json", json.dumps(meta).encode())


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
