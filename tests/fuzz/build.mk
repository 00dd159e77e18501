# tests/fuzz: libFuzzer harnesses for the parsers of untrusted input: the
# case file, a target's answer, the reference's value codec, a results
# database. Built with clang (libFuzzer) under ASan+UBSan, in build/fuzz/.
#
#   make fuzz          each harness for $(FUZZ_SECONDS) s from a random seed;
#                      what it finds is left in build/fuzz/ as crash-* files:
#                      copy one into tests/fuzz/corpus/NAME/ once fixed
#   make check-fuzz    each harness over its corpus (seeds and every input
#                      that ever crashed it), then 20000 runs from seed 1:
#                      deterministic, part of make check

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 300
FUZZ_FLAGS    = -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_DIR      = $(B)/fuzz
FUZZERS       = cases answer value results

$(FUZZ_DIR)/obj/%.o: %.c | $(DEPS_STAMP) $(CONFIG_H)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC-FUZZ $<")
	$(Q)$(FUZZ_CC) $(STD_FLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(INCLUDES) -c $< -o $@

fuzz_objs = $(patsubst %.c,$(FUZZ_DIR)/obj/%.o,$(1))
$(FUZZ_DIR)/obj/reference/core/registry.o: $(OSREF_REGISTRY)
$(FUZZ_DIR)/obj/runner/interp/%.o: INCLUDES += -Irunner/interp

FUZZ_CASES_SRCS   = runner/cases.c runner/case_procs.c runner/schema.c runner/input.c runner/diag.c runner/util.c $(B)/gen/runner/schemas_json.c
FUZZ_ANSWER_SRCS  = runner/verdict.c runner/expect.c runner/avail.c runner/version.c runner/util.c runner/diag.c \
                    runner/input.c runner/schema.c $(B)/gen/runner/schemas_json.c
FUZZ_VALUE_SRCS   = $(filter-out runner/interp/main.c,$(INTERP_SRCS)) $(OSREF_SRCS)
FUZZ_RESULTS_SRCS = $(REPORTS_SRCS) runner/diag.c runner/input.c runner/version.c $(B)/gen/runner/results_sql.c

FUZZ_LIBS_cases   = -ljansson -pthread
FUZZ_LIBS_answer  = -ljansson -lm -pthread
FUZZ_LIBS_value   = -ljansson $(OSREF_LDLIBS)
FUZZ_LIBS_results = $(REPORTS_LIBS) -lm

define fuzzer
$(FUZZ_DIR)/fuzz-$(1): $(FUZZ_DIR)/obj/tests/fuzz/fuzz_$(1).o $(call fuzz_objs,$(2))
	@$$(if $$(Q),echo "  LD-FUZZ $$@")
	$$(Q)$$(FUZZ_CC) $$(FUZZ_FLAGS) -fsanitize=fuzzer -o $$@ $$^ $(3)
endef
$(eval $(call fuzzer,cases,$(FUZZ_CASES_SRCS),$(FUZZ_LIBS_cases)))
$(eval $(call fuzzer,answer,$(FUZZ_ANSWER_SRCS),$(FUZZ_LIBS_answer)))
$(eval $(call fuzzer,value,$(FUZZ_VALUE_SRCS),$(FUZZ_LIBS_value)))
$(eval $(call fuzzer,results,$(FUZZ_RESULTS_SRCS),$(FUZZ_LIBS_results)))

# The first corpus directory is libFuzzer's to write into, in build/: make
# fuzz keeps what it learnt there; check-fuzz starts from an empty one.
FUZZ_RUN = mkdir -p $(FUZZ_DIR)/$(1)-$(f) && \
  $(FUZZ_DIR)/fuzz-$(f) -close_fd_mask=3 -artifact_prefix=$(FUZZ_DIR)/crash-$(f)- \
    $(FUZZ_DIR)/$(1)-$(f) tests/fuzz/corpus/$(f)

.PHONY: fuzz check-fuzz
fuzz: $(FUZZERS:%=$(FUZZ_DIR)/fuzz-%)
	$(Q)$(foreach f,$(FUZZERS),echo "  FUZZ    $(f) for $(FUZZ_SECONDS) s" && \
	  $(call FUZZ_RUN,corpus) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 2>&1 | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY' ;) true
	$(Q)! ls $(FUZZ_DIR)/crash-* 2>/dev/null  # what was found, still to fix

CHECKS += check-fuzz
check-fuzz: $(FUZZERS:%=$(FUZZ_DIR)/fuzz-%)
	$(Q)$(foreach f,$(FUZZERS),echo "  FUZZ    $(f): its corpus, then 20000 runs from seed 1" && \
	  { rm -rf $(FUZZ_DIR)/check-$(f) && $(call FUZZ_RUN,check) -seed=1 -runs=20000 >$(FUZZ_DIR)/$(f).log 2>&1 || { cat $(FUZZ_DIR)/$(f).log; exit 1; }; } &&) true
