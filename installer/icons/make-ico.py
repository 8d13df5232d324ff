#!/usr/bin/env python3
"""Writes installer/icons/entente.ico (Windows) from the rendered PNGs: an ICO whose entries are PNGs,
as Windows Vista and later read them. Run after installer/icons/render."""
import os
import struct

here = os.path.dirname(os.path.abspath(__file__))
sizes = [16, 24, 32, 48, 64, 128, 256]
pngs = [open(os.path.join(here, f"entente-{s}.png"), "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for size, png in zip(sizes, pngs):
    dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
with open(os.path.join(here, "entente.ico"), "wb") as f:
    f.write(header + entries + b"".join(pngs))
print("wrote entente.ico with", len(sizes), "sizes")
