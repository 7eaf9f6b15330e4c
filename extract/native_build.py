"""Compile the extractor's hot modules with mypyc into ``build/native/`` (see ``extract.native``).

python -m extract.native_build    # a no-op when the build there matches the sources
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

from extract.native import BUILD_DIR, GROUP, MANIFEST, MODULES, ROOT, is_fresh, read_manifest, source_hashes


def _compile(lib: Path, work: Path, jobs: int) -> None:
    """The extension modules into ``lib``; raises SystemExit or an error when mypy or the compiler fails."""
    from mypyc.build import mypycify  # build time only: mypy is a development dependency
    from setuptools import setup

    cwd = Path.cwd()
    os.chdir(ROOT)  # mypy reads its settings from pyproject.toml
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # setuptools' notes on packaging metadata: not this build's
            extensions = mypycify(
                [f"extract/{name}.py" for name in MODULES], group_name=GROUP, target_dir=str(work / "c")
            )
            setup(
                name="avvik-native",
                ext_modules=extensions,
                script_args=["-q", "build_ext", "-b", str(lib), "-t", str(work), "-j", str(jobs)],
            )
    finally:
        os.chdir(cwd)


def _extensions(lib: Path) -> dict[str, str]:
    """Each built module's name and its file, relative to ``lib``."""
    found = {}
    for path in lib.rglob(f"*{importlib.machinery.EXTENSION_SUFFIXES[0]}"):
        relative = path.relative_to(lib)
        found[".".join((*relative.parts[:-1], path.name.split(".")[0]))] = str(relative)
    return found


def build(build_dir: Path = BUILD_DIR, *, jobs: int = 2) -> bool:
    """Compile the modules into ``build_dir`` unless a build of these very sources is there; False (and
    the sources keep running) when it cannot be done here, e.g. without a C compiler."""
    if is_fresh(read_manifest(build_dir)):
        return True
    sources = source_hashes()
    with tempfile.TemporaryDirectory(prefix="avvik-native-") as tmp:
        lib, work = Path(tmp) / "lib", Path(tmp) / "work"
        try:
            _compile(lib, work, jobs)
        except (SystemExit, Exception) as exc:  # a type error, no compiler: the sources still run
            print(
                f"avvik: could not compile the extraction modules ({exc!r}); the sources run", file=sys.stderr
            )
            return False
        files = _extensions(lib)
        if missing := sorted(set(sources) - set(files)):
            print(f"avvik: compiling left out {missing}; the sources run", file=sys.stderr)
            return False
        manifest = {"cache_tag": sys.implementation.cache_tag, "sources": sources, "files": files}
        (lib / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
        staged = build_dir.with_name(build_dir.name + ".new")
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(lib, staged)
        shutil.rmtree(build_dir, ignore_errors=True)
        staged.rename(build_dir)  # never a half-copied build: the old one, none (the sources run), or the new
    return True


if __name__ == "__main__":
    build()  # a failed build leaves the sources running: it never fails an install
