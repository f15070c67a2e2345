#!/bin/sh
# Generic "block the deploy" step for any CI: scan the built site, keep a JSON report as evidence,
# and stop the pipeline on anything but a clean exit. Exit 2 (bad config, missing folder, a file
# that could not be read) blocks too: a gate must never pass because something was skipped.
#   usage: block-deploy.sh [SITE_DIR] [REPORT_FILE]
# PIXEL_PATROL overrides the command (default: npx --no-install pixel-patrol).
site="${1:-dist}"
report="${2:-pixel-patrol-report.json}"
pp="${PIXEL_PATROL:-npx --no-install pixel-patrol}"

$pp scan "$site" --format json --output-file "$report"
status=$?
if [ "$status" -ne 0 ]; then
  $pp scan "$site" --no-color >&2
  if [ "$status" -eq 1 ]; then
    echo "Deploy blocked: trackers reach sensitive pages (report: $report)." >&2
  else
    echo "Deploy blocked: pixel-patrol could not check the site (exit $status)." >&2
  fi
  exit "$status"
fi
echo "pixel-patrol: no trackers on sensitive pages; deploying."
