#!/usr/bin/env bash
# Installs Mailscope from the build tree into a scratch prefix, builds the embedding example
# against it with find_package(Mailscope), and runs it: what another project would do.
set -euo pipefail
build_dir=$1
source_dir=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake --install "$build_dir" --prefix "$scratch/prefix" > "$scratch/install.log"
test -f "$scratch/prefix/include/mailscope/smtp/smtpserver.h"
test -f "$scratch/prefix/lib/cmake/Mailscope/MailscopeConfig.cmake" || test -f "$scratch/prefix/lib/x86_64-linux-gnu/cmake/Mailscope/MailscopeConfig.cmake"
cmake -S "$source_dir/examples/recipientcheck" -B "$scratch/example" -G Ninja \
      -DCMAKE_PREFIX_PATH="$scratch/prefix" -DCMAKE_BUILD_TYPE=Release > "$scratch/configure.log"
cmake --build "$scratch/example" > "$scratch/build.log"
EXAMPLE="$scratch/example/recipientcheck" python3 "$source_dir/tests/e2e/test_example.py"
