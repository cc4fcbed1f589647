"""The command line's exit codes, shared by the commands and their argument parser."""

#: A mistake in what was typed: an unknown routine, a bad argument.
EXIT_USAGE = 2
