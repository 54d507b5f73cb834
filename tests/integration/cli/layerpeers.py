#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peers' side of layers.sh: GNU tar's and docker's listings, normalized the way
berthctl files -l prints (no "./", no trailing '/', single spaces, hard links as "link to")."""
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile

# What a container's runtime adds to an exported filesystem, not the image's.
RUNTIME = {".dockerenv", "dev", "proc", "sys", "etc", "etc/hostname", "etc/hosts",
           "etc/resolv.conf", "etc/mtab"}


def strip(name):
    while name.startswith("./"):
        name = name[2:]
    return name.rstrip("/")


def normalize_tar(lines):
    out = []
    for line in lines:
        line = line.rstrip("\n")
        mode, owner, size, day, time, rest = line.split(None, 5)
        link = ""
        if mode.startswith("l") and " -> " in rest:
            rest, link = rest.split(" -> ", 1)
            link = " -> " + link
        elif mode.startswith("h") and " link to " in rest:
            rest, link = rest.split(" link to ", 1)
            link = " link to " + strip(link)
        name = strip(rest)
        if not name or name == ".":
            continue
        out.append(f"{mode} {owner} {size} {day} {time} {name}{link}")
    return out


def parse(line):
    mode, owner, size, day, time, rest = line.split(" ", 5)
    link = ""
    for marker in (" -> ", " link to "):
        if marker in rest:
            rest, link = rest.split(marker, 1)
    return rest, {"mode": mode, "owner": owner, "size": int(size), "link": link}


def comparable(path):
    """name -> (kind, mode bits, owner, size, link); a hard link becomes its file."""
    entries = dict(parse(line.rstrip("\n")) for line in open(path, encoding="utf-8"))
    out = {}
    for name, e in entries.items():
        if name in RUNTIME or name.split("/")[0] in ("dev", "proc", "sys"):
            continue
        mode, size, link = e["mode"], e["size"], e["link"]
        if mode.startswith("h"):
            target = entries[link]
            mode, size, link = "-" + mode[1:], target["size"], ""
        out[name] = (mode, e["owner"], size, link)
    return out


def opaque_layer(path):
    """A layer the private dockerd's vfs driver never writes: an opaque directory (and a
    whiteout beside it), as overlay2 writes them."""
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        def add(name, kind, data=b""):
            info = tarfile.TarInfo(name)
            info.type, info.mtime, info.size = kind, 1, len(data)
            info.mode = 0o755 if kind == tarfile.DIRTYPE else 0o644
            tar.addfile(info, io.BytesIO(data))
        add("opq", tarfile.DIRTYPE)
        add("opq/.wh..wh..opq", tarfile.REGTYPE)
        add("opq/fresh", tarfile.REGTYPE, b"fresh\n")
        add("data/.wh.mode.txt", tarfile.REGTYPE)


def add_layer(folder, tag):
    """docker save's folder with one more layer on top, as image TAG."""
    manifest = json.load(open(os.path.join(folder, "manifest.json")))
    image = manifest[0]
    config = json.load(open(os.path.join(folder, image["Config"])))
    opaque_layer(os.path.join(folder, "extra.tar"))
    data = open(os.path.join(folder, "extra.tar"), "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    os.makedirs(os.path.join(folder, digest), exist_ok=True)
    shutil.move(os.path.join(folder, "extra.tar"), os.path.join(folder, digest, "layer.tar"))
    config["rootfs"]["diff_ids"].append("sha256:" + digest)
    config["history"].append({"created_by": "berth test: an opaque directory"})
    raw = json.dumps(config).encode()
    config_name = hashlib.sha256(raw).hexdigest() + ".json"
    open(os.path.join(folder, config_name), "wb").write(raw)
    image.update({"Config": config_name, "RepoTags": [tag]})
    image["Layers"].append(digest + "/layer.tar")
    json.dump(manifest, open(os.path.join(folder, "manifest.json"), "w"))
    if os.path.exists(os.path.join(folder, "repositories")):
        os.remove(os.path.join(folder, "repositories"))


def main():
    what = sys.argv[1]
    if what == "normalize-tar":
        print("\n".join(normalize_tar(sys.stdin)))
    elif what == "add-layer":
        add_layer(sys.argv[2], sys.argv[3])
    elif what == "manifest-layers":
        print("\n".join(json.load(open(sys.argv[2]))[0]["Layers"]))
    elif what == "layer-sizes":
        folder = sys.argv[2]
        layers = json.load(open(os.path.join(folder, "manifest.json")))[0]["Layers"]
        print(json.dumps([os.path.getsize(os.path.join(folder, l)) for l in layers],
                         separators=(",", ":")))
    elif what == "same-filesystem":
        exported, berth = comparable(sys.argv[2]), comparable(sys.argv[3])
        if exported == berth:
            return 0
        for name in sorted(set(exported) | set(berth)):
            if exported.get(name) != berth.get(name):
                print(f"{name}: export {exported.get(name)} berth {berth.get(name)}",
                      file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
