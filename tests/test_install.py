"""The `briefing` command: `make site` installs Briefing itself into .venv, editable and offline."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_make_install_gives_a_briefing_command_that_runs_this_folders_code(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # Stands in for the hashed install: the new environment sees the packages of the one running
    # the tests (setuptools among them), and the step that installs them counts as done.
    site_packages = subprocess.run(
        [venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site_packages) / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    (venv / ".installed").touch()
    # `make test` runs this test: the inner make must not take the outer one's flags or jobserver
    environment = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    subprocess.run(
        ["make", "--no-print-directory", f"VENV={venv}", f"PIP={venv}/bin/python -m pip", f"{venv}/.installed-project"],
        cwd=ROOT,
        env=environment,
        check=True,
    )

    shown = subprocess.run(
        [venv / "bin" / "briefing", "--help"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    for command in ("build", "serve", "import", "check", "clean"):
        assert f"\n    {command} " in shown
    imported = subprocess.run(
        [venv / "bin" / "python", "-c", "import briefing.cli; print(briefing.cli.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert Path(imported.strip()) == ROOT / "briefing" / "cli.py"  # editable: edits count without a reinstall
