"""Steps of `mev-scalar reproduce`.

Each submodule defines ``TITLE`` and ``run(out: pathlib.Path) -> list[tuple[str, str]]`` returning
(relative path, one-line description) of what it wrote. Steps are discovered and run in module-name
order (prefix them s10_, s20_, ...), so adding a step touches no shared file.
"""
