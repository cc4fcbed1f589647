"""Desktop integration: MPRIS (media keys), the tray icon and break reminders.

Each part is optional and turns itself off quietly where the desktop does not support it.
"""
