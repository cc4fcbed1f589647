"""Speech: the ``Speaker`` seam, the pyttsx3 implementation, a silent one, a recording fake, and
the ``Coach`` that turns session events into speech.

This package's ``__init__`` imports nothing on purpose: the render worker process imports
``stretchguide.speech.worker`` and must not pay for (or crash on) Qt. Import the modules directly:
``from stretchguide.speech.pyttsx3_speaker import Pyttsx3Speaker``.
"""
