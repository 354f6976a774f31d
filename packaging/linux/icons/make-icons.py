#!/usr/bin/env python3
"""Writes the app and file-type icons: one SVG each and PNGs at the hicolor sizes.

The icons are rectangles only (a rack with three servers and cables), so the PNGs are painted
here from the same shapes as the SVGs, without an SVG renderer (none is in Debian's build
essentials). Run it after changing a shape: packaging/linux/icons/make-icons.py
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = [16, 24, 32, 48, 64, 128, 256]

# (x, y, w, h, rgb) on a 64 x 64 canvas, painted in order.
APP = [
    (10, 4, 44, 56, (0x26, 0x32, 0x38)),    # rack frame
    (14, 8, 36, 10, (0x54, 0x6E, 0x7A)),    # server 1
    (14, 21, 36, 10, (0x54, 0x6E, 0x7A)),   # server 2
    (14, 34, 36, 10, (0x54, 0x6E, 0x7A)),   # server 3
    (16, 11, 4, 4, (0x66, 0xBB, 0x6A)),     # status lights
    (16, 24, 4, 4, (0x66, 0xBB, 0x6A)),
    (16, 37, 4, 4, (0x66, 0xBB, 0x6A)),
    (40, 12, 12, 3, (0xFF, 0xA7, 0x26)),    # cables leaving the servers
    (40, 25, 12, 3, (0x29, 0xB6, 0xF6)),
    (40, 38, 12, 3, (0xAB, 0x47, 0xBC)),
    (49, 12, 3, 44, (0xFF, 0xA7, 0x26)),    # cable run down the side
    (14, 48, 36, 8, (0x37, 0x47, 0x4F)),    # PDU
]
# The file type: a page with a folded corner band and a small rack.
MIME = [
    (12, 4, 40, 56, (0xEC, 0xEF, 0xF1)),    # page
    (12, 4, 40, 8, (0x29, 0xB6, 0xF6)),     # header band
    (22, 18, 20, 36, (0x26, 0x32, 0x38)),   # rack
    (25, 21, 14, 6, (0x54, 0x6E, 0x7A)),
    (25, 29, 14, 6, (0x54, 0x6E, 0x7A)),
    (25, 37, 14, 6, (0x54, 0x6E, 0x7A)),
    (39, 23, 8, 2, (0xFF, 0xA7, 0x26)),
]


def svg(shapes):
    rects = "\n".join(f'  <rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#{r:02x}{g:02x}{b:02x}"/>'
                      for x, y, w, h, (r, g, b) in shapes)
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">\n{rects}\n</svg>\n'


def png(shapes, size):
    # 4 x 4 supersampling per pixel: edges are anti-aliased as an SVG renderer would.
    ss = 4
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    x = (px + (sx + 0.5) / ss) * 64 / size
                    y = (py + (sy + 0.5) / ss) * 64 / size
                    colour = None
                    for rx, ry, rw, rh, rgb in shapes:
                        if rx <= x < rx + rw and ry <= y < ry + rh:
                            colour = rgb
                    if colour:
                        acc[0] += colour[0]; acc[1] += colour[1]; acc[2] += colour[2]; acc[3] += 255
            n = ss * ss
            alpha = acc[3] // n
            if alpha:
                covered = acc[3] // 255
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered, alpha])
            else:
                row += bytes(4)
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def main():
    for name, shapes in (("org.rackweave.Rackweave", APP), ("application-x-rackweave", MIME)):
        with open(os.path.join(HERE, name + ".svg"), "w") as f:
            f.write(svg(shapes))
        for size in SIZES:
            os.makedirs(os.path.join(HERE, str(size)), exist_ok=True)
            with open(os.path.join(HERE, str(size), name + ".png"), "wb") as f:
                f.write(png(shapes, size))


if __name__ == "__main__":
    main()
