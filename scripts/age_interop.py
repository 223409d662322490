#!/usr/bin/env python3
"""Independent age implementations for Hamdel's interoperability tests.

Run by the end-to-end tests with the virtual environment `cargo xtask test` makes in
`.tools/py` (PyPI `pyrage` and `jsonschema`) and Debian's `age` command:

  age_interop.py decrypt FILE PASSPHRASE        pyrage (rage) opens a passphrase file; prints it
  age_interop.py validate JSON SCHEMA           checks a JSON document against a JSON Schema
  age_interop.py encrypt IN OUT PASSPHRASE      Debian `age -p` (Go) encrypts IN to OUT
  age_interop.py open FILE SECRET_KEY           pyrage opens a file encrypted to an X25519 key

`age -p` reads the passphrase from a terminal only, so it runs here on a pseudo-terminal.
"""
import json
import os
import pty
import sys
import time


def decrypt(path, passphrase):
    import pyrage

    with open(path, "rb") as f:
        data = f.read()
    sys.stdout.buffer.write(pyrage.passphrase.decrypt(data, passphrase))


def open_with_key(path, secret):
    import pyrage

    with open(path, "rb") as f:
        data = f.read()
    identity = pyrage.x25519.Identity.from_str(secret)
    sys.stdout.buffer.write(pyrage.decrypt(data, [identity]))


def validate(doc_path, schema_path):
    import jsonschema

    with open(doc_path, encoding="utf-8") as f:
        doc = json.load(f)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.validate(doc, schema)
    print("valid")


def encrypt(src, out, passphrase):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("age", ["age", "--passphrase", "--output", out, src])
    prompts = 0
    buf = b""
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
        # "Enter passphrase (leave empty to autogenerate a secure one):" then "Confirm passphrase:"
        while prompts < 2 and buf.count(b"passphrase") > prompts:
            os.write(fd, passphrase.encode("utf-8") + b"\r")
            prompts += 1
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not os.path.exists(out):
        sys.exit("age failed: " + buf.decode("utf-8", "replace"))


def main():
    cmd, *args = sys.argv[1:]
    {"decrypt": decrypt, "validate": validate, "encrypt": encrypt, "open": open_with_key}[cmd](*args)


if __name__ == "__main__":
    main()
