#!/usr/bin/env bash
# Makes the large benchmark session (12 agencies, 40 decision points, 300 people, about 20,000
# response rows, 1,000 notes) with the app's own planner, runner and repositories.
# Usage: bench/large-session.sh DATABASE [COPIES]   (prints the new sessions' ids)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
java -Xmx512m -cp "$cp" LargeSession "$@"
