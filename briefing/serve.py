"""`build.py serve`: build, serve the output with livereload, rebuild on every change.

A build error while serving does not stop the server: it is printed, and the last good site
stays up. (Incremental re-rendering and the in-browser error page are still to come: issue 6.)
"""
from __future__ import annotations

import sys

from .errors import BuildError
from .pipeline import BuildOptions, build


def serve(options: BuildOptions, host: str, port: int) -> int:
    from livereload import Server

    def rebuild() -> None:
        try:
            report = build(options)
            print(report.summary(options.out), file=sys.stderr)
        except BuildError as err:
            for item in err.problems:
                print(f"error: {item}", file=sys.stderr)

    rebuild()
    server = Server()
    for path in (options.content, options.templates, options.pyproject):
        server.watch(str(path), rebuild, delay=0.5)
    print(f"Serving {options.out} at http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    server.serve(root=str(options.out), host=host, port=port, open_url_delay=None, restart_delay=0)
    return 0
