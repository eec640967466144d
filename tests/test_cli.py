import json
from pathlib import Path

from newsaudit.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "council_vote.txt"


def test_analyze_writes_json_to_a_file(tmp_path):
    out = tmp_path / "report.json"
    assert main(["analyze", str(EXAMPLE), "-o", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["structure"]["headline"]["text"].startswith("Riverton Council")


def test_analyze_text_and_html_formats(tmp_path, capsys):
    assert main(["analyze", str(EXAMPLE), "--format", "text"]) == 0
    assert "Indicators" in capsys.readouterr().out
    out = tmp_path / "r.html"
    assert main(["analyze", str(EXAMPLE), "--format", "html", "-o", str(out)]) == 0
    assert "</html>" in out.read_text()


def test_missing_file_is_one_line_error(capsys):
    assert main(["analyze", "/no/such/file.txt"]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsaudit: error:") and "\n" not in err
