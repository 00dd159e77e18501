-- build/results.db: every outcome of every run. Written by `osconform run`
-- (one transaction per batch, so an interrupted run keeps what it finished),
-- read by `osconform report`, `gate` and `merge`.
PRAGMA user_version = 2;  -- OSC_RESULTS_VERSION in runner/results.h

CREATE TABLE IF NOT EXISTS runs (
  id             INTEGER PRIMARY KEY,
  target         TEXT NOT NULL,      -- as given: 'reference', 'python:/usr/bin/python3', 'pyodide'
  implementation TEXT NOT NULL,      -- 'osref', 'cpython', 'pypy', 'pyodide', 'micropython'
  version        TEXT NOT NULL,      -- implementation version as the target reports it
  platform       TEXT NOT NULL,      -- JSON: the target's facts (sys_platform, uname, libc, libc_version, ...)
  host           TEXT NOT NULL,      -- machine label, for merged matrices
  doc            TEXT NOT NULL,      -- doc version the cases came from: '3.14'
  cases_file     TEXT NOT NULL,
  started        TEXT NOT NULL,      -- ISO 8601 UTC
  finished       TEXT,               -- NULL while running or if interrupted
  total          INTEGER NOT NULL    -- cases selected for the run
);

CREATE TABLE IF NOT EXISTS outcomes (
  run_id    INTEGER NOT NULL REFERENCES runs(id),
  case_id   TEXT NOT NULL,
  object    TEXT NOT NULL,           -- documented name the case is about
  kind      TEXT NOT NULL,           -- existence | signature | value | behaviour | speculative
  claim_id  TEXT,                    -- spec claims.id the case checks, if any
  -- Spelled as ORs: SQLite builds a temporary table for an IN list on every
  -- insert, a third of the cost of writing a row.
  verdict   TEXT NOT NULL CHECK (verdict = 'PASS' OR verdict = 'FAIL' OR verdict = 'MISSING'
              OR verdict = 'UNEXPECTED' OR verdict = 'UNSUPPORTED' OR verdict = 'STUB'
              OR verdict = 'SKIP' OR verdict = 'ERROR' OR verdict = 'CRASH'
              OR verdict = 'TIMEOUT' OR verdict = 'OBSERVED' OR verdict = 'NOTYET'
              OR verdict = 'XFAIL'),
  expected  TEXT,                    -- JSON
  observed  TEXT,                    -- JSON: the target's outcome line, or what went wrong
  reason    TEXT,                    -- one line: why this verdict (skip reason, diff, crash signal)
  known     TEXT,                    -- reason from expectations/<implementation>.* if listed
  us        INTEGER,                 -- microseconds the case took in the target
  replay    TEXT NOT NULL,           -- shell command that runs this one case again
  PRIMARY KEY (run_id, case_id)
);
