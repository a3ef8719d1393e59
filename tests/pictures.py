"""Pictures made for the tests, with Pillow: nothing here comes from a real photograph."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PIL import Image


def halves(size: tuple[int, int], left=(200, 30, 30), right=(30, 60, 200)) -> Image.Image:
    """A picture whose left half and right half differ, to tell which way up it ended."""
    image = Image.new("RGB", size, right)
    image.paste(left, (0, 0, size[0] // 2, size[1]))
    return image


def save(image: Image.Image, path: Path, kind: str, **options) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, kind, **options)
    return path


def png_header_only(width: int, height: int) -> bytes:
    """A PNG file that claims `width`×`height` pixels in a few dozen bytes: a decompression bomb's shape."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )
