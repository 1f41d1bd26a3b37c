"""A raw zip builder for crafting archives that readers disagree about: every field of the
local headers and the central directory can be set on its own (tests only)."""

import struct
import zipfile
import zlib


def deflate(data, level=9):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()

def genuine_parts(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]

class M:
    def __init__(self, name, data, method=8, comp=None, **kw):
        self.name = name.encode() if isinstance(name, str) else name
        self.data = data
        self.method = method
        self.comp = comp if comp is not None else (deflate(data) if method == 8 else data)
        self.crc = zlib.crc32(data)
        self.size = len(data)
        self.csize = len(self.comp)
        self.flags = 0
        self.l = {}        # local header overrides: method, flags, crc, csize, size, name
        self.lextra = b""
        self.cextra = b""
        self.ccomment = b""
        self.cd = {}       # cd overrides
        self.__dict__.update(kw)

def build(members, comment=b"", cd_order=None, eocd_count=None, tail=b""):
    out = bytearray()
    for m in members:
        m.off = len(out)
        lo = m.l
        name = lo.get("name", m.name)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, lo.get("flags", m.flags),
                           lo.get("method", m.method), 0, 0x21, lo.get("crc", m.crc),
                           lo.get("csize", m.csize), lo.get("size", m.size), len(name),
                           len(m.lextra))
        out += name + m.lextra + m.comp
    cd_start = len(out)
    for m in (cd_order or members):
        c = m.cd
        name = c.get("name", m.name)
        out += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, c.get("flags", m.flags),
                           c.get("method", m.method), 0, 0x21, c.get("crc", m.crc),
                           c.get("csize", m.csize), c.get("size", m.size), len(name),
                           len(m.cextra), len(m.ccomment), 0, 0, 0, c.get("off", m.off))
        out += name + m.cextra + m.ccomment
    cd_size = len(out) - cd_start
    n = len(cd_order or members) if eocd_count is None else eocd_count
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, n, n, cd_size, cd_start, len(comment))
    out += comment + tail
    return bytes(out)

def forge_crc(data, target, positions):
    """Flip bit 1 (0x02) at some of ``positions`` so crc32(data) == target."""
    base = zlib.crc32(data)
    cols = []
    for p in positions:
        d = bytearray(data)
        d[p] ^= 0x02
        cols.append(zlib.crc32(bytes(d)) ^ base)
    want = base ^ target
    # gaussian elimination over GF(2): find subset of cols xoring to want
    basis = {}  # pivot bit -> (vec, mask)
    for i, v in enumerate(cols):
        mask = 1 << i
        for b in range(31, -1, -1):
            if not (v >> b) & 1:
                continue
            if b in basis:
                v ^= basis[b][0]
                mask ^= basis[b][1]
            else:
                basis[b] = (v, mask)
                break
    v, mask = want, 0
    for b in range(31, -1, -1):
        if (v >> b) & 1:
            if b not in basis:
                raise ValueError("rank")
            v ^= basis[b][0]
            mask ^= basis[b][1]
    d = bytearray(data)
    for i, p in enumerate(positions):
        if (mask >> i) & 1:
            d[p] ^= 0x02
    assert zlib.crc32(bytes(d)) == target
    return bytes(d)
