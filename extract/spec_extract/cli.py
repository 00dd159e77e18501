"""Command line: extract.py [--db F] [--json F] [--reports DIR] [--platforms F] SOURCE...

Exit status as runner/diag.h: 0 done, 2 bad command line, 3 bad input, 4 the
extractor itself failed (a bug: it says so in one line).
"""

import argparse
import os
import sys

from . import pipeline, platforms, report_diff, report_lint, store_db, store_json
from .errors import ExtractError

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_SYSTEM = 4


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write("osconform: error: %s (try --help)\n" % message)
        sys.exit(EXIT_USAGE)


def _arguments(argv):
    p = _Parser(prog="extract.py", description="Extract os.rst sources into the spec database.")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="os.rst sources (spec/sources/*)")
    p.add_argument("--db", help="write the spec database here (spec.db)")
    p.add_argument("--json", help="write the same content as JSON here (spec.json)")
    p.add_argument("--reports", metavar="DIR", help="write spec-diff.md and doc-lint.md here")
    p.add_argument("--platforms", default=platforms.DEFAULT_PATH, help="platform vocabulary")
    p.add_argument("--quiet", action="store_true", help="no summary line")
    return p.parse_args(argv)


def main(argv=None):
    args = _arguments(sys.argv[1:] if argv is None else argv)
    try:
        vocab = platforms.load(args.platforms)
        docs = pipeline.extract_all(args.sources, vocab)
        if args.db:
            store_db.write(args.db, docs)
        if args.json:
            store_json.write(args.json, docs)
        if args.reports:
            report_diff.write(os.path.join(args.reports, "spec-diff.md"), docs)
            report_lint.write(os.path.join(args.reports, "doc-lint.md"), docs, vocab)
    except ExtractError as e:
        sys.stderr.write("osconform: error: %s\n" % e)
        return EXIT_INPUT
    except OSError as e:
        sys.stderr.write("osconform: error: %s: %s\n" % (e.filename or "", e.strerror))
        return EXIT_INPUT
    except Exception as e:  # noqa: BLE001 -- a bug of ours, still one line and no traceback
        sys.stderr.write("osconform: error: the extractor failed (%s: %s); please report it with the inputs\n"
                         % (type(e).__name__, str(e)[:200]))
        return EXIT_SYSTEM
    if not args.quiet:
        total = sum(len(d.objects) for d in docs)
        print("extract: %d sources, %d objects" % (len(docs), total))
    return 0
