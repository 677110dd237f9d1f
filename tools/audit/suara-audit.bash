# bash completion for suara-audit (docs/cli.md). Installed as
# share/bash-completion/completions/suara-audit. tests/bulk checks that it names every option of
# the parser (tools/audit/audit_run.hpp, audit_option_table), so that the two cannot drift.
# Distributed under the Boost Software License, Version 1.0.

_suara_audit() {
    local cur prev
    COMPREPLY=()
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    local options="--regime --format --output -o --output-file --lang --threads -q --quiet --fail-on
        --min-severity --rules --ignore --rules-file --kontes --recap --regions --names --caleg --rejections --summary
        --actions --rollup --excel -h --help --version"
    # `suara-audit diff OLD NEW` has options of its own (tools/audit/audit_diff.hpp).
    local diff_options="--output -o --output-file --lang --kontes --names -q --quiet -h --help"
    if [[ COMP_CWORD -gt 1 && "${COMP_WORDS[1]}" == "diff" ]]; then
        options="$diff_options"
    fi

    # After `--` every word is an input.
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ "${COMP_WORDS[i]}" == "--" ]]; then
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return 0
        fi
    done

    # --opt=value: complete the value (bash splits at '=' unless COMP_WORDBREAKS lacks it).
    if [[ "$prev" == "=" && COMP_CWORD -ge 2 ]]; then
        prev="${COMP_WORDS[COMP_CWORD-2]}"
    elif [[ "$cur" == --*=* ]]; then
        prev="${cur%%=*}"
        cur="${cur#*=}"
    fi

    case "$prev" in
        --regime) COMPREPLY=($(compgen -W "auto pilkada-2024 pemilu-2024" -- "$cur")); return 0 ;;
        --format) COMPREPLY=($(compgen -W "auto csv sirekap" -- "$cur")); return 0 ;;
        --output) COMPREPLY=($(compgen -W "text jsonl csv html" -- "$cur")); return 0 ;;
        --lang) COMPREPLY=($(compgen -W "id en" -- "$cur")); return 0 ;;
        --fail-on) COMPREPLY=($(compgen -W "error warning info psu recount correction psl pss review" -- "$cur")); return 0 ;;
        --min-severity) COMPREPLY=($(compgen -W "info warning error" -- "$cur")); return 0 ;;
        --rules | --ignore)
            COMPREPLY=($(compgen -W "voters.* ballots.* votes.* tps.* record.* psu.* recount.* continued.* follow_up.* recap.*" -- "$cur"))
            return 0
            ;;
        --kontes) COMPREPLY=($(compgen -W "ppwp pdpr pdpd pdprdp pdprdk pkwkp pkwkk" -- "$cur")); return 0 ;;
        --threads) return 0 ;;
        -o | --output-file | --rules-file | --recap | --regions | --names | --caleg | --rejections | --summary | --actions | --rollup)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return 0
            ;;
    esac

    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return 0
    fi
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
    # The first word may also be the diff command.
    if [[ COMP_CWORD -eq 1 ]]; then
        COMPREPLY+=($(compgen -W "diff" -- "$cur"))
    fi
}
complete -F _suara_audit suara-audit
