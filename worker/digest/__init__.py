"""The daily digest: select (store) -> build (pure, templates) -> send (SMTP or outbox)."""
