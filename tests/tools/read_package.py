#!/usr/bin/python3
"""An independent reader of Casebook sync packages, written from
docs/package-format.md alone (with PyNaCl, Debian's python3-nacl).

    read_package.py PACKAGE PASSPHRASE_FILE

Prints the header and the payload as JSON: the test compares it with what the
program wrote. Exits 1 with a message on a file it cannot read."""
import hashlib
import json
import struct
import sys
import uuid

from nacl import bindings as sodium


class Refused(Exception):
    pass


def take(data, offset, count):
    if offset + count > len(data):
        raise Refused("ends too soon")
    return data[offset:offset + count], offset + count


def read_header(data):
    if data[:8] != b"STLSSYNC":
        raise Refused("not a package")
    if len(data) < 223:
        raise Refused("header cut short")
    if hashlib.blake2b(data[:191], digest_size=32).digest() != data[191:223]:
        raise Refused("header checksum")
    (version,) = struct.unpack_from("<H", data, 8)
    (schema,) = struct.unpack_from("<I", data, 10)
    algorithm = data[62]
    ops, mem = struct.unpack_from("<QQ", data, 63)
    if algorithm != 2:
        raise Refused("unknown key derivation")
    if not (1 <= ops <= 4 and 8192 <= mem <= 1 << 30):
        raise Refused("key derivation limits outside the caps")
    return {
        "format": version,
        "schema": schema,
        "group": str(uuid.UUID(bytes=data[14:30])),
        "sender": str(uuid.UUID(bytes=data[30:46])),
        "recipient": str(uuid.UUID(bytes=data[46:62])),
        "ops": ops,
        "mem": mem,
        "salt": data[79:95],
    }


def decrypt(data, header, passphrase):
    group_key = sodium.crypto_pwhash_alg(32, passphrase, header["salt"], header["ops"],
                                         header["mem"], sodium.crypto_pwhash_ALG_ARGON2ID13)
    try:
        file_key = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            data[143:191], data[:143], data[119:143], group_key)
    except Exception:
        raise Refused("wrong passphrase")
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, data[95:119], file_key)
    payload = bytearray()
    offset = 223
    while True:
        if offset + 4 > len(data):
            raise Refused("cut short")
        (length,) = struct.unpack_from("<I", data, offset)
        offset += 4
        if length < 17 or length > 65536 + 17 or offset + length > len(data):
            raise Refused("bad part length")
        chunk, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
            state, data[offset:offset + length], None)
        payload += chunk
        offset += length
        if tag == sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL:
            break
    if offset != len(data):
        raise Refused("bytes after the end")
    return bytes(payload)


class Payload:
    def __init__(self, data):
        self.data = data
        self.at = 0

    def number(self, code):
        size = struct.calcsize("<" + code)
        raw, self.at = take(self.data, self.at, size)
        return struct.unpack("<" + code, raw)[0]

    def uuid(self):
        raw, self.at = take(self.data, self.at, 16)
        return str(uuid.UUID(bytes=raw))

    def bytes(self):
        length = self.number("I")
        raw, self.at = take(self.data, self.at, length)
        return raw


def read_payload(data):
    p = Payload(data)
    if p.data[:4] != b"CBPL":
        raise Refused("not a payload")
    p.at = 4
    if p.number("I") != 2:
        raise Refused("payload format")
    installations = [p.uuid() for _ in range(p.number("I"))]

    def who():
        index = p.number("H")
        return None if index == 0xFFFF else installations[index]

    def versions():
        return [[p.number("Q"), who()] for _ in range(p.number("I"))]

    def value():
        kind = p.number("B")
        if kind == 0:
            return None
        if kind == 1:
            return p.number("q")
        if kind == 2:
            return struct.unpack("<d", struct.pack("<Q", p.number("Q")))[0]
        if kind == 3:
            return p.bytes().decode("utf-8")
        if kind == 4:
            return {"blob": p.bytes().hex()}
        raise Refused("value type")

    out = {"sender": who()}
    out["seen"] = {}
    for _ in range(p.number("I")):
        origin = who()
        out["seen"][origin] = p.number("Q")
    out["base"] = {}
    for _ in range(p.number("I")):
        origin = who()
        out["base"][origin] = p.number("Q")
    out["changes"] = []
    for _ in range(p.number("I")):
        change = {"table": p.number("H"), "row": p.uuid(),
                  "operation": ["insert", "update", "delete"][p.number("B")],
                  "stamp": p.number("Q"), "origin": who(), "parents": versions(), "fields": []}
        for _ in range(p.number("I")):
            field = {"field": p.number("H"), "parents": versions()}
            if p.number("B"):
                field["value"] = value()
            change["fields"].append(field)
        out["changes"].append(change)
    if p.at != len(data):
        raise Refused("bytes after the last change")
    return out


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    with open(sys.argv[2], "rb") as f:
        passphrase = f.read().split(b"\n")[0].rstrip(b"\r")
    try:
        header = read_header(data)
        content = read_payload(decrypt(data, header, passphrase))
    except Refused as refused:
        print(f"refused: {refused}", file=sys.stderr)
        return 1
    del header["salt"]
    print(json.dumps({"header": header, "payload": content}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
