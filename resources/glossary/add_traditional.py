"""Add Traditional Chinese renderings ("zt") to legal_en_zh.json, converted with OpenCC.

    pip install --target /tmp/opencc opencc==1.4.2
    PYTHONPATH=/tmp/opencc python resources/glossary/add_traditional.py

shared/domain.md gives Simplified renderings only. OpenCC's s2tw converts characters (Taiwan
standard forms: 偽, not 僞) without swapping regional vocabulary (s2twp would turn 信息 into 資訊),
so each Traditional rendering is the same term as the vetted Simplified one, written in the other
script. It is marked "zt_source": "OpenCC s2tw" and still needs a translator's review like every
other rendering. OpenCC is only needed to run this script, not by ReadFirst.

An entry whose "zt" was set by hand (its "zt_source" is not the converter) is left alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc  # type: ignore[import-not-found]

GLOSSARY = Path(__file__).with_name("legal_en_zh.json")
CONVERTER = "OpenCC s2tw"


def main() -> None:
    data = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    s2tw = opencc.OpenCC("s2tw")
    data["sources"][CONVERTER] = (
        f"Traditional renderings converted from the Simplified ones with OpenCC "
        f"{getattr(opencc, '__version__', '')} s2tw (characters only, no regional vocabulary "
        "substitution); need a translator's review"
    )
    terms = []
    for term in data["terms"]:
        if term.get("zt") and term.get("zt_source") != CONVERTER:
            terms.append(term)
            continue
        out: dict[str, object] = {}
        for key, value in term.items():
            if key in ("zt", "zt_alternates", "zt_source"):
                continue
            out[key] = value
            if key == "zh":
                out["zt"] = s2tw.convert(value)
                out["zt_source"] = CONVERTER
            if key == "alternates":
                out["zt_alternates"] = [s2tw.convert(a) for a in value]
        terms.append(out)
    data["terms"] = terms
    GLOSSARY.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
