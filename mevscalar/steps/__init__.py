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


# --------------------------------------------------------------------------- the (m_phi, BR_nunu) map panels
def band_contours(ax, x, y, z, central: float, sigma: float, color, linewidth: float = 1.2) -> None:
    """Contours of ``z`` (shape len(x) x len(y)) at central +- 1 sigma (solid) and +- 2 sigma (dashed).

    Drawn only where they exist: at least 4 finite values on a grid of at least 2 x 2 points, and a band that
    ``z`` reaches (e.g. Planck's N_eff band on an N_eff map). Non-finite values are left out.
    """
    import numpy as np

    good = np.isfinite(z)
    if good.sum() < 4 or len(x) < 2 or len(y) < 2:
        return
    zz = np.where(good, z, np.nan)
    for k, ls in ((1, "-"), (2, "--")):
        lv = sorted([central - k * sigma, central + k * sigma])
        if np.nanmin(zz) < lv[1] and np.nanmax(zz) > lv[0]:
            ax.contour(x, y, zz.T, levels=lv, colors=color, linestyles=ls, linewidths=linewidth)


def level_contour(ax, x, y, z, level: float, **kw) -> None:
    """The contour z = ``level`` (``kw`` to ``ax.contour``), drawn only if at least 4 values are finite on a grid
    of at least 2 x 2 points and ``level`` lies strictly inside the range of ``z``."""
    import numpy as np

    if len(x) > 1 and len(y) > 1 and np.isfinite(z).sum() >= 4 and np.nanmin(z) < level < np.nanmax(z):
        ax.contour(x, y, z.T, levels=[level], **kw)


def mass_br_axes(ax) -> None:
    """Log axes of the (m_phi [MeV], BR_nunu) plane with the ticks and labels every map panel uses."""
    from matplotlib.ticker import NullFormatter

    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xticks([0.5, 1.0, 2.0, 5.0], ["0.5", "1", "2", "5"])
    ax.set_xlabel(r"$m_\phi$ [MeV]")
    ax.set_ylabel(r"BR$_{\nu\nu}$")
