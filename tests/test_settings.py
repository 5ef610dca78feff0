"""Settings are checked once, field by field, when they are read; the checks accept every form a user may
rightly type (the S3 endpoint with or without its scheme) and normalize it."""

from __future__ import annotations

import pytest

from pipeline.errors import InvalidInput
from pipeline.ids import check_organization_id, check_property_id, check_report_id
from pipeline.settings import Settings

KEYS = {"CONSENTSCAN_S3_ACCESS_KEY": "AK", "CONSENTSCAN_S3_SECRET_KEY": "SK"}


def test_the_defaults_pass_their_own_checks(tmp_path):
    settings = Settings.from_env({"CONSENTSCAN_DATA_DIR": str(tmp_path / "new" / "data")})
    assert settings.page_timeout == 20.0 and settings.metrics_port == 9191 and settings.log_level == "INFO"
    assert not (tmp_path / "new").exists()  # checked, not created


@pytest.mark.parametrize(("given", "endpoint", "secure"), [
    ("minio:9000", "minio:9000", False),
    ("http://127.0.0.1:9000", "127.0.0.1:9000", False),
    ("https://s3.example.com", "s3.example.com", True),
    ("https://s3.example.com:9443/", "s3.example.com:9443", True),
    ("HTTP://minio:9000", "minio:9000", False),
    ("[::1]:9000", "[::1]:9000", False),
    ("http://[::1]:9000", "[::1]:9000", False),
    ("minio.consentscan.svc:9000", "minio.consentscan.svc:9000", False),
])
def test_the_s3_endpoint_takes_host_port_or_a_url_whose_scheme_sets_tls(tmp_path, given, endpoint, secure):
    settings = Settings.from_env({"CONSENTSCAN_S3_ENDPOINT": given, **KEYS})
    assert (settings.s3_endpoint, settings.s3_secure) == (endpoint, secure)


def test_without_a_scheme_the_s3_secure_setting_decides():
    settings = Settings.from_env({"CONSENTSCAN_S3_ENDPOINT": "minio:9443", "CONSENTSCAN_S3_SECURE": "true", **KEYS})
    assert (settings.s3_endpoint, settings.s3_secure) == ("minio:9443", True)


@pytest.mark.parametrize(("variable", "value"), [
    ("BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/"), ("BROKER_URL", "amqps://u:p@rabbitmq.svc/vhost"),
    ("DATABASE_URL", "postgresql+psycopg2://u:p@127.0.0.1:5432/db"), ("DATABASE_URL", "sqlite:///:memory:"),
    ("METRICS_PORT", "0"), ("METRICS_PORT", "65535"), ("MAX_RETRIES", "0"), ("PAGE_TIMEOUT", "0.5"),
    ("LOG_LEVEL", "debug"), ("LOG_LEVEL", "WARNING"), ("ALLOWED_NETWORKS", "10.20.0.0/16, fd00::/8"),
    ("SCHEDULE_WINDOW", "0"), ("FUSE_STAGES", "no"),
])
def test_good_values_are_accepted(tmp_path, variable, value):
    Settings.from_env({"CONSENTSCAN_DATA_DIR": str(tmp_path), "CONSENTSCAN_" + variable: value})


def test_an_override_from_a_flag_is_named_by_its_flag(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(InvalidInput, match=r"^--out: '.*file' is a file, not a directory$"):
        Settings.from_env({}, flags={"data_dir": "--out"}, data_dir=tmp_path / "file")
    with pytest.raises(InvalidInput, match=r"^CONSENTSCAN_PAGE_TIMEOUT: must be a finite number > 0, got nan$"):
        Settings.from_env({"CONSENTSCAN_DATA_DIR": str(tmp_path)}, page_timeout=float("nan"))


def test_with_s3_and_a_database_url_the_data_dir_is_not_needed(tmp_path):
    (tmp_path / "file").write_text("x")
    Settings.from_env({"CONSENTSCAN_DATA_DIR": str(tmp_path / "file"), "CONSENTSCAN_S3_ENDPOINT": "minio:9000",
                       "CONSENTSCAN_DATABASE_URL": "postgresql+psycopg2://u@127.0.0.1/db", **KEYS})


@pytest.mark.parametrize("check", [check_organization_id, check_property_id, check_report_id])
def test_each_kind_of_id_is_named_in_its_own_error(check):
    kind = check.__name__.removeprefix("check_").replace("_", " ")
    assert check("acme-2_shop") == "acme-2_shop"
    for bad in ("../x", "a/b=c", "", "-x", "a" * 65, "a b", "é", None, 3):
        with pytest.raises(InvalidInput, match=f"^invalid {kind} "):
            check(bad)
