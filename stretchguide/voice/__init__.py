"""Spoken commands, recognised offline with pocketsphinx (no Qt here: see ui.voice_control)."""
