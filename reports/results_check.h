/* A results database from another machine (merge's inputs, report's and
 * gate's --results) checked as data before anything reads it. */
#ifndef RPT_RESULTS_CHECK_H
#define RPT_RESULTS_CHECK_H

#include <sqlite3.h>

/* 0 when the database attached as `schema` ("main", "src") holds runs and
 * outcomes tables whose every row has the types and values runner/results.sql
 * gives them; else OSC_EXIT_INPUT after one line
 * "FILE: not a results database: TABLE row N: what". */
int rpt_results_check(sqlite3 *db, const char *schema, const char *path);

#endif
