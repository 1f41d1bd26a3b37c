"""Framework files: the sample loads, its hash is canonical, and each kind of bad file is
rejected with the bad field named as a JSON path."""

from __future__ import annotations

import copy
import hashlib
import json
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pypdf
import pytest

from zerodx_desktop.core.errors import FrameworkError
from zerodx_desktop.core.framework import (
    framework_from_bytes,
    framework_from_dict,
    json_path,
    load_framework,
)
from zerodx_desktop.core.framework_schema import (
    FRAMEWORK_SCHEMA,
    MAX_FRAMEWORK_BYTES,
    NOMINEE_SCHEMA,
)
from zerodx_desktop.formats.framework_file import load_framework as load_any
from zerodx_desktop.formats.framework_file import read_framework_file


@pytest.fixture(scope="module")
def sample_path(repo_root: Path) -> Path:
    return repo_root / "data" / "frameworks" / "rendanheyi-sample.json"


@pytest.fixture(scope="module")
def sample_doc(sample_path: Path) -> dict[str, Any]:
    return json.loads(sample_path.read_text(encoding="utf-8"))


def minimal() -> dict[str, Any]:
    return {
        "format": "zerodx-framework/1",
        "id": "mini",
        "version": "1",
        "title": "Minimal",
        "scale": {"min": 1, "max": 3, "levels": [
            {"value": 1, "label": "Low"}, {"value": 2, "label": "Mid"},
            {"value": 3, "label": "High"}]},
        "domains": [{"id": "d", "title": "D", "dimensions": [
            {"id": "m", "title": "M", "criteria": [{"id": "c1", "question": "Is it good?"}]}]}],
    }


def two_criteria() -> dict[str, Any]:
    doc = minimal()
    doc["domains"][0]["dimensions"][0]["criteria"].append(
        {"id": "c2", "question": "Another?", "weight": 2, "levels": {"1": "bad", "3": "good"}})
    return doc


def independent_hash(doc: dict[str, Any]) -> str:
    text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(unicodedata.normalize("NFC", text).encode()).hexdigest()


# ----------------------------------------------------------------- the sample


def test_sample_loads_with_expected_shape(sample_path: Path) -> None:
    fw = read_framework_file(sample_path)
    assert fw.id == "rendanheyi-sample"
    assert fw.sample is True
    assert "(sample)" in str(fw.title)
    assert "not public" in fw.notice.get("en")
    assert len(fw.domains) >= 3
    assert sum(len(d.dimensions) for d in fw.domains) >= 7
    assert len(fw.criteria()) >= 20
    assert (fw.scale.min, fw.scale.max) == (1, 5)
    assert [str(lv.label) for lv in fw.scale.levels] == [
        "Traditional", "Emerging", "Developing", "Advanced", "Zero Distance"]
    assert fw.scale.level(5).label.get("zh") == "零距离"
    assert fw.require_comment_for == frozenset({1, 5})
    titles = [str(d.title) for d in fw.domains]
    assert "Level of Organizational Autonomy" in titles
    assert "Level of User Value" in titles
    for d in fw.domains:
        assert d.title.get("zh") and d.title.get("zh") != str(d.title)
        for m in d.dimensions:
            assert m.title.get("zh") and m.title.get("zh") != str(m.title)
    for c in fw.criteria():
        assert c.question and c.guidance
        assert sorted(c.descriptors) == [1, 2, 3, 4, 5]
        assert c.id.startswith(f"{c.domain_id}.{c.dimension_id}.")
    assert abs(sum(fw.criterion_weights().values()) - 1.0) < 1e-9


def test_sample_mentions_public_vocabulary(sample_doc: dict[str, Any]) -> None:
    text = json.dumps(sample_doc, ensure_ascii=False).lower()
    for phrase in ["right to decide", "right to hire", "right to distribute pay",
                   "win-win value-added statement", "ecosystem micro-communities",
                   "react proactively to user needs", "no barriers between employees and users",
                   "end-to-end accountability", "systematic use of user data",
                   "co-creating, co-sharing ecosystem"]:
        assert phrase in text, phrase


