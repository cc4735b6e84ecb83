"""The ``veille`` command as admins and other tools use it (a real subprocess each time)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.conftest import REPO, base_config, write_config
from worker.classify_cli import document_from


def veille(*args: str, cwd: Path, stdin: str = "", env: dict[str, str] | None = None
           ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items()
                   if not k.startswith("VEILLE_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, env=environment, timeout=120)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(tmp_path / "veille.yaml", base_config())


def test_check_config_summarises_a_valid_file(tmp_path: Path, config: Path) -> None:
    done = veille("check-config", "--config", str(config), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Configuration valide" in done.stdout and "entités surveillées : 3" in done.stdout
    assert "attention" not in done.stdout


def test_check_config_counts_the_local_sources(tmp_path: Path) -> None:
    sources = [{"id": "page-ecole", "connector": "rss", "url": "https://example.org/a.xml",
                "local": True},
               {"id": "actualites", "connector": "rss", "url": "https://example.org/b.xml"}]
    config = write_config(tmp_path / "veille.yaml", base_config(sources=sources))
    done = veille("check-config", "--config", str(config), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "sources : 2 (2 actives, 1 locale(s) : les noms d'écoles y comptent sans leur " \
        "ville)" in done.stdout


def test_check_config_names_a_lexicon_it_skips_for_its_extension(tmp_path: Path) -> None:
    lexicons = tmp_path / "charte"
    shutil.copytree(REPO / "config" / "charter", lexicons)
    (lexicons / "insultes-locales.yml").write_text(
        "category: defamation\ngroups: []\n", encoding="utf-8")
    data = base_config()
    data["classification"]["lexicons"] = str(lexicons)
    done = veille("check-config", "--config", str(write_config(tmp_path / "veille.yaml", data)),
                  cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"attention : {lexicons / 'insultes-locales.yml'} est ignoré : seuls les lexiques " \
        "*.yaml sont lus (renommez-le en insultes-locales.yaml)" in done.stdout


def test_check_config_reads_veille_config_from_the_environment(tmp_path: Path,
                                                               config: Path) -> None:
    done = veille("check-config", cwd=tmp_path, env={"VEILLE_CONFIG": str(config)})
    assert done.returncode == 0, done.stderr


def test_check_config_names_the_file_key_and_problem_and_exits_2(tmp_path: Path) -> None:
    data = base_config(sources=[{"id": "a", "connector": "rss", "url": "https://x.org/f",
                                 "every": "souvent"}])
    path = write_config(tmp_path / "veille.yaml", data)
    done = veille("check-config", "--config", str(path), cwd=tmp_path)
    assert done.returncode == 2
    assert str(path) in done.stderr
    assert "sources[0].every : durée invalide" in done.stderr


def test_check_config_reads_the_training_cases_and_names_a_bad_line(tmp_path: Path) -> None:
    cases = tmp_path / "cas.jsonl"
    good = {"id": "a-1", "text": "Bravo l'ESHG", "labels": [], "split": "dev"}
    cases.write_text(json.dumps(good) + "\n" + json.dumps({**good, "labels": ["gossip"]})
                     + "\n", "utf-8")
    data = base_config()
    data["classification"]["training_cases"] = [str(cases)]
    path = write_config(tmp_path / "veille.yaml", data)
    done = veille("check-config", "--config", str(path), cwd=tmp_path)
    assert done.returncode == 2
    assert str(cases) in done.stderr and "ligne 2" in done.stderr and "gossip" in done.stderr
    cases.write_text(json.dumps(good) + "\n", "utf-8")
    done = veille("check-config", "--config", str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 cas étiquetés pour l'apprentissage" in done.stdout
    assert not (tmp_path / "var").exists()  # a check trains nothing and writes nothing


def test_check_config_names_a_missing_training_file(tmp_path: Path) -> None:
    data = base_config()
    data["classification"]["training_cases"] = ["absent.jsonl"]
    path = write_config(tmp_path / "veille.yaml", data)
    done = veille("check-config", "--config", str(path), cwd=tmp_path)
    assert done.returncode == 2
    assert "classification.training_cases" in done.stderr and "fichier illisible" in done.stderr


def test_shipped_config_checks(tmp_path: Path) -> None:
    done = veille("check-config", cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "cas étiquetés pour l'apprentissage" in done.stdout
    # Its public contacts are for the communications team to fill in: until then, the
    # service centre's own numbers would be flagged as private.
    assert "attention : organisation.public_contacts est vide" in done.stdout


def test_classify_follows_the_json_lines_contract(tmp_path: Path, config: Path) -> None:
    lines = [
        {"id": 1, "title": "ESHG", "text": "Ce prof de l'ESHG est un cave, je vais le tuer."},
        {"id": "b", "text": "Le CSSCV ouvre une nouvelle école à Buckingham."},
        {"id": 3, "text": "Ce prof est un cave, je vais le tuer.", "kind": "post"},
        {"title": "sans id", "text": "x"},
        "pas un objet",
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    done = veille("classify", "--config", str(config), cwd=tmp_path, stdin=stdin)
    assert done.returncode == 1  # bad lines are reported, good ones still answered
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == 6
    threat, neutral, unwatched = out[:3]
    assert threat["id"] == 1 and threat["mentions"] == ["eshg"] and threat["flagged"]
    assert threat["severity"] == "critical"
    category = threat["categories"][0]
    assert set(category) >= {"category", "score", "clause", "evidence"}
    full_text = "ESHG\n\n" + lines[0]["text"]  # type: ignore[index]
    assert all(full_text[e["start"]:e["end"]] == e["text"] for e in category["evidence"])
    assert neutral == {"id": "b", "mentions": ["csscv"], "flagged": False, "severity": None,
                       "categories": []}
    assert unwatched["mentions"] == [] and unwatched["flagged"] is False
    assert all("error" in o for o in out[3:])
    assert "ligne 4 ignorée" in done.stderr


@pytest.mark.parametrize(("record", "kind"), [
    ({"id": 1, "text": "x"}, "article"),  # a quoted insult in it is reporting
    ({"id": 1, "text": "x", "kind": "comment"}, "comment"),
])
def test_classify_reads_a_missing_kind_as_an_article(record: dict[str, object],
                                                     kind: str) -> None:
    assert document_from(record)[1].kind == kind


@pytest.mark.parametrize("kind", ["tweet", "Post", 3])
def test_classify_refuses_an_unknown_kind(kind: object) -> None:
    with pytest.raises(ValueError, match=r"champ « kind » inconnu .* permis : article, post"):
        document_from({"id": 1, "text": "x", "kind": kind})


def test_digest_dry_run_writes_html_and_sends_nothing(tmp_path: Path, config: Path) -> None:
    out = tmp_path / "apercu.html"
    done = veille("digest", "--dry-run", "--out", str(out), "--config", str(config), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.read_text("utf-8").lstrip().lower().startswith("<!doctype html")
    assert not (tmp_path / "var" / "outbox").exists()


def test_digest_now_sends_once_per_day_to_the_outbox(tmp_path: Path, config: Path) -> None:
    first = veille("digest", "--now", "--config", str(config), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "envoyé" in first.stdout
    second = veille("digest", "--now", "--config", str(config), cwd=tmp_path)
    assert "déjà envoyé" in second.stdout
    [eml] = (tmp_path / "var" / "outbox").glob("*.eml")
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"] == "communications@example.org"


def test_demo_runs_the_whole_pipeline_offline(tmp_path: Path, shipped_case_model: Path) -> None:
    out = tmp_path / "demo"
    # The model an earlier demo trained is kept (see run_demo): this one is the same, trained
    # once for the whole test session.
    shutil.copytree(shipped_case_model, out / "model")
    done = veille("demo", "--out", str(out), "--config", str(REPO / "config" / "veille.yaml"),
                  cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    html_path = Path(done.stdout.strip().rpartition(" : ")[2])
    html = html_path.read_text("utf-8")
    assert "Hormisdas-Gamelin" in html
    assert "<script>alert" not in html  # a hostile title arrives inert
    assert "Flux brisé" in html  # the broken sample feed shows in source health
    assert list((out / "outbox").glob("*.eml"))
    assert "2 source(s) OK, 1 en échec" in done.stderr


def test_run_once_reports_failed_sources_and_exits_1(tmp_path: Path) -> None:
    data = base_config(sources=[{"id": "local", "connector": "rss",
                                 "url": "http://127.0.0.1:9/feed.xml"}])
    path = write_config(tmp_path / "veille.yaml", data)
    done = veille("run", "--once", "--config", str(path), cwd=tmp_path)
    assert done.returncode == 1
    assert "adresse privée refusée" in done.stderr  # no allow_private_network
    assert "0 source(s) OK, 1 en échec" in done.stdout


def test_json_logs_carry_no_item_text(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "ecoles.xml").write_bytes(
        (REPO / "tests" / "fixtures" / "pipeline" / "ecoles.xml").read_bytes())
    from tests.support.feedserver import serve_folder

    with serve_folder(feeds) as server:
        data = base_config(sources=[
            {"id": "echos", "connector": "rss", "url": server.url("ecoles.xml"),
             "allow_private_network": True},
            {"id": "absente", "connector": "rss", "url": server.url("absente.xml"),
             "allow_private_network": True}])
        path = write_config(tmp_path / "veille.yaml", data)
        done = veille("run", "--once", "--config", str(path), cwd=tmp_path,
                      env={"VEILLE_LOG_FORMAT": "json", "VEILLE_LOG_LEVEL": "INFO"})
    records = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert any(r["level"] == "WARNING" and "absente" in r["message"] for r in records)
    assert any(r["level"] == "INFO" and "echos" in r["message"] for r in records)
    assert "casser la gueule" not in done.stderr and "incompétent" not in done.stderr


def test_eval_prints_the_report_of_a_split(tmp_path: Path, config: Path) -> None:
    done = veille("eval", str(REPO / "tests" / "data" / "charter_cases.jsonl"), "--split",
                  "heldout", "--config", str(config), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Cas évalués : ")
    assert lines[1].startswith("Signalement : précision ")
    assert lines[2].startswith("Rappel des cas critiques : ")
    assert "Confusion" in done.stdout and "Erreurs (" in done.stdout


def test_eval_names_a_missing_file(tmp_path: Path, config: Path) -> None:
    done = veille("eval", "absent.jsonl", "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2 and "Fichier introuvable" in done.stderr


def test_train_cases_reports_saves_and_eval_uses_the_model(tmp_path: Path, config: Path
                                                           ) -> None:
    lines = (REPO / "tests" / "data" / "charter_cases.jsonl").read_text("utf-8").splitlines()
    dev = [line for line in lines if json.loads(line).get("split", "dev") == "dev"][::10]
    cases = tmp_path / "cas.jsonl"
    cases.write_text("\n".join(dev) + "\n", "utf-8")
    env = {"VEILLE_DATA_DIR": str(tmp_path / "var")}
    done = veille("train", "--cases", str(cases), "--folds", "3", "--max-iter", "300",
                  "--config", str(config), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert "validation croisée en 3 parts" in done.stdout and "breach" in done.stdout
    model = tmp_path / "var" / "model"
    assert (model / "case-model.joblib").is_file()
    assert json.loads((model / "case-model.json").read_text("utf-8"))["sklearn_version"]
    measured = veille("eval", str(cases), "--case-model", str(model), "--config", str(config),
                      cwd=tmp_path, env=env)
    assert measured.returncode == 0, measured.stderr
    assert measured.stdout.startswith(f"Cas évalués : {len(dev)}")
