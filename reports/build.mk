# reports: osconform report, gate and merge (linked into build/bin/osconform
# by runner/build.mk from REPORTS_OBJS and REPORTS_LIBS), and their tests.

REPORTS_SRCS := $(wildcard reports/*.c)
REPORTS_OBJS := $(REPORTS_SRCS:%.c=$(B)/obj/%.o)
REPORTS_LIBS := -lsqlite3 -ljansson

REPORTS_TEST_SRCS := $(wildcard reports/tests/*.c)
REPORTS_TEST_BIN  := $(B)/tests/reports-tests
REPORTS_TEST_OBJS := $(REPORTS_SRCS:%.c=$(B)/asan/%.o) $(REPORTS_TEST_SRCS:%.c=$(B)/asan/%.o) \
                     $(B)/asan/runner/diag.o $(B)/asan/runner/input.o $(B)/asan/runner/version.o \
                     $(B)/asan/$(B)/gen/runner/results_sql.o
# The JUnit test parses junit.xml with libxml2.
$(B)/asan/reports/tests/%.o: INCLUDES += -I/usr/include/libxml2

$(REPORTS_TEST_BIN): $(REPORTS_TEST_OBJS)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ -lcriterion -lxml2 $(REPORTS_LIBS)

# The Criterion suite writes its fixture report to build/reports-test/, which
# the Chromium test then opens.
.PHONY: check-reports reports-golden
CHECKS += check-reports
# A sanitizer report in a forked test does not always fail it: look for one.
check-reports: $(REPORTS_TEST_BIN)
	$(Q)$(REPORTS_TEST_BIN) --jobs 1 >$(B)/reports-tests.log 2>&1; rc=$$?; \
	  cat $(B)/reports-tests.log; [ $$rc -eq 0 ] && \
	  ! grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' $(B)/reports-tests.log
	$(Q)bash reports/tests/chromium.sh $(B)/reports-test/out/index.html $(B)

# Rewrites the expected outputs from the fixture: review the diff, then commit.
reports-golden: $(REPORTS_TEST_BIN)
	$(Q)OSC_UPDATE_GOLDEN=1 $(REPORTS_TEST_BIN) --filter 'golden/*'

.PHONY: bench-reports
BENCHES += bench-reports
bench-reports: $(B)/bin/osconform
	$(Q)bash reports/bench.sh $(B)/bin/osconform $(B)/results.db $(B)/spec.db $(B)/reports-bench
