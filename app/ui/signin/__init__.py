"""Signing in on the desktop: the sign-in, set-up and recovery forms (forms.py), the
start-up flow before the main window (startup.py), and, once the window is up, the lock
screen, idle and system locks, user switching and the screens a role may use
(session.py, oslock.py). The work itself is app.services.signin's, run on the DbWorker:
key derivation never blocks the GUI thread.
"""