def test_sample_hash_is_canonical_and_stable(sample_path: Path,
                                             sample_doc: dict[str, Any]) -> None:
    a = read_framework_file(sample_path)
    b = read_framework_file(sample_path)
    assert a.hash == b.hash
    assert a.hash == independent_hash(sample_doc)
    # Reordering keys everywhere does not change the hash.
    reordered = json.loads(json.dumps(sample_doc, sort_keys=True))

    def reverse(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: reverse(v[k]) for k in reversed(list(v))}
        if isinstance(v, list):
            return [reverse(x) for x in v]
        return v

    assert framework_from_dict(reverse(reordered)).hash == a.hash
    # Any change to content changes it.
    changed = copy.deepcopy(sample_doc)
    changed["domains"][0]["weight"] = 2
    assert framework_from_dict(changed).hash != a.hash
    # The validated document round-trips to the same hash.
    assert framework_from_dict(a.raw).hash == a.hash


def test_load_framework_accepts_dict_bytes_text_and_path(sample_path: Path,
                                                         sample_doc: dict[str, Any]) -> None:
    data = sample_path.read_bytes()
    h = read_framework_file(sample_path).hash
    assert load_framework(sample_doc).hash == h
    assert load_framework(data).hash == h
    assert load_framework(data.decode("utf-8")).hash == h
    assert load_any(sample_path).hash == h
    assert load_any(str(sample_path)).hash == h
    with pytest.raises(TypeError):
        load_framework(sample_path)  # type: ignore[arg-type]  # core reads no files


# ----------------------------------------------------------------- valid variants


def test_minimal_framework_is_valid() -> None:
    fw = framework_from_dict(minimal())
    assert [c.id for c in fw.criteria()] == ["c1"]
    assert fw.criteria()[0].weight == 1.0  # weight defaults to 1
    assert fw.sample is False
    assert fw.require_comment_for == frozenset()
    assert fw.criterion_weights() == {"c1": 1.0}


def test_language_maps_and_descriptors() -> None:
    doc = two_criteria()
    doc["title"] = {"en": "Mini", "zh": "迷你"}
    doc["scale"]["levels"][0]["label"] = {"en": "Low", "zh": "低", "pt-BR": "Baixo"}
    fw = framework_from_dict(doc)
    assert fw.title.get("zh") == "迷你"
    assert fw.scale.level(1).label.get("pt") == "Baixo"
    c2 = fw.criterion("c2")
    assert c2.weight == 2.0
    assert str(c2.descriptors[3]) == "good"
    assert 2 not in c2.descriptors


def test_float_and_decimal_string_weights_hash_the_same() -> None:
    a, b, c = two_criteria(), two_criteria(), two_criteria()
    a["domains"][0]["dimensions"][0]["criteria"][1]["weight"] = 1.5
    b["domains"][0]["dimensions"][0]["criteria"][1]["weight"] = "1.50"
    c["domains"][0]["dimensions"][0]["criteria"][1]["weight"] = 2.0
    fa, fb, fc = framework_from_dict(a), framework_from_dict(b), framework_from_dict(c)
    assert fa.hash == fb.hash
    assert fa.criterion("c2").weight == 1.5
    assert fc.hash == framework_from_dict(two_criteria()).hash  # 2.0 is 2


def test_levels_are_sorted_whatever_the_file_order() -> None:
    doc = minimal()
    doc["scale"]["levels"].reverse()
    fw = framework_from_dict(doc)
    assert [lv.value for lv in fw.scale.levels] == [1, 2, 3]


# ----------------------------------------------------------------- rejected documents


def _set(path: list[Any], value: Any) -> Any:
    def mutate(doc: dict[str, Any]) -> None:
        node: Any = doc
        for p in path[:-1]:
            node = node[p]
        node[path[-1]] = value
    return mutate


