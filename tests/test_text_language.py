"""Language detection: English is analysed in full, a text the stages cannot read says so."""

from __future__ import annotations

import json

from newsaudit.batch import BatchItem, process_item, run_batch
from newsaudit.cli import main
from newsaudit.extractors.text_language import detect_language, language_name
from newsaudit.pipeline import analyze

ENGLISH = (
    "Council approves water deal\n\n"
    "The Riverton council voted 5-2 on Monday to sell the city's water utility, officials said.\n\n"
    '"We listened to residents," said Mayor Ann Lee. About 300 people attended the meeting.'
)
GERMAN = (
    "Stadtrat stimmt Wasservertrag zu\n\n"
    "Der Stadtrat von Riverton hat am Montag mit fünf zu zwei Stimmen beschlossen, die "
    "städtischen Wasserwerke zu verkaufen, wie Beamte mitteilten.\n\n"
    "„Wir haben den Bürgern zugehört“, sagte Bürgermeisterin Anna Lehmann. Etwa dreihundert "
    "Menschen kamen zu der Sitzung, die bis spät in die Nacht dauerte."
)
SPANISH = (
    "El ayuntamiento aprueba la venta del agua\n\n"
    "El concejo municipal votó el lunes a favor de vender la empresa de agua de la ciudad, "
    "según informaron los funcionarios, después de una larga sesión con los vecinos."
)


def test_english_is_detected_and_analysed():
    found = detect_language(ENGLISH)
    assert (found.code, found.name, found.supported) == ("en", "English", True)
    assert found.skipped == [] and found.note is None
    report = analyze(ENGLISH, stance=False)
    assert report.quotes and report.claims


def test_german_skips_the_english_stages_with_one_line():
    found = detect_language(GERMAN)
    assert (found.code, found.name, found.supported) == ("de", "German", False)
    assert found.probability > 0.9
    assert "German" in found.note and "\n" not in found.note
    report = analyze(GERMAN, stance=False)
    assert report.quotes == [] and report.claims == [] and report.sources == []
    assert report.quantities == [] and report.language == [] and report.headline == []
    assert {i.id for i in report.indicators} == {
        "missing_embeds",
        "author_bio_present",
        "credit_lines",
    }
    assert report.structure.paragraphs, "structure still describes the page"


def test_other_languages_are_named():
    assert detect_language(SPANISH).name == "Spanish"
    assert language_name("fr") == "French"
    assert language_name("xx") == "xx"


def test_too_little_text_keeps_the_full_analysis():
    found = detect_language("Vote 5-2.")
    assert found.code == "und" and found.supported


def test_report_json_and_text_carry_the_language():
    report = analyze(GERMAN, stance=False)
    data = report.to_dict()
    assert data["detected_language"]["code"] == "de"
    assert data["detected_language"]["supported"] is False
    text = report.to_text()
    assert "language: German (de" in text
    assert "were skipped" in text
    assert "German" in report.to_html()
    english = analyze(ENGLISH, stance=False).to_dict()["detected_language"]
    assert english["code"] == "en" and english["note"] is None


def test_cli_prints_one_note_line_for_another_language(tmp_path, capsys):
    path = tmp_path / "artikel.txt"
    path.write_text(GERMAN, encoding="utf-8")
    assert main(["analyze", str(path), "--no-stance"]) == 0
    captured = capsys.readouterr()
    notes = [line for line in captured.err.splitlines() if line.startswith("newsaudit: note:")]
    assert len(notes) == 1 and "German" in notes[0]
    assert json.loads(captured.out)["detected_language"]["code"] == "de"


def test_cli_says_nothing_extra_for_english(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert main(["analyze", str(path), "--no-stance"]) == 0
    assert "note:" not in capsys.readouterr().err


def test_batch_records_and_counts_other_languages(tmp_path):
    source = tmp_path / "in.jsonl"
    records = [{"id": "en1", "text": ENGLISH}, {"id": "de1", "text": GERMAN}]
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    summary = run_batch(str(source), str(output), progress=False, stance=False)
    assert summary.other_languages == {"German": 1}
    assert "not English" in summary.line() and "1 German" in summary.line()
    lines = {r["id"]: r for r in map(json.loads, output.read_text().splitlines())}
    assert lines["de1"]["detected_language"]["supported"] is False
    assert lines["en1"]["detected_language"]["supported"] is True
    result = process_item(BatchItem("x", record={"text": GERMAN}), stance=False)
    assert result.language == "German" and not result.failed
