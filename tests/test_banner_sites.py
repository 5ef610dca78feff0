"""Banners nobody wrote a rule for, in 18 languages and every structure the heuristic must handle (see
``tests/banner_sites``): each scenario must click the control that makes its choice, which the site proves
by the cookie it sets, and record that control in the evidence. Real Chromium, through ``consentscan scan``.
"""

from __future__ import annotations

import io
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from stages.crawl.browser import VIEWPORT
from tests.banner_sites import ALL, MISLEADING, NOT_BANNERS, SITES, BannerSite, build, frame_host_of
from tests.conftest import Reports, cookies, run_cli

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """Every site scanned once, two at a time in the background (the scans mostly wait): a test waits only for
    the report of its own site, so each stays within its own time limit."""
    from pipeline.demo.server import SiteServer

    root = build(tmp_path_factory.mktemp("banner-sites"))
    out = tmp_path_factory.mktemp("banner-scans")

    def scan(site: BannerSite) -> dict:
        result = run_cli("scan", f"http://{site.host}/", "--out", str(out / site.host), "--json", "--pages", "1",
                         "--scenarios", "consent_to_all,refuse_to_all", "--host-resolver-rules", server.host_rules,
                         env={"CONSENTSCAN_ALLOWED_NETWORKS": "127.0.0.1/32"}, timeout=240)
        assert result.returncode == 0, result.stderr[-2000:]
        report = json.loads(result.stdout)
        folder = out / site.host / "reports" / report["id"]
        report["_evidence"] = {s: json.loads((folder / s / "crawl.json").read_text())
                               for s in ("consent_to_all", "refuse_to_all")}
        report["_privacy"] = json.loads((folder / "report_privacy.json").read_text())["privacy"]
        report["_gif"] = {s: (folder / s / "proof_of_scan.gif").read_bytes()
                          for s in ("consent_to_all", "refuse_to_all")}
        return report

    with SiteServer(root) as server, ThreadPoolExecutor(2) as pool:
        futures = {site.host: pool.submit(scan, site) for site in ALL}
        yield Reports(futures)
        for future in futures.values():
            future.cancel()


@pytest.mark.parametrize("site", SITES, ids=[s.host for s in SITES])
def test_each_scenario_clicks_the_control_of_its_choice(scanned, site):
    report = scanned[site.host]
    assert report["status"] == "success", report["errors"]
    accepted, refused = report["_evidence"]["consent_to_all"], report["_evidence"]["refuse_to_all"]
    assert site.accept in cookies(accepted), accepted["cmp"]
    assert site.refuse in cookies(refused), refused["cmp"]
    assert not any(c.startswith("chose_") for c in cookies(refused) - {site.refuse})  # no second choice
    assert "chose_accept" not in cookies(refused)
    for evidence, roles in ((accepted, {"accept_all"}), (refused, {"reject_all", "necessary_only", "save_selection"})):
        clicked = evidence["cmp"]["clicked_control"]
        assert clicked["role"] in roles and clicked["label"], clicked
        assert clicked["box"]["width"] > 0
        assert evidence["cmp"]["verification"]["banner_gone"]


def test_the_refusal_behind_settings_is_on_the_second_layer_with_its_toggles_switched_off(scanned):
    refused = scanned["layers.el.test"]["_evidence"]["refuse_to_all"]["cmp"]
    assert refused["layers"] == 2 and refused["clicked_control"]["layer"] == 2
    assert refused["clicked_control"]["role"] == "save_selection"
    assert [t["checked"] for t in refused["toggles"] if t["layer"] == 2] == [True, True]  # pre-ticked, recorded


@pytest.mark.parametrize("site", [s for s in SITES if s.structure == "iframe_cross"], ids=lambda s: s.host)
def test_the_pointer_reaches_a_banner_in_a_frame_of_another_site(scanned, site):
    """Every click in a frame of another process lands at once: none lost to the page's <iframe> element and
    left to the element's own click() (the proof's capture before each click once made them all miss)."""
    for scenario in ("consent_to_all", "refuse_to_all"):
        clicked = scanned[site.host]["_evidence"][scenario]["cmp"]["clicked_control"]
        assert clicked["frame_url"].startswith(f"http://{frame_host_of(site)}/"), clicked
        assert clicked["method"] == "pointer", clicked


def test_the_refusal_behind_settings_in_a_cross_origin_frame_is_saved_with_its_purposes_off(scanned):
    refused = scanned["frame.pt.test"]["_evidence"]["refuse_to_all"]["cmp"]
    assert refused["layers"] == 2
    assert (refused["clicked_control"]["label"], refused["clicked_control"]["layer"]) == ("Guardar e sair", 2)
    assert [t["checked"] for t in refused["toggles"] if t["layer"] == 2] == [True, True]  # pre-ticked, recorded