def _delete(path: list[Any]) -> Any:
    def mutate(doc: dict[str, Any]) -> None:
        node: Any = doc
        for p in path[:-1]:
            node = node[p]
        del node[path[-1]]
    return mutate


CRIT = ["domains", 0, "dimensions", 0, "criteria"]
BAD = [
    ("wrong format", _set(["format"], "zerodx-framework/2"), "format", "zerodx-framework/1"),
    ("no format", _delete(["format"]), "format", "missing"),
    ("min equals max", _set(["scale", "min"], 3), "scale.max", "greater than"),
    ("min above max", _set(["scale", "max"], 0), "scale.max", "greater than"),
    ("missing level", lambda d: d["scale"]["levels"].pop(1), "scale.levels", "level 2 is missing"),
    ("duplicate level", _set(["scale", "levels", 2, "value"], 2), "scale.levels[2].value",
     "listed twice"),
    ("level outside scale", _set(["scale", "levels", 2, "value"], 9), "scale.levels[2].value",
     "outside the scale"),
    ("duplicate criterion id", _set([*CRIT, 1, "id"], "c1"),
     "domains[0].dimensions[0].criteria[1].id", "already used"),
    ("duplicate id across domains",
     lambda d: d["domains"].append({"id": "e", "title": "E", "dimensions": [
         {"id": "m", "title": "M", "criteria": [{"id": "c2", "question": "Q"}]}]}),
     "domains[1].dimensions[0].criteria[0].id", "already used"),
    ("duplicate domain id",
     lambda d: d["domains"].append(copy.deepcopy(d["domains"][0]) | {"dimensions": [
         {"id": "m", "title": "M", "criteria": [{"id": "c3", "question": "Q"}]}]}),
     "domains[1].id", "already used"),
    ("bad id chars", _set([*CRIT, 0, "id"], "c 1/x"), "domains[0].dimensions[0].criteria[0].id",
     "letters, digits"),
    ("bad domain id", _set(["domains", 0, "id"], "dé"), "domains[0].id", "not a valid id"),
    ("zero weight", _set([*CRIT, 1, "weight"], 0), "domains[0].dimensions[0].criteria[1].weight",
     "greater than zero"),
    ("negative weight", _set(["domains", 0, "dimensions", 0, "weight"], -1),
     "domains[0].dimensions[0].weight", "greater than zero"),
    ("zero string weight", _set(["domains", 0, "weight"], "0.0"), "domains[0].weight",
     "greater than zero"),
    ("text weight", _set([*CRIT, 1, "weight"], "heavy"),
     "domains[0].dimensions[0].criteria[1].weight", "positive number"),
    ("descriptor out of scale", _set([*CRIT, 1, "levels"], {"4": "beyond"}),
     'domains[0].dimensions[0].criteria[1].levels["4"]', "outside the scale"),
    ("descriptor key not a number", _set([*CRIT, 1, "levels"], {"top": "x"}),
     "domains[0].dimensions[0].criteria[1].levels", "not a level number"),
    ("require_comment_for out of scale", _set(["require_comment_for"], [1, 7]),
     "require_comment_for[1]", "outside the scale"),
    ("missing question", _delete([*CRIT, 0, "question"]),
     "domains[0].dimensions[0].criteria[0].question", "missing"),
    ("empty question", _set([*CRIT, 0, "question"], {"en": " ", "zh": ""}),
     "domains[0].dimensions[0].criteria[0].question", "empty"),
    ("missing title", _delete(["domains", 0, "title"]), "domains[0].title", "missing"),
    ("wrong type: min", _set(["scale", "min"], "1"), "scale.min", "whole number"),
    ("wrong type: criteria", _set(["domains", 0, "dimensions", 0, "criteria"], {}),
     "domains[0].dimensions[0].criteria", "list"),
    ("wrong type: text", _set(["domains", 0, "title"], 12), "domains[0].title",
     "language map"),
    ("bad language code", _set(["title"], {"english": "x"}), "title", "language code"),
    ("language map value not text", _set(["title"], {"en": "x", "zh": 5}), "title.zh",
     "must be a text"),
    ("empty language map", _set(["title"], {}), "title", "must not be empty"),
    ("unknown field", _set([*CRIT, 0, "wieght"], 2),
     "domains[0].dimensions[0].criteria[0].wieght", "not a known field"),
    ("no domains", _set(["domains"], []), "domains", "at least 1"),
    ("boolean as level", _set(["scale", "levels", 0, "value"], True), "scale.levels[0].value",
     "whole number"),
]


