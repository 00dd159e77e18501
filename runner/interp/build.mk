# runner/interp: osref-target, the reference target (the case interpreter
# over libosref), and its tests. Included by runner/build.mk.

OSREF_TARGET      = $(B)/bin/osref-target
INTERP_SRCS      := $(wildcard runner/interp/*.c)
INTERP_LIBS       = -ljansson $(OSREF_LDLIBS)
INTERP_TEST_DIR   = $(B)/targets-tests
INTERP_SAN_TARGET = $(INTERP_TEST_DIR)/osref-target
TARGETS_TEST_BIN  = $(INTERP_TEST_DIR)/unit
TARGETS_TEST_SRCS := $(wildcard runner/interp/tests/*.c runner/drivers/tests/*.c)

all: $(OSREF_TARGET)

$(OSREF_TARGET): $(INTERP_SRCS:%.c=$(B)/obj/%.o) $(OSREF_LIB)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(INTERP_LIBS)

# The tests drive the sanitized build, so a leak or an overflow in the
# interpreter or in libosref fails them.
$(INTERP_SAN_TARGET): $(INTERP_SRCS:%.c=$(B)/asan/%.o) $(OSREF_LIB_ASAN)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD-SAN  $@")
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ $(INTERP_LIBS)

# The unit tests link the interpreter (all but its main) to test the value
# conversion without a process in between.
$(TARGETS_TEST_BIN): $(TARGETS_TEST_SRCS:%.c=$(B)/asan/%.o) \
    $(filter-out %/main.o,$(INTERP_SRCS:%.c=$(B)/asan/%.o)) $(OSREF_LIB_ASAN)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD-SAN  $@")
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ $(INTERP_LIBS) -lcriterion

.PHONY: check-targets
CHECKS += check-targets
# Criterion passes a test whose process a sanitizer reported on at exit, so
# the log is searched: any report (the tests' or osref-target's) fails.
TARGETS_TEST_LOG = $(INTERP_TEST_DIR)/check.log
check-targets: $(TARGETS_TEST_BIN) $(INTERP_SAN_TARGET) node-deps
	$(Q)rc=0; OSC_TEST_OSREF_TARGET=$(INTERP_SAN_TARGET) OSC_TEST_DRIVERS=runner/drivers \
	  $(TARGETS_TEST_BIN) --jobs 2 $(if $(Q),,--verbose) >$(TARGETS_TEST_LOG) 2>&1 || rc=$$?; \
	  cat $(TARGETS_TEST_LOG); \
	  if grep -q 'Sanitizer' $(TARGETS_TEST_LOG); then \
	    echo "osconform: error: $(TARGETS_TEST_LOG): a sanitizer report (above)" >&2; exit 1; fi; \
	  exit $$rc
