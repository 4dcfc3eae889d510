import pytest

from document.model import Document, Page, Segment, Source, segment_id


def _doc(*texts: str) -> Document:
    segs = tuple(Segment(segment_id(1, i + 1), t, (0, 0, 10, 10)) for i, t in enumerate(texts))
    return Document(Source("x.pdf", "0" * 64), (Page(1, 612, 792, "text", segs),))


def test_json_round_trip_keeps_the_contract_shape() -> None:
    doc = _doc("Hello there.", "Sign here.")
    data = doc.to_json()
    assert set(data) == {"source", "pages"}
    assert set(data["source"]) == {"path", "sha256"}
    seg = data["pages"][0]["segments"][0]
    assert set(seg) == {"id", "text", "bbox", "confidence"}
    assert seg["id"] == "p1.s1"
    assert Document.from_json(data) == doc


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        (("You have the right to a hearing.",), "en"),
        (("您有权在移民法官面前参加听证会。",), "zh"),
        (("SAMPLE - NOT A REAL NOTICE", "权利告知书（样本）", "您可以自费聘请律师。"), "zh"),
        (("Form I-589, Application for Asylum and for Withholding of Removal (庇护),",), "en"),
    ],
)
def test_language_detection(texts: tuple[str, ...], lang: str) -> None:
    assert _doc(*texts).language == lang


def test_segment_lookup_and_page_number() -> None:
    doc = _doc("a.", "b.")
    assert doc.segment("p1.s2").text == "b."
    assert doc.segment("p1.s2").page_number == 1
    with pytest.raises(KeyError):
        doc.segment("p2.s1")


def test_word_boxes_are_left_out_of_the_json_contract_unless_asked_for() -> None:
    from document.model import WordBox

    seg = Segment(
        "p1.s1",
        "Sign here.",
        (10, 10, 60, 20),
        words=(WordBox(0, 4, (10, 10, 30, 20)), WordBox(5, 10, (35, 10, 60, 20))),
    )
    doc = Document(Source("x.pdf", "0" * 64), (Page(1, 612, 792, "text", (seg,)),))
    assert "words" not in doc.to_json()["pages"][0]["segments"][0]
    assert Document.from_json(doc.to_json()).pages[0].segments[0].words == ()
    data = doc.to_json(words=True)
    assert data["pages"][0]["segments"][0]["words"] == [
        [0, 4, [10, 10, 30, 20]],
        [5, 10, [35, 10, 60, 20]],
    ]
    assert Document.from_json(data) == doc
