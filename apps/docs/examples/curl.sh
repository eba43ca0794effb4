#!/usr/bin/env bash
# Look up a race and a contest with curl: in full, as CSV, and again with its ETag. TALLY_API defaults to `npm start`'s API.
set -euo pipefail
api=${TALLY_API:-http://127.0.0.1:8787}
race=2004-democratic
id=2004-nd-democratic-caucus

# The race: its contests by date, the standings, the running totals, and the delegates needed to win.
curl -fsS -w '\n' "$api/v1/races/$race"

# The contest in full: rows, outcome, audit findings, the delegate model and where it all comes from.
curl -fsS -w '\n' "$api/v1/contests/$id"

# Its result rows as CSV (or ?format=csv), in the layout the race's CSV and the data package's share.
curl -fsS -H 'Accept: text/csv' "$api/v1/contests/$id/results"

# Ask again with the ETag: 304 Not Modified while the data is unchanged.
etag=$(curl -fsS -o /dev/null -D - "$api/v1/contests/$id" | tr -d '\r' | sed -n 's/^etag: //Ip')
curl -sS -o /dev/null -w '%{http_code}\n' -H "If-None-Match: $etag" "$api/v1/contests/$id"
