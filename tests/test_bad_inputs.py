"""Bad settings, arguments, ids and files, each typed as a user would (``consentscan`` in a subprocess): exit
2, exactly one line on stderr that names the field, never a traceback, and nothing crawled.

The whole table runs in a thread pool once (each run is a fresh interpreter, a second or so); one test per
row then reads its result."""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import run_cli

P = "CONSENTSCAN_"
URL = "https://www.shop.example/"

# (id, command-line arguments, environment, what the one line must name). Placeholders: {tmp} a writable
# folder, {file} a text file, {binary} a binary file, {latin1} a non-UTF-8 file, {ro} a read-only mount.
ROWS: list[tuple[str, list[str], dict[str, str], str]] = [
    # -- settings (CONSENTSCAN_*), read by every command -----------------------------------------------------
    ("page-timeout-nan", ["report", "show", "r1"], {P + "PAGE_TIMEOUT": "nan"}, "CONSENTSCAN_PAGE_TIMEOUT"),
    ("page-timeout-inf", ["report", "show", "r1"], {P + "PAGE_TIMEOUT": "inf"}, "CONSENTSCAN_PAGE_TIMEOUT"),
    ("page-timeout-zero", ["report", "show", "r1"], {P + "PAGE_TIMEOUT": "0"}, "CONSENTSCAN_PAGE_TIMEOUT"),
    ("page-timeout-negative", ["report", "show", "r1"], {P + "PAGE_TIMEOUT": "-1"}, "CONSENTSCAN_PAGE_TIMEOUT"),
    ("scenario-timeout-text", ["report", "show", "r1"], {P + "SCENARIO_TIMEOUT": "abc"},
     "CONSENTSCAN_SCENARIO_TIMEOUT"),
    ("banner-timeout-minus-inf", ["report", "show", "r1"], {P + "BANNER_TIMEOUT": "-inf"},
     "CONSENTSCAN_BANNER_TIMEOUT"),
    ("s3-timeout-zero", ["report", "show", "r1"], {P + "S3_TIMEOUT": "0"}, "CONSENTSCAN_S3_TIMEOUT"),
    ("max-retries-negative", ["report", "show", "r1"], {P + "MAX_RETRIES": "-1"}, "CONSENTSCAN_MAX_RETRIES"),
    ("max-retries-fraction", ["report", "show", "r1"], {P + "MAX_RETRIES": "1.5"}, "CONSENTSCAN_MAX_RETRIES"),
    ("metrics-port-negative", ["report", "show", "r1"], {P + "METRICS_PORT": "-3"}, "CONSENTSCAN_METRICS_PORT"),
    ("metrics-port-too-high", ["report", "show", "r1"], {P + "METRICS_PORT": "65536"},
     "CONSENTSCAN_METRICS_PORT"),
    ("log-level-unknown", ["report", "show", "r1"], {P + "LOG_LEVEL": "LOUD"}, "CONSENTSCAN_LOG_LEVEL"),
    ("log-format-unknown", ["report", "show", "r1"], {P + "LOG_FORMAT": "xml"}, "CONSENTSCAN_LOG_FORMAT"),
    ("broker-url-not-a-url", ["report", "show", "r1"], {P + "BROKER_URL": "not a url"}, "CONSENTSCAN_BROKER_URL"),
    ("broker-url-http", ["report", "show", "r1"], {P + "BROKER_URL": "http://127.0.0.1:5672/"},
     "CONSENTSCAN_BROKER_URL"),
    ("broker-url-bad-port", ["report", "show", "r1"], {P + "BROKER_URL": "amqp://guest@127.0.0.1:99999/"},
     "CONSENTSCAN_BROKER_URL"),
    ("broker-url-bad-ipv6", ["report", "show", "r1"], {P + "BROKER_URL": "amqp://[zz]/"}, "CONSENTSCAN_BROKER_URL"),
    ("database-url-unknown-dialect", ["report", "show", "r1"], {P + "DATABASE_URL": "notadb://x"},
     "CONSENTSCAN_DATABASE_URL"),
    ("database-url-missing-driver", ["report", "show", "r1"], {P + "DATABASE_URL": "mysql://u@127.0.0.1/db"},
     "CONSENTSCAN_DATABASE_URL"),
    ("database-url-not-a-url", ["report", "show", "r1"], {P + "DATABASE_URL": "not a url"},
     "CONSENTSCAN_DATABASE_URL"),
    ("database-url-sqlite-under-a-file", ["report", "show", "r1"], {P + "DATABASE_URL": "sqlite:///{file}/x.db"},
     "CONSENTSCAN_DATABASE_URL"),
    ("database-url-sqlite-read-only", ["report", "show", "r1"], {P + "DATABASE_URL": "sqlite:///{ro}/x.db"},
     "CONSENTSCAN_DATABASE_URL"),
    ("s3-endpoint-colons", ["report", "show", "r1"], {P + "S3_ENDPOINT": "::::", P + "S3_ACCESS_KEY": "a",
                                                      P + "S3_SECRET_KEY": "b"}, "CONSENTSCAN_S3_ENDPOINT"),
    ("s3-endpoint-ftp", ["report", "show", "r1"], {P + "S3_ENDPOINT": "ftp://minio:21", P + "S3_ACCESS_KEY": "a",
                                                   P + "S3_SECRET_KEY": "b"}, "CONSENTSCAN_S3_ENDPOINT"),
    ("s3-endpoint-path", ["report", "show", "r1"], {P + "S3_ENDPOINT": "http://minio:9000/bucket",
                                                    P + "S3_ACCESS_KEY": "a", P + "S3_SECRET_KEY": "b"},
     "CONSENTSCAN_S3_ENDPOINT"),
    ("s3-endpoint-port-text", ["report", "show", "r1"], {P + "S3_ENDPOINT": "minio:abc", P + "S3_ACCESS_KEY": "a",
                                                         P + "S3_SECRET_KEY": "b"}, "CONSENTSCAN_S3_ENDPOINT"),
    ("s3-endpoint-without-keys", ["report", "show", "r1"], {P + "S3_ENDPOINT": "minio:9000"},
     "CONSENTSCAN_S3_ACCESS_KEY"),
    ("s3-scheme-contradicts-secure", ["report", "show", "r1"], {
        P + "S3_ENDPOINT": "https://minio:9000", P + "S3_SECURE": "false", P + "S3_ACCESS_KEY": "a",
        P + "S3_SECRET_KEY": "b"}, "CONSENTSCAN_S3_SECURE"),
    ("s3-secure-not-a-bool", ["report", "show", "r1"], {P + "S3_SECURE": "maybe"}, "CONSENTSCAN_S3_SECURE"),
    ("data-dir-is-a-file", ["report", "show", "r1"], {P + "DATA_DIR": "{file}"}, "CONSENTSCAN_DATA_DIR"),
    ("data-dir-under-a-file", ["report", "show", "r1"], {P + "DATA_DIR": "{file}/data"}, "CONSENTSCAN_DATA_DIR"),
    ("data-dir-read-only", ["report", "show", "r1"], {P + "DATA_DIR": "{ro}/data"}, "CONSENTSCAN_DATA_DIR"),
    ("allow-private-not-a-bool", ["report", "show", "r1"], {P + "ALLOW_PRIVATE_NETWORKS": "maybe"},
     "CONSENTSCAN_ALLOW_PRIVATE_NETWORKS"),
    ("allowed-networks-bad-prefix", ["report", "show", "r1"], {P + "ALLOWED_NETWORKS": "10.0.0.0/33"},
     "CONSENTSCAN_ALLOWED_NETWORKS"),
    ("schedule-rate-zero", ["report", "show", "r1"], {P + "SCHEDULE_RATE": "0"}, "CONSENTSCAN_SCHEDULE_RATE"),
    ("schedule-window-negative", ["report", "show", "r1"], {P + "SCHEDULE_WINDOW": "-5"},
     "CONSENTSCAN_SCHEDULE_WINDOW"),
    ("report-deadline-zero", ["report", "show", "r1"], {P + "REPORT_DEADLINE": "0"}, "CONSENTSCAN_REPORT_DEADLINE"),
    ("browser-rss-zero", ["report", "show", "r1"], {P + "BROWSER_RECYCLE_RSS_MB": "0"},
     "CONSENTSCAN_BROWSER_RECYCLE_RSS_MB"),
    ("collector-rate-nan", ["report", "show", "r1"], {P + "COLLECTOR_RATE": "nan"}, "CONSENTSCAN_COLLECTOR_RATE"),
    ("chromium-missing", ["report", "show", "r1"], {P + "CHROMIUM": "/nonexistent/chromium"},
     "CONSENTSCAN_CHROMIUM"),
    # -- scan and submit -------------------------------------------------------------------------------------
    ("scan-url-bad-ipv6", ["scan", "http://[zz]/", "--out", "{tmp}"], {}, "URL"),
    ("scan-url-open-bracket", ["scan", "http://[::1/", "--out", "{tmp}"], {}, "URL"),
    ("scan-url-ftp", ["scan", "ftp://www.shop.example/", "--out", "{tmp}"], {}, "URL"),
    ("scan-url-five-numbers", ["scan", "http://1.2.3.4.5/", "--out", "{tmp}"], {}, "1.2.3.4.5"),
    ("scan-url-empty", ["scan", "", "--out", "{tmp}"], {}, "URL"),
    ("scan-url-metadata-service", ["scan", "http://169.254.169.254/", "--out", "{tmp}"], {}, "169.254.169.254"),
    ("scan-url-nat64-metadata", ["scan", "http://[64:ff9b::a9fe:a9fe]/", "--out", "{tmp}"], {},
     "64:ff9b::a9fe:a9fe"),
    ("scan-organization-climbs", ["scan", URL, "--organization-id", "../../../x", "--out", "{tmp}"], {},
     "--organization-id"),
    ("scan-organization-partition", ["scan", URL, "--organization-id", "a/b=c", "--out", "{tmp}"], {},
     "--organization-id"),
    ("scan-property-climbs", ["scan", URL, "--property-id", "../p", "--out", "{tmp}"], {}, "--property-id"),
    ("scan-pages-zero", ["scan", URL, "--pages", "0", "--out", "{tmp}"], {}, "pages"),
    ("scan-pages-text", ["scan", URL, "--pages", "abc", "--out", "{tmp}"], {}, "--pages"),
    ("scan-scenario-unknown", ["scan", URL, "--scenarios", "bogus", "--out", "{tmp}"], {}, "scenario"),
    ("scan-host-rule-port-too-high", ["scan", URL, "--host-resolver-rules", "MAP * 127.0.0.1:99999"], {},
     "--host-resolver-rules"),
    ("scan-host-rule-port-text", ["scan", URL, "--host-resolver-rules", "MAP * 127.0.0.1:abc"], {},
     "--host-resolver-rules"),
    ("scan-host-rule-unknown-verb", ["scan", URL, "--host-resolver-rules", "SEND * 127.0.0.1"], {},
     "--host-resolver-rules"),
    ("scan-out-is-a-file", ["scan", URL, "--out", "{file}"], {}, "--out"),
    ("scan-out-read-only", ["scan", URL, "--out", "{ro}/data"], {}, "--out"),
    ("submit-from-binary", ["submit", "--from", "{binary}"], {}, "--from"),
    ("submit-from-missing", ["submit", "--from", "{tmp}/missing.txt"], {}, "--from"),
    ("submit-from-directory", ["submit", "--from", "{tmp}"], {}, "--from"),
    ("submit-from-latin1", ["submit", "--from", "{latin1}"], {}, "--from"),
    ("submit-nothing", ["submit"], {}, "URL"),
    ("submit-wait-negative", ["submit", URL, "--wait", "-1"], {}, "--wait"),
    # -- operating commands ----------------------------------------------------------------------------------
    ("api-port-too-high", ["api", "--port", "99999"], {}, "--port"),
    ("api-port-zero", ["api", "--port", "0"], {}, "--port"),
    ("api-port-text", ["api", "--port", "http"], {}, "--port"),
    ("api-host-space", ["api", "--host", "a b"], {}, "--host"),
    ("worker-processes-zero", ["worker", "--processes", "0"], {}, "--processes"),
    ("worker-threads-negative", ["worker", "--threads", "-2"], {}, "--threads"),
    ("worker-queue-unknown", ["worker", "--queues", "crawl,bogus"], {}, "queue"),
    ("reap-older-than-negative", ["reap", "--older-than", "-5"], {}, "--older-than"),
    ("reap-older-than-nan", ["reap", "--older-than", "nan"], {}, "--older-than"),
    ("compact-before-impossible-date", ["compact", "--before", "2024-13-45"], {}, "--before"),
    ("compact-before-future", ["compact", "--before", "2999-01-01"], {}, "--before"),
    ("compact-before-word", ["compact", "--before", "yesterday"], {}, "--before"),
    ("apikey-organization-climbs", ["apikey", "create", "--organization", "../x"], {}, "--organization"),
    ("catalog-override-organization", ["catalog", "override", "{file}", "--organization", "../x"], {},
     "--organization"),
    ("catalog-gvl-binary", ["catalog", "import-gvl", "{binary}"], {}, "{binary}"),
    ("report-show-climbs", ["report", "show", "../x"], {}, "report_id"),
    ("report-html-space", ["report", "html", "a b"], {}, "report_id"),
    # -- properties ------------------------------------------------------------------------------------------
    ("property-organization-climbs", ["property", "add", URL, "--organization", "../x"], {}, "--organization"),
    ("property-id-slash", ["property", "add", URL, "--id", "a/b"], {}, "--id"),
    ("property-host-rule-port", ["property", "add", URL, "--host-resolver-rules", "MAP * 1.2.3.4:99999"], {},
     "--host-resolver-rules"),
    ("property-hour-25", ["property", "add", URL, "--schedule", "daily", "--hour", "25"], {}, "scheduledHour"),
    ("property-day-of-week-7", ["property", "add", URL, "--schedule", "weekly", "--day-of-week", "7"], {},
     "scheduledDayOfWeek"),
    ("property-day-of-month-0", ["property", "add", URL, "--schedule", "monthly", "--day-of-month", "0"], {},
     "scheduledDayOfMonth"),
    ("property-pages-101", ["property", "add", URL, "--pages", "101"], {}, "--pages"),
    ("property-schedule-unknown", ["property", "add", URL, "--schedule", "hourly"], {}, "--schedule"),
    ("property-list-limit-too-high", ["property", "list", "--limit", "5000"], {}, "--limit"),
    ("history-offset-negative", ["history", "p1", "--offset", "-1"], {}, "--offset"),
    ("property-show-climbs", ["property", "show", "../p"], {}, "property_id"),
    ("property-list-organization-space", ["property", "list", "--organization", "a b"], {}, "--organization"),
    ("property-import-binary", ["property", "import", "{binary}"], {}, "{binary}"),
    ("schedule-count-zero", ["schedule", "next", "p1", "--count", "0"], {}, "--count"),
    ("history-organization-climbs", ["history", "p1", "--organization", "../x"], {}, "--organization"),
    ("scheduler-sync-every-zero", ["scheduler", "--sync-every", "0"], {}, "--sync-every"),
]