def test_a_refusal_that_only_switches_the_purposes_off_is_saved(scanned):
    refused = scanned["deselect.es.test"]["_evidence"]["refuse_to_all"]["cmp"]
    clicked = refused["clicked_control"]
    assert (clicked["label"], clicked["role"], clicked["layer"]) == ("Guardar y salir", "save_selection", 2)
    assert clicked["after"] == "Rechazar todo"


def test_a_way_out_in_running_text_is_recorded_as_such(scanned):
    refused = scanned["continue.it.test"]["_evidence"]["refuse_to_all"]["cmp"]
    assert refused["clicked_control"]["role"] == "reject_all"
    assert refused["clicked_control"]["in_text"] and refused["clicked_control"]["is_link"]


@pytest.mark.parametrize("site", NOT_BANNERS, ids=[s.host for s in NOT_BANNERS])
def test_a_pop_up_that_asks_for_no_consent_is_no_banner_to_click(scanned, site):
    report = scanned[site.host]
    for scenario in ("consent_to_all", "refuse_to_all"):
        evidence = report["_evidence"][scenario]
        assert evidence["cmp"]["clicked_control"] is None
        assert evidence["error"]["error_type"] == "no_existing_or_clear_cmp"
        assert not any(c.startswith("chose_") for c in cookies(evidence))


def test_the_second_layer_over_the_first_is_the_one_refused_on(scanned):
    refused = scanned["over.de.test"]["_evidence"]["refuse_to_all"]["cmp"]
    assert refused["clicked_control"]["layer"] == 2 and refused["clicked_control"]["label"] == "Alle ablehnen"


def test_a_reject_that_only_opens_more_choices_is_not_taken_for_a_refusal(scanned):
    report = scanned[MISLEADING.host]
    refused = report["_evidence"]["refuse_to_all"]
    assert refused["error"]["error_type"] == "not_able_to_click", refused["error"]
    assert "'Reject all'" in refused["error"]["error_description"]
    assert "chose_accept" in cookies(report["_evidence"]["consent_to_all"])


def test_the_gif_outlines_the_control_clicked(scanned):
    """A frame of the proof shows the control about to be clicked in a red box where the evidence says it is."""
    from PIL import Image, ImageSequence

    report = scanned["two-accepts.en.test"]
    clicked = report["_evidence"]["consent_to_all"]["cmp"]["clicked_control"]["box"]
    gif = Image.open(io.BytesIO(report["_gif"]["consent_to_all"]))
    scale = gif.width / VIEWPORT["width"]
    red_frames = []
    for frame in ImageSequence.Iterator(gif):
        pixels = frame.convert("RGB")
        y = int((clicked["y"] - 3) * scale)  # the top edge of the box
        xs = range(int(clicked["x"] * scale), int((clicked["x"] + clicked["width"]) * scale))
        if sum(1 for x in xs if _red(pixels.getpixel((x, y))) or _red(pixels.getpixel((x, y + 1)))) > len(xs) / 2:
            red_frames.append(frame)
    assert red_frames


def _red(pixel: tuple[int, int, int]) -> bool:
    return pixel[0] > 180 and pixel[1] < 70 and pixel[2] < 70


# The EDPB cookie banner taskforce's checks (report_privacy.json) on what the crawl measured of each banner.
DESIGN = [
    ("plain.ro.test", {"has_refuse_on_first_layer": True, "has_balanced_choice_design": True}),
    ("continue.it.test", {"has_refuse_on_first_layer": True, "has_balanced_choice_design": False}),  # running text
    ("continue.fr.test", {"has_balanced_choice_design": False}),  # a link against a button
    ("contrast.sk.test", {"has_refuse_on_first_layer": True, "has_balanced_choice_design": False}),
    ("layers.el.test", {"has_refuse_on_first_layer": False, "has_no_preticked_purposes": False}),
    ("selection.en.test", {"has_no_preticked_purposes": False}),
    ("two-accepts.en.test", {"has_refuse_on_first_layer": True, "has_no_preticked_purposes": None}),
]


@pytest.mark.parametrize(("host", "expected"), DESIGN, ids=[host for host, _ in DESIGN])
def test_the_banner_design_checks_read_what_the_banner_showed(scanned, host, expected):
    privacy = scanned[host]["_privacy"]
    assert {name: privacy[name] for name in expected} == expected
