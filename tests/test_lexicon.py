"""The lexicon and the alias table: a mistake in either file is one problem naming file and line."""

from __future__ import annotations

import pytest

from briefing.annotate.aliases import AliasTable, load_yaml_table
from briefing.annotate.lexicon import LEXICON, LEXICON_FILE, LISTS, load_lexicon
from briefing.errors import BuildError


def problem_of(load, path) -> str:
    with pytest.raises(BuildError) as caught:
        load(path)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_the_shipped_lexicon_has_every_list_once():
    assert set(LEXICON.lists) == set(LISTS)
    assert "dr" in LEXICON.honorifics and "of" in LEXICON.connectors


def test_every_list_is_read_by_some_code():
    from pathlib import Path

    code = "".join(p.read_text() for p in Path(LEXICON_FILE).parent.parent.rglob("*.py"))  # briefing/
    unread = [name for name in LISTS if f"LEXICON.{name}" not in code and f'LEXICON.ordered("{name}")' not in code]
    assert unread == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "honorifics: [mr, dr]\ntitles: [mayor,\n  mayor]\n",
            "{path}:3: duplicate entry 'mayor' in titles — remove one",
        ),
        (
            "honorifics: [mr]\norg_type_haeds: [bank]\n",
            "{path}:2: unknown list 'org_type_haeds' — did you mean 'org_type_heads'?",
        ),
        ("honorifics: mr\n", "{path}:1: honorifics must be a list of words — write honorifics: [word, word, …]"),
        (
            "honorifics: [mr, [dr]]\n",
            "{path}:1: honorifics: every entry must be a word — remove the nested list or blank",
        ),
        ("honorifics: [mr]\nhonorifics: [dr]\n", "{path}:2: 'honorifics' is given twice — keep one of the two"),
        ("honorifics: [mr\n", "{path}:2: cannot read the lexicon:"),
        ("- mr\n", "{path}:1: the lexicon must be a mapping of names — see its comments"),
    ],
)
def test_a_broken_lexicon_is_one_problem_with_its_line(tmp_path, text, expected):
    path = tmp_path / "lexicon.yaml"
    path.write_text(text)
    assert problem_of(load_lexicon, path).startswith(expected.format(path=path))


def test_a_lexicon_without_a_list_the_code_reads(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("honorifics: [mr]\n")
    assert problem_of(load_lexicon, path) == f"{path}: no list 'titles' — add titles: [word, …]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme:\n  type: ORG\n  alias: [Acme Co]\n",
            "{path}:3: Acme: unknown key 'alias' — use only: type, aliases, demonyms",
        ),
        ("Acme:\n  aliases: [AC, AC]\n", "{path}:2: duplicate entry 'AC' in Acme: aliases — remove one"),
        ("Acme:\n  type: ORG\nAcme:\n  type: ORG\n", "{path}:3: 'Acme' is given twice — keep one of the two"),
        ("Acme:\n  aliases: Acme Co\n", "{path}:2: Acme: aliases must be a list of words"),
        ("Acme:\n  type: SHOP\n", "{path}:2: Acme: type 'SHOP' is not an entity type"),
        ("Acme: [ORG]\n", "{path}:1: Acme: expected {{type, aliases, demonyms}}"),
    ],
)
def test_a_broken_alias_table_is_one_problem_with_its_line(tmp_path, text, expected):
    path = tmp_path / "aliases.yaml"
    path.write_text(text)
    assert problem_of(lambda p: load_yaml_table(AliasTable(), p), path).startswith(expected.format(path=path))


def test_an_alias_table_with_empty_records_loads(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("Acme:\nVexo:\n  type: PRODUCT\n  aliases:\n")
    table = AliasTable()
    load_yaml_table(table, path)
    assert table.records["Acme"].type == "ORG" and table.records["Vexo"].type == "PRODUCT"
