"""The Qt desktop shell: widgets, timers and speech adapt the core; they hold no rules."""
