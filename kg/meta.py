"""What ctkg keeps beside a store's database (``ctkg.json``): the store format version,
checked on open, and the last build."""
from __future__ import annotations

import json
import os
from pathlib import Path

from .errors import StoreError
from .output import damaged_sidecar

FORMAT_VERSION = 3  # 1: per-article graphs only, queried as their union; 2: and the merged graph;
#                    3: the evidence in the default graph only (kg.layout)


def read_meta(path: Path) -> dict:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"format": 1}  # a database with no ctkg.json beside it: the first layout
    except (OSError, ValueError) as exc:
        meta = damaged_sidecar(path, exc)
    if not isinstance(meta, dict) or not isinstance(meta.get("last_build", {}), dict):
        meta = damaged_sidecar(path, "not the JSON object ctkg writes")
    return meta or {"format": FORMAT_VERSION}  # damaged: said once, started afresh


def check_format(store: Path, meta: dict) -> None:
    """A store of another layout is refused in one line that says what to do."""
    found = meta.get("format")
    if found == FORMAT_VERSION:
        return
    if isinstance(found, int) and found < FORMAT_VERSION:
        raise StoreError(f"{store}: store format {found} is older than this ctkg's ({FORMAT_VERSION}); "
                         f"run `kg migrate --store {store}`, or build again into a new store")
    raise StoreError(f"{store}: store format {found!r} is not one this ctkg reads ({FORMAT_VERSION}); "
                     "build again into a new store")


def write_meta(path: Path, meta: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
