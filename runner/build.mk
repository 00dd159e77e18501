# runner: the osconform command (main, `osconform run`), its tests and bench,
# and the top-level `report` recipe. Links what cases/, reports/ and
# reference/ define: GENERATOR_OBJS, REPORTS_OBJS, OSREF_LIB.

-include runner/interp/build.mk
-include runner/drivers/build.mk

OSCONFORM      = $(B)/bin/osconform
RUNNER_LIBS    = -ljansson -lsqlite3 -lm -pthread
RUNNER_SRCS   := $(filter-out runner/main.c,$(wildcard runner/*.c))
RUNNER_SCHEMA  = $(B)/gen/runner/results_sql.c $(B)/gen/runner/schemas_json.c
RUNNER_OBJS    = $(RUNNER_SRCS:%.c=$(B)/obj/%.o) $(RUNNER_SCHEMA:%.c=$(B)/obj/%.o)
RUNNER_SAN_OBJS = $(RUNNER_SRCS:%.c=$(B)/asan/%.o) $(RUNNER_SCHEMA:%.c=$(B)/asan/%.o)

all: $(OSCONFORM)

# results.sql is the one definition of results.db; the binary carries it.
$(B)/gen/runner/results_sql.c: runner/results.sql
	@mkdir -p $(@D)
	$(Q){ echo '/* Generated from runner/results.sql: do not edit. */'; \
	  echo 'extern const char osc_results_schema[];'; \
	  echo 'const char osc_results_schema[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/  "/' -e 's/$$/\\n"/' $<; echo ';'; } > $@

# So are the schemas of the case line and of the platform vocabulary.
$(B)/gen/runner/schemas_json.c: cases/case.schema.json spec/platforms.schema.json
	@mkdir -p $(@D)
	$(Q){ echo '/* Generated from $^: do not edit. */'; \
	  echo 'extern const char osc_case_schema_text[], osc_platforms_schema_text[];'; \
	  echo 'const char osc_case_schema_text[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/  "/' -e 's/$$/\\n"/' cases/case.schema.json; echo ';'; \
	  echo 'const char osc_platforms_schema_text[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/  "/' -e 's/$$/\\n"/' spec/platforms.schema.json; echo ';'; } > $@

$(OSCONFORM): $(B)/obj/runner/main.o $(RUNNER_OBJS) $(GENERATOR_OBJS) $(REPORTS_OBJS) $(OSREF_LIB)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(RUNNER_LIBS) $(GENERATOR_LIBS) $(REPORTS_LIBS) $(OSREF_LDLIBS)

# ---- tests -------------------------------------------------------------
RUNNER_TEST_DIR  = $(B)/runner-tests
RUNNER_FAKE      = $(RUNNER_TEST_DIR)/fake-target
RUNNER_SAN_BIN   = $(RUNNER_TEST_DIR)/osconform
RUNNER_UNIT      = $(RUNNER_TEST_DIR)/unit
RUNNER_TEST_SRCS := $(wildcard runner/tests/test_*.c) runner/tests/helpers.c

# The command as the hostile tests drive it: runner objects only, sanitized.
$(RUNNER_SAN_BIN): $(B)/asan/runner/main.o $(RUNNER_SAN_OBJS)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD-SAN  $@")
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ $(RUNNER_LIBS)

$(RUNNER_FAKE): $(B)/obj/runner/tests/fake/fake_target.o
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) -o $@ $^ -ljansson

$(RUNNER_UNIT): $(RUNNER_TEST_SRCS:%.c=$(B)/asan/%.o) $(RUNNER_SAN_OBJS)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD-SAN  $@")
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ $(RUNNER_LIBS) -lcriterion

.PHONY: check-runner
CHECKS += check-runner
# A sanitizer report in a setup or teardown leaves Criterion's count
# untouched: the log is read for one as well.
check-runner: $(RUNNER_UNIT) $(RUNNER_FAKE) $(RUNNER_SAN_BIN) $(DRIVER_BYTECODE)
	$(Q)OSC_TEST_OSCONFORM=$(RUNNER_SAN_BIN) OSC_TEST_FAKE=$(RUNNER_FAKE) \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/runner/tests/lsan.supp:print_suppressions=0 \
	  OSC_TEST_FIXTURES=runner/tests/fixtures $(RUNNER_UNIT) --jobs 2 $(if $(Q),,--verbose) \
	  >$(B)/runner-tests.log 2>&1; rc=$$?; cat $(B)/runner-tests.log; [ $$rc -eq 0 ] && \
	  ! grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error:|exited during its setup or teardown' $(B)/runner-tests.log

# ---- make targets: the Debian root of the interpreters newer than the
# host's (runner/roots/). Outside the work tree; the runner finds it by the
# same variable.
OSCONFORM_ROOT ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/osconform/sid
export OSCONFORM_ROOT
ROOT_TARGETS    = cpython3.14 cpython3.13 pypy3.11 micropython-unix

.PHONY: targets
targets: $(DEPS_STAMP)
	$(Q)bash runner/roots/make-root.sh $(OSCONFORM_ROOT) runner/roots/sid.packages

# A root that cannot be built (no archive in reach) costs its targets only:
# they are reported as not run, with the reason.
TARGETS_OR_WARN = $(MAKE) -s --no-print-directory targets || \
	  echo "osconform: warning: the Debian root could not be built: $(ROOT_TARGETS) will be reported as not run" >&2

# ---- make report -------------------------------------------------------
# Every target in turn, then the reports. A fresh results.db each time, so
# the report shows this machine now.
RESULTS_DB     = $(B)/results.db
REPORT_TARGETS = reference python:/usr/bin/python3 python:/usr/bin/pypy3 pyodide micropython $(ROOT_TARGETS)

.PHONY: runs
report: runs
	$(Q)$(OSCONFORM) report --results $(RESULTS_DB) --spec $(SPEC_DB) --out $(B)/reports \
	  $(if $(wildcard $(B)/coverage/index.html),--coverage $(B)/coverage)

runs: $(DEPS_STAMP) $(OSCONFORM) $(OSREF_TARGET) $(CASES_FILE) $(DRIVER_BYTECODE)
	$(Q)$(MAKE) -s --no-print-directory node-deps || \
	  echo "osconform: warning: npm ci failed: pyodide and micropython will be reported as not run" >&2
	$(Q)$(TARGETS_OR_WARN)
	$(Q)rm -f $(RESULTS_DB) $(RESULTS_DB)-wal $(RESULTS_DB)-shm
	$(Q)bash runner/run-all.sh $(OSCONFORM) $(CASES_FILE) $(RESULTS_DB) $(REPORT_TARGETS)

# ---- the sandbox test: as root, the full suite against every target with a
# canary outside the sandbox roots (runner/run-all.sh checks it afterwards),
# and no ERROR verdict: with these targets, one is a fault of the harness.
SANDBOX_CHECK_DB = $(B)/sandbox-check/results.db
.PHONY: check-sandbox
CHECKS += check-sandbox
check-sandbox: $(DEPS_STAMP) $(OSCONFORM) $(OSREF_TARGET) $(CASES_FILE) $(DRIVER_BYTECODE) node-deps
	$(Q)if [ "$$(id -u)" -ne 0 ]; then \
	  echo "check-sandbox: skipped: not root (the canary test needs the privileges a case could misuse)"; \
	else \
	  $(TARGETS_OR_WARN); \
	  mkdir -p $(dir $(SANDBOX_CHECK_DB)) && rm -f $(SANDBOX_CHECK_DB)* && \
	  bash runner/run-all.sh $(OSCONFORM) $(CASES_FILE) $(SANDBOX_CHECK_DB) $(REPORT_TARGETS) >$(B)/sandbox-check/runs.log 2>&1; \
	  rc=$$?; grep -E 'canary|error' $(B)/sandbox-check/runs.log; \
	  [ $$rc -eq 0 ] && grep -q 'canary: unchanged' $(B)/sandbox-check/runs.log || \
	  { echo "osconform: error: check-sandbox failed: see $(B)/sandbox-check/runs.log" >&2; exit 1; }; \
	  ! grep -E '^run [0-9]+: .* ERROR [0-9]+' $(B)/sandbox-check/runs.log || \
	  { echo "osconform: error: check-sandbox: ERROR verdicts are harness faults: see $(B)/sandbox-check/results.db" >&2; exit 1; }; \
	fi

# ---- make bench --------------------------------------------------------
.PHONY: bench-runner
BENCHES += bench-runner
bench-runner: $(OSCONFORM) $(OSREF_TARGET) $(CASES_FILE) $(SPEC_DB) $(DRIVER_BYTECODE)
	$(Q)$(MAKE) -s --no-print-directory node-deps || true
	$(Q)bash runner/bench.sh $(OSCONFORM) $(CASES_FILE) $(SPEC_DB) $(B)/bench/runner $(PYTHON) $(REPORT_TARGETS)
