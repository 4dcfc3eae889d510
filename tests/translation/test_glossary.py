"""The legal glossary on real form text: terms found, sources kept, organisation overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from document.errors import InputUnreadable
from document.model import Document
from translation import load_glossary, set_override
from translation.glossary import GLOSSARY_FILE, OVERRIDE_FILE


def test_every_term_has_chinese_and_a_source() -> None:
    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    assert data["version"]
    assert "review" in data
    for term in data["terms"]:
        assert term["en"] and term["zh"], term
        assert term["source"], f"{term['en']} has no source"
        for source in term["source"].replace(";", ",").split(","):
            assert source.strip() in data["sources"], f"unknown source {source!r}"


def test_terms_found_in_the_i765_form(i765: Document) -> None:
    glossary = load_glossary()
    found = {(h.en, h.matched, h.zh) for s in i765.segments() for h in glossary.find(s.text)}
    assert ("DHS", "Department of Homeland Security", "国土安全部") in found
    assert ("A-number", "Alien Registration Number", "A号码") in found
    assert ("A-number", "A-Number", "A号码") in found
    assert ("signature", "Signature", "签名") in found
    assert ("penalty of perjury", "penalty of perjury", "伪证罪处罚") in found


def test_conflicting_terms_carry_their_note_and_forms() -> None:
    glossary = load_glossary()
    [hit] = glossary.find("The judge issued a removal order.")
    assert (hit.zh, hit.conflict) == ("驱逐令", True)
    assert "递解令" in hit.note
    [nta] = glossary.find("You were served a Notice to Appear.")
    assert nta.forms == ("I-862",)
    assert nta.label() == "Notice to Appear, I-862"


def test_longest_match_plurals_line_breaks_and_acronym_case() -> None:
    glossary = load_glossary()
    hits = glossary.find("Under the Convention Against Torture, torture claims need attorneys.")
    assert [h.en for h in hits] == ["Convention Against Torture", "torture", "attorney"]
    assert hits[2].matched == "attorneys"
    [nta] = glossary.find("a Notice to\nAppear was served")
    assert nta.en == "Notice to Appear"
    # "ice" on the road is not the agency; "ICE" is.
    assert glossary.find("There was ice on the road.") == []
    assert [h.zh for h in glossary.find("ICE detained him.")] == ["移民和海关执法局"]
    # Parts of words are not terms.
    assert glossary.find("The appealing design; a hearingaid.") == []


def test_organisation_override_wins_and_changes_the_version(data_dir: Path) -> None:
    base = load_glossary(data_dir)
    set_override(data_dir, "removal order", "递解令", "Legal Aid Example", note="our usage")
    over = load_glossary(data_dir)
    assert over.version != base.version
    assert over.version.startswith(base.version)
    [hit] = over.find("A removal order was entered.")
    assert hit.zh == "递解令"
    assert hit.overridden_by == "Legal Aid Example"
    assert hit.note == "our usage"
    # What the organisation did not give is kept from the bundled entry.
    assert hit.conflict is True
    # A term the bundled glossary lacks can be added.
    set_override(data_dir, "credible fear", "可信的恐惧", "Legal Aid Example")
    added = load_glossary(data_dir).find("a credible fear screening")
    assert [h.zh for h in added] == ["可信的恐惧"]
    # The bundled data itself is never changed.
    assert load_glossary().find("A removal order")[0].zh == "驱逐令"


def test_a_broken_override_file_says_which_file(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / OVERRIDE_FILE).write_text('{"terms": [{"en": "x"}]}', encoding="utf-8")
    with pytest.raises(InputUnreadable, match=r"glossary-override.json.*\"zh\""):
        load_glossary(data_dir)
    (data_dir / OVERRIDE_FILE).write_text("{oops", encoding="utf-8")
    with pytest.raises(InputUnreadable, match="not valid JSON"):
        load_glossary(data_dir)
