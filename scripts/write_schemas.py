"""Write data/schemas/*.schema.json from the schemas in zerodx_desktop.core.framework_schema.

Run after changing a schema; tests/unit/test_framework.py fails while the files differ.
"""

from __future__ import annotations

import json
from pathlib import Path

from zerodx_desktop.core.framework_schema import FRAMEWORK_SCHEMA, NOMINEE_SCHEMA

ROOT = Path(__file__).resolve().parent.parent


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    out = ROOT / "data" / "schemas"
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in (("framework", FRAMEWORK_SCHEMA), ("nominee", NOMINEE_SCHEMA)):
        (out / f"{name}.schema.json").write_text(render(schema), encoding="utf-8")
        print(f"wrote {out / f'{name}.schema.json'}")


if __name__ == "__main__":
    main()
