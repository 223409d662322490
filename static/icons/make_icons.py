#!/usr/bin/env python3
"""Draws Hamdel's icons (two overlapping circles, "of one heart") as PNG files.

Standard library only (zlib + struct). Run once from this folder; the PNGs are committed:

    python3 make_icons.py

Colours come from style/tokens.css: --accent (light) for the ground, --bg (light) and the dark
theme's --accent for the circles. Edges are anti-aliased from each pixel's distance to the shape.
"""

import math
import struct
import zlib

GROUND = (0x0B, 0x6B, 0x5A)  # --accent, light theme
LEFT = (0xF7, 0xF7, 0xF4)  # --bg, light theme
RIGHT = (0x5C, 0xC7, 0xAD)  # --accent, dark theme

# In units of the icon's side. The circles stay inside the maskable safe zone (a circle of
# radius 0.4 around the centre): their farthest point is 0.11 + 0.22 = 0.33 from it.
RADIUS = 0.22
OFFSET = 0.11
LEFT_ALPHA = 0.92
RIGHT_ALPHA = 0.78
CORNER = 0.2  # corner radius of the "any" icon's rounded square


def coverage(distance_inside):
    """Fraction of a pixel covered, from the signed distance (pixels, > 0 inside) to an edge."""
    return max(0.0, min(1.0, distance_inside + 0.5))


def over(dst, src, alpha):
    """`src` at `alpha` over `dst` (both opaque RGB as floats)."""
    return tuple(s * alpha + d * (1 - alpha) for s, d in zip(src, dst))


def rounded_square_inside(x, y, size, corner):
    """Signed distance (pixels, > 0 inside) to a square of side `size` with round corners."""
    half = size / 2
    r = corner * size
    qx = abs(x - half) - (half - r)
    qy = abs(y - half) - (half - r)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0)) + min(max(qx, qy), 0.0) - r
    return -outside


def draw(size, maskable):
    rows = []
    c = size / 2
    r = RADIUS * size
    lx, rx = c - OFFSET * size, c + OFFSET * size
    for py in range(size):
        row = bytearray([0])  # filter type 0 (none)
        y = py + 0.5
        for px in range(size):
            x = px + 0.5
            colour = tuple(float(v) for v in GROUND)
            a = coverage(r - math.hypot(x - lx, y - c))
            colour = over(colour, LEFT, a * LEFT_ALPHA)
            b = coverage(r - math.hypot(x - rx, y - c))
            colour = over(colour, RIGHT, b * RIGHT_ALPHA)
            alpha = 1.0 if maskable else coverage(rounded_square_inside(x, y, size, CORNER))
            row.extend(round(v) for v in colour)
            row.append(round(alpha * 255))
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
        # iOS draws its own rounded corners and shows transparency as black: full bleed.
        ("apple-touch-icon-180.png", 180, True),
        ("favicon-32.png", 32, False),
    ]:
        with open(name, "wb") as f:
            f.write(draw(size, maskable))
        print(name)
