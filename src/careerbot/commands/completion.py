"""`careerbot completion bash`: a static completion script written from the argument tree,
so it never falls out of step with the commands and costs nothing when careerbot starts."""

from __future__ import annotations

import argparse

from careerbot.commands.parser import subcommands

TEMPLATE = """\
# bash completion for careerbot: source <(careerbot completion bash)
_careerbot() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local command="" i next="" options=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${{COMP_WORDS[i]}}" in
            -*) ;;
            *) command="${{COMP_WORDS[i]}}"; break ;;
        esac
    done
    # after an option that takes a value (a file, a port, a URL): the shell's own completion
    case "$prev" in
        {valued}) return ;;
    esac
    case "$command" in
{cases}
    esac
    # a name, a message or a file: nothing offered, so the shell completes file names
    case "$cur" in
        -*) COMPREPLY=($(compgen -W "$options" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "$next" -- "$cur")) ;;
    esac
}}
complete -o default -F _careerbot careerbot
"""


def _case(name: str, parser: argparse.ArgumentParser) -> str:
    """What may follow a command: its subcommands or a positional's choices, and its options."""
    actions = parser._actions
    following = list(subcommands(parser)) or [
        str(choice) for a in actions if not a.option_strings and a.choices for choice in a.choices
    ]
    options = [option for action in actions for option in action.option_strings]
    return f'        {name}) next="{" ".join(following)}"; options="{" ".join(options)}" ;;'


def _valued(parser: argparse.ArgumentParser) -> set[str]:
    """The options, at any depth, that take a value."""
    found = {
        option
        for action in parser._actions
        if action.option_strings and action.nargs != 0
        for option in action.option_strings
    }
    for sub in subcommands(parser).values():
        found |= _valued(sub)
    return found


def bash_script(parser: argparse.ArgumentParser) -> str:
    cases = [_case('""', parser)]
    cases += [_case(name, sub) for name, sub in subcommands(parser).items()]
    return TEMPLATE.format(cases="\n".join(cases), valued="|".join(sorted(_valued(parser))))
