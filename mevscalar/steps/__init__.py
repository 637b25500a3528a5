"""Steps of `mev-scalar reproduce`.

Each submodule defines ``TITLE`` and ``run(out: pathlib.Path) -> list[tuple[str, str]]`` returning
(relative path, one-line description) of what it wrote. Steps are discovered and run in module-name
order (prefix them s10_, s20_, ...), so adding a step touches no shared file.
"""


def save_figure(fig, out, stem: str, dpi: int = 130) -> list[str]:
    """Write ``fig`` as <stem>.png and <stem>.pdf into ``out``, close it, and return the two file names."""
    import matplotlib.pyplot as plt

    names = []
    for ext in ("png", "pdf"):
        # no creation date in the PDF: identical input gives byte-identical output
        fig.savefig(out / f"{stem}.{ext}", dpi=dpi, metadata={"CreationDate": None} if ext == "pdf" else None)
        names.append(f"{stem}.{ext}")
    plt.close(fig)
    return names
