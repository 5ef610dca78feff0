"""The plumbing of consentscan: settings, messages, broker, storage, tables, flow, scheduler, CLI."""
