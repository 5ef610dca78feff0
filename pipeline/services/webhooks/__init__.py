"""Alerts through webhooks: subscriptions per organization, events computed when a report ends, signed
deliveries through RabbitMQ with retries, exponential backoff, a dead letter and a delivery log.

store (tables, repository) <- events (what changed: pure functions) <- formats (bodies, signature)
<- transport (guarded HTTP POST) <- actors (evaluate, deliver) <- service (CLI and API) <- cli, api
"""
