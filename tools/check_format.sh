#!/usr/bin/env bash
# Fails when a C++ file of the project's own is not formatted as .clang-format says.
# usage: check_format.sh SOURCE_DIR [CLANG_FORMAT]
set -euo pipefail
cd "$1"
clang_format=${2:-clang-format}
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' '*.hpp' 2>/dev/null ||
    find engine scenarios app tests bench tools -name '*.cpp' -o -name '*.h' -o -name '*.hpp')
[ ${#files[@]} -gt 0 ] || { echo "no C++ files found"; exit 1; }
if "$clang_format" --dry-run --Werror "${files[@]}"; then
    echo "${#files[@]} files formatted as .clang-format says"
else
    echo "run: clang-format -i <file> (the format is .clang-format)"
    exit 1
fi