def _mount_read_only(path):
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,ro", "tmpfs", str(path)], capture_output=True,
                          text=True)
    if done.returncode:
        pytest.fail(f"cannot mount a read-only tmpfs (the table needs root): {done.stderr.strip()}")


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad-inputs")
    places = {"tmp": str(tmp), "file": str(tmp / "file.txt"), "binary": str(tmp / "file.bin"),
              "latin1": str(tmp / "latin1.txt"), "ro": str(tmp / "ro")}
    (tmp / "file.txt").write_text("https://www.shop.example/\n")
    (tmp / "file.bin").write_bytes(bytes(range(256)) * 4)
    (tmp / "latin1.txt").write_bytes("https://www.caf\xe9.example/\n".encode("latin-1"))
    _mount_read_only(tmp / "ro")
    data_dir = tmp / "data"

    def run(row):
        _, args, env, _ = row
        env = {P + "DATA_DIR": str(data_dir), **{k: v.format(**places) for k, v in env.items()}}
        return run_cli(*(a.format(**places) for a in args), env=env, timeout=60)

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            done = dict(zip([row[0] for row in ROWS], pool.map(run, ROWS), strict=True))
    finally:
        subprocess.run(["umount", "-l", places["ro"]], check=True)
    yield done, places
    assert not data_dir.exists() or not any((data_dir / "reports").glob("*")), "a bad input started a scan"


def test_the_table_has_at_least_sixty_bad_inputs():
    assert len(ROWS) >= 60
    assert len({row[0] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("name", "args", "env", "field"), ROWS, ids=[row[0] for row in ROWS])
def test_a_bad_input_gets_one_line_naming_the_field_and_exit_2(results, name, args, env, field):
    done, places = results
    result = done[name]
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("consentscan: error: "), lines[0]
    assert field.format(**places) in lines[0], lines[0]
    assert result.returncode == 2, (result.returncode, lines[0])
    assert result.stdout == ""
