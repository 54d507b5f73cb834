# SPDX-License-Identifier: GPL-3.0-or-later
"""What the stand-ins keep between requests: a JSON file, read whole and replaced atomically."""

import json
import os


def read_json(path, default):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_json(path, value):
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(value, f)
    os.replace(path + ".tmp", path)
