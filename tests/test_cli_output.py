"""What the command line says: progress on stderr (none with --quiet, more with --verbose), the
result on stdout, problems as `warning: …` and `error: …` whatever the loudness."""

import pytest

from briefing.cli import main


@pytest.fixture()
def build_args(tmp_path, small_content):
    return [
        "build",
        "--content",
        str(small_content),
        "--out",
        str(tmp_path / "site"),
        "--cache-dir",
        str(tmp_path / "cache"),
        "--jobs",
        "1",
        "--force",
    ]


def test_progress_goes_to_stderr_and_the_result_to_stdout(build_args, capsys):
    assert main(build_args) == 0
    out, err = capsys.readouterr()
    assert "Rendered " in err and "Wrote " in err
    assert "Annotations:" not in err  # detail only with --verbose
    assert out.startswith("Built 1 brief") and "Rendered" not in out


def test_quiet_says_nothing_when_all_is_well(build_args, capsys):
    assert main([*build_args, "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


def test_verbose_says_more(build_args, capsys):
    assert main([*build_args, "--verbose"]) == 0
    err = capsys.readouterr().err
    assert "Rendered " in err and "Annotations: " in err and "Read the content: briefs 1" in err


def test_quiet_and_verbose_together_are_refused(build_args, capsys):
    with pytest.raises(SystemExit):
        main([*build_args, "--quiet", "--verbose"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_warnings_and_errors_keep_their_prefix_when_quiet(build_args, small_content, capsys):
    entities = small_content / "entities"
    entities.mkdir()
    (entities / "nobody.md").write_text("---\nname: Zorblat Quimby\ntype: PERSON\n---\nNamed in no brief.\n")
    assert main([*build_args, "--quiet"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: ") and err.count("\n") == err.count("warning: ")
    (small_content / "bad.md").write_text("no front matter")
    assert main([*build_args, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {small_content / 'bad.md'}:1: no front matter — ") and err.count("\n") == 1
