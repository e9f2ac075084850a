"""The parts of the `careerbot` command: its arguments and help, the exit codes, what a
one-shot reply prints, the jobs each command runs, and its shell completion."""
