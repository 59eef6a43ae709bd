"""The client file: one widget per client, several open at once, nothing lost unsaved."""