@pytest.mark.parametrize(("mutate", "where", "words"), [b[1:] for b in BAD],
                         ids=[b[0] for b in BAD])
def test_bad_document_names_the_field(mutate: Any, where: str, words: str) -> None:
    doc = two_criteria()
    doc["require_comment_for"] = [1, 3]
    mutate(doc)
    with pytest.raises(FrameworkError) as info:
        framework_from_dict(doc)
    err = info.value
    assert err.where == where, err.message
    assert words in err.what, err.message
    assert len(err.message.splitlines()) <= 3  # one plain message, not a schema dump


def test_not_an_object() -> None:
    with pytest.raises(FrameworkError, match="JSON object"):
        framework_from_dict([1, 2])  # type: ignore[arg-type]


def test_first_problem_in_document_order_is_reported() -> None:
    doc = two_criteria()
    del doc["domains"][0]["dimensions"][0]["criteria"][1]["question"]
    doc["domains"][0]["dimensions"][0]["criteria"][0]["weight"] = "x"
    with pytest.raises(FrameworkError) as info:
        framework_from_dict(doc)
    assert info.value.where == "domains[0].dimensions[0].criteria[0].weight"


def test_too_many_criteria() -> None:
    doc = minimal()
    doc["domains"][0]["dimensions"][0]["criteria"] = [
        {"id": f"c{i}", "question": "Q"} for i in range(2001)]
    with pytest.raises(FrameworkError) as info:
        framework_from_dict(doc)
    assert info.value.where == "domains"
    assert "2,000" in info.value.what


# ----------------------------------------------------------------- rejected bytes and files


def test_not_json(tmp_path: Path) -> None:
    f = tmp_path / "fw.json"
    f.write_text('{"format": "zerodx-framework/1",', encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        read_framework_file(f)
    assert info.value.where == str(f)
    assert "not valid JSON" in info.value.what and "line 1" in info.value.what


def test_nan_is_not_json() -> None:
    with pytest.raises(FrameworkError, match="not valid JSON"):
        framework_from_bytes(b'{"format": NaN}')


def test_not_utf8(tmp_path: Path) -> None:
    f = tmp_path / "fw.json"
    f.write_bytes(json.dumps(minimal()).replace("Minimal", "Mínimo").encode("latin-1"))
    with pytest.raises(FrameworkError) as info:
        read_framework_file(f)
    assert info.value.where == str(f)
    assert "not UTF-8" in info.value.what


def test_utf8_bom_is_tolerated() -> None:
    data = b"\xef\xbb\xbf" + json.dumps(minimal()).encode()
    assert framework_from_bytes(data).id == "mini"


def test_too_large(tmp_path: Path) -> None:
    f = tmp_path / "fw.json"
    with f.open("wb") as fh:
        fh.truncate(MAX_FRAMEWORK_BYTES + 1)
    with pytest.raises(FrameworkError) as info:
        read_framework_file(f)
    assert info.value.where == str(f) and "too large" in info.value.what
    with pytest.raises(FrameworkError, match="too large"):
        framework_from_bytes(b" " * (MAX_FRAMEWORK_BYTES + 1))


def test_deeply_nested_json_is_rejected() -> None:
    with pytest.raises(FrameworkError):
        framework_from_bytes(b"[" * 100_000 + b"]" * 100_000)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FrameworkError, match="not found"):
        read_framework_file(tmp_path / "nope.json")


