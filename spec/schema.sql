-- The spec database: the one definition. Written by extract/, read by the
-- case generator, the runner and the reports. Every line number is a line of
-- the file in spec/sources (1-based); src_line is the line of the original
-- os.rst where the shape lets it be recovered, else NULL.
PRAGMA user_version = 1;

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL UNIQUE,     -- file name in spec/sources
  version     TEXT NOT NULL UNIQUE,     -- Python version: '3.14', '3.8', '3.1'
  sha256      TEXT NOT NULL,
  shape       TEXT NOT NULL             -- 'rst' | 'scraped-stripped' | 'scraped-indented'
);

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  title       TEXT NOT NULL,
  level       INTEGER NOT NULL,         -- 1 = top heading of the document
  parent_id   INTEGER REFERENCES sections(id),
  line        INTEGER NOT NULL
);

CREATE TABLE objects (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  name        TEXT NOT NULL,            -- 'mkdir', 'stat_result.st_mode', 'DirEntry.is_dir'
  kind        TEXT NOT NULL CHECK (kind IN
                ('function','data','exception','class','method','attribute')),
  signature   TEXT,                     -- as written: 'mkdir(path, mode=0o777, *, dir_fd=None)'
  section_id  INTEGER REFERENCES sections(id),
  section     TEXT,                     -- title of the innermost section, for convenience
  parent_id   INTEGER REFERENCES objects(id),
  line        INTEGER NOT NULL,
  src_line    INTEGER,
  description TEXT NOT NULL DEFAULT '', -- the object's body text, markup kept
  UNIQUE (document_id, name, signature)
);
CREATE INDEX objects_name ON objects(name);

CREATE TABLE parameters (
  object_id   INTEGER NOT NULL REFERENCES objects(id),
  position    INTEGER NOT NULL,         -- 0-based order in the signature
  name        TEXT NOT NULL,
  default_value TEXT,                   -- as written ('0o777', 'None'); NULL = none
  kind        TEXT NOT NULL CHECK (kind IN ('positional-only','positional-or-keyword',
                'keyword-only','var-positional','var-keyword')),
  optional    INTEGER NOT NULL,         -- 1 if it may be omitted (default or [, opt])
  PRIMARY KEY (object_id, position)
);

CREATE TABLE availability (
  id          INTEGER PRIMARY KEY,
  object_id   INTEGER NOT NULL REFERENCES objects(id),
  raw         TEXT NOT NULL,            -- the claim as written
  origin      TEXT NOT NULL CHECK (origin IN ('directive','availability-line','prose','section')),
  expr        TEXT NOT NULL,            -- parsed, as JSON (spec/AVAILABILITY.md)
  line        INTEGER NOT NULL
);

CREATE TABLE notes (
  object_id   INTEGER NOT NULL REFERENCES objects(id),
  kind        TEXT NOT NULL CHECK (kind IN ('versionadded','versionchanged','deprecated','deprecated-removed')),
  version     TEXT NOT NULL,
  text        TEXT NOT NULL DEFAULT '',
  line        INTEGER NOT NULL
);

CREATE TABLE audit_events (
  object_id   INTEGER NOT NULL REFERENCES objects(id),
  event       TEXT NOT NULL,            -- 'os.mkdir'
  args        TEXT NOT NULL DEFAULT '', -- 'path,mode,dir_fd'
  line        INTEGER NOT NULL
);

-- Every testable sentence of an object's description. The ID is derived from
-- the normalised sentence alone, so it is stable across documents and runs.
CREATE TABLE claims (
  id          TEXT NOT NULL,            -- 'R-' || first 10 hex digits of sha256(normalised)
  object_id   INTEGER NOT NULL REFERENCES objects(id),
  text        TEXT NOT NULL,
  normalised  TEXT NOT NULL,
  line        INTEGER NOT NULL,
  PRIMARY KEY (id, object_id)
);
CREATE INDEX claims_object ON claims(object_id);
