# cases: the case generator (compiled into the osconform command) and the
# scenario templates.
#
#   $(GENERATOR_OBJS)  the generator's objects, linked by runner/build.mk
#   make cases         $(CASES_FILE) from $(SPEC_DB) and cases/templates
#   make check-cases   the generator's Criterion tests (ASan+UBSan), then the
#                      real templates against the real spec.db

GENERATOR_SRCS  := $(sort $(wildcard cases/generator/*.c))
GENERATOR_OBJS   = $(patsubst %.c,$(B)/obj/%.o,$(GENERATOR_SRCS))
GENERATOR_TESTS := $(sort $(wildcard cases/tests/*.c))
GENERATOR_LIBS   = -ljansson -lsqlite3
TEMPLATES_DIR    = cases/templates
TEMPLATE_FILES  := $(sort $(shell find $(TEMPLATES_DIR) -name '*.jsonl' 2>/dev/null))
CASES_FILE       = $(B)/cases/$(DOC).jsonl
OSCONFORM       ?= $(B)/bin/osconform

# The generator reports through runner/diag.h.
$(B)/obj/cases/%.o $(B)/asan/cases/%.o $(B)/cov/cases/%.o: INCLUDES += -Irunner -Icases/generator

.PHONY: cases check-cases
cases: $(CASES_FILE)
$(CASES_FILE): $(SPEC_DB) $(TEMPLATE_FILES) $(OSCONFORM)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  GEN     $@")
	$(Q)$(OSCONFORM) generate --spec $(SPEC_DB) --doc $(DOC) --templates $(TEMPLATES_DIR) --out $@

# The tests link every generator object but provided.c (which reads the
# reference's registry): a test double stands in for it.
GENERATOR_TEST_BIN  = $(B)/cases/test-generator
GENERATOR_TEST_OBJS = $(patsubst %.c,$(B)/asan/%.o,\
                        $(filter-out cases/generator/provided.c,$(GENERATOR_SRCS)) \
                        $(GENERATOR_TESTS) runner/case_procs.c runner/diag.c runner/input.c runner/schema.c runner/util.c) \
                      $(B)/asan/$(B)/gen/runner/schemas_json.o

$(GENERATOR_TEST_BIN): $(GENERATOR_TEST_OBJS)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(SAN_FLAGS) $^ -o $@ -lcriterion $(GENERATOR_LIBS)

# Every quote resolves, every path is safe, and every function the reference
# provides has a behaviour case, for each doc version.
check-cases: $(GENERATOR_TEST_BIN) $(SPEC_DB) $(OSCONFORM) $(TEMPLATE_FILES)
	@$(if $(Q),echo "  TEST    cases")
	$(Q)ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 $(GENERATOR_TEST_BIN) --jobs 2
	@$(if $(Q),echo "  TEST    cases/templates against $(SPEC_DB)")
	$(Q)mkdir -p $(B)/cases && for v in 3.14 3.8 3.1; do \
	  req=; [ "$$v" = "$(DOC)" ] && req=--require-coverage; \
	  $(OSCONFORM) generate --spec $(SPEC_DB) --doc $$v --templates $(TEMPLATES_DIR) \
	    --out $(B)/cases/check-$$v.jsonl $$req || exit 1; done
CHECKS += check-cases
