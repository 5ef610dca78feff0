"""The deployment files agree with the code: queues exist, every variable is a setting, commands parse."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import yaml

from pipeline.cli.main import parser
from pipeline.engine.flow import QUEUES
from pipeline.settings import PREFIX, Settings

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
SETTINGS = {PREFIX + f.name.upper() for f in dataclasses.fields(Settings)}


def test_compose_workers_cover_every_queue_with_valid_commands_and_settings():
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"rabbitmq", "minio", "postgres"} <= set(services)
    served = set()
    assert parser().parse_args(services["scheduler"]["command"]).command == "scheduler"
    assert parser().parse_args(services["api"]["command"]).command == "api"
    for name, service in services.items():
        if "build" not in service or name in ("scheduler", "api"):
            continue
        args = parser().parse_args(service["command"])
        assert args.command == "worker"
        queues = args.queues.split(",")
        assert set(queues) <= set(QUEUES), name
        served |= set(queues)
        assert set(service["environment"]) <= SETTINGS, name
    assert served == set(QUEUES)


def test_dockerfile_sets_only_known_settings():
    names = set(re.findall(r"(CONSENTSCAN_[A-Z_]+)=", (DEPLOY / "Dockerfile").read_text()))
    assert names and names <= SETTINGS


def test_kubernetes_scales_each_stage_on_its_own_queue():
    documents = [d for path in sorted((DEPLOY / "kubernetes").glob("*.yaml"))
                 for d in yaml.safe_load_all(path.read_text()) if d]
    deployments = {d["metadata"]["name"]: d for d in documents if d["kind"] == "Deployment"}
    scaled = [d for d in documents if d["kind"] == "ScaledObject"]
    queues = {}
    for obj in scaled:
        target = deployments[obj["spec"]["scaleTargetRef"]["name"]]
        (trigger,) = obj["spec"]["triggers"]
        assert trigger["type"] == "rabbitmq" and trigger["authenticationRef"]["name"] == "rabbitmq"
        args = parser().parse_args(target["spec"]["template"]["spec"]["containers"][0]["args"])
        assert args.command == "worker" and args.queues == trigger["metadata"]["queueName"]
        queues[args.queues] = obj["spec"]["maxReplicaCount"]
    assert set(queues) == set(QUEUES)
    assert queues["crawl"] >= max(v for k, v in queues.items() if k != "crawl")
    crawl = deployments["worker-crawl"]["spec"]["template"]["spec"]["containers"][0]
    assert parser().parse_args(crawl["args"]).threads == 1  # one browser per process
    for document in documents:
        if document["kind"] in ("ConfigMap", "Secret"):
            assert set(document.get("data") or document.get("stringData")) <= SETTINGS