def test_field_error_from_file_names_file_in_hint(tmp_path: Path) -> None:
    doc = minimal()
    doc["scale"]["min"] = 5
    f = tmp_path / "mine.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        read_framework_file(f)
    assert info.value.where == "scale.max"
    assert "mine.json" in (info.value.hint or "")


# ----------------------------------------------------------------- schemas


def test_json_path() -> None:
    assert json_path([]) == "(top level)"
    assert json_path(["domains", 0, "dimensions", 1, "weight"]) == "domains[0].dimensions[1].weight"
    assert json_path(["levels", "3"]) == 'levels["3"]'


def test_schema_files_match_python_schemas(repo_root: Path) -> None:
    for name, schema in (("framework", FRAMEWORK_SCHEMA), ("nominee", NOMINEE_SCHEMA)):
        on_disk = json.loads((repo_root / "data" / "schemas" / f"{name}.schema.json")
                             .read_text(encoding="utf-8"))
        assert on_disk == schema, f"run: python scripts/write_schemas.py ({name})"
        jsonschema.Draft202012Validator.check_schema(schema)


def test_nominee_schema() -> None:
    v = jsonschema.Draft202012Validator(NOMINEE_SCHEMA)
    assert v.is_valid({"id": "n-001", "name": "Example Co."})
    assert v.is_valid({"id": "n-001", "name": "Example Co.", "country": "IT",
                       "sections": [{"title": "T", "body": "B"}],
                       "attachments": [{"file": "年报.pdf", "title": "Annual report"}]})
    assert not v.is_valid({"name": "No id"})
    assert not v.is_valid({"id": "n 1", "name": "Bad id"})
    assert not v.is_valid({"id": "n1"})
    assert not v.is_valid({"id": "n1", "name": "X", "sections": [{"title": "no body"}]})
    for bad_file in ["../x.pdf", "a/b.pdf", ".hidden", "a\\b.pdf", "", "c:x.pdf"]:
        assert not v.is_valid({"id": "n1", "name": "X", "attachments": [{"file": bad_file}]}), \
            bad_file


def test_demo_nominees_match_schema(repo_root: Path) -> None:
    v = jsonschema.Draft202012Validator(NOMINEE_SCHEMA)
    folders = sorted(p for p in (repo_root / "data" / "demo" / "nominees").iterdir()
                     if p.is_dir())
    assert len(folders) >= 7
    ids = set()
    countries = set()
    for folder in folders:
        doc = json.loads((folder / "nominee.json").read_text(encoding="utf-8"))
        errors = [e.message for e in v.iter_errors(doc)]
        assert not errors, (folder.name, errors)
        ids.add(doc["id"])
        countries.add(doc.get("country"))
        assert 4 <= len(doc["sections"]) <= 6, folder.name
        for s in doc["sections"]:
            assert 2 <= len([p for p in s["body"].split("\n\n") if p.strip()]) <= 4, \
                (folder.name, s["title"])
        pdfs = [a for a in doc["attachments"] if a["file"].endswith(".pdf")]
        assert pdfs, folder.name
        for a in doc["attachments"]:
            f = folder / a["file"]
            assert f.is_file(), f
            if f.suffix == ".pdf":
                assert f.stat().st_size < 60_000, f
                reader = pypdf.PdfReader(f)
                assert 1 <= len(reader.pages) <= 3, f
                first = reader.pages[0].extract_text()
                assert "Fictional organisation" in first, f
    assert len(ids) == len(folders)
    assert len(countries) >= 5


def test_validated_frameworks_are_memoised_by_content() -> None:
    a = framework_from_dict(two_criteria())
    assert framework_from_dict(two_criteria()) is a  # same content: no second validation
    doc = two_criteria()
    doc["domains"][0]["dimensions"][0]["criteria"][1]["weight"] = 0
    with pytest.raises(FrameworkError):  # an invalid variant is still validated
        framework_from_dict(doc)
