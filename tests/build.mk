# tests: what crosses the rooms: every entry point that reads someone
# else's file fed malformed inputs, and runs interrupted and resumed.

.PHONY: check-malformed
CHECKS += check-malformed
check-malformed: $(OSCONFORM) $(SPEC_DB)
	@$(if $(Q),echo "  TEST    malformed inputs of every entry point")
	$(Q)bash tests/malformed-inputs.sh $(OSCONFORM) $(SPEC_DB) $(PYTHON) >$(B)/malformed-inputs.md; \
	  rc=$$?; cat $(B)/malformed-inputs.md; exit $$rc

# Runs of the reference stopped at a random moment (SIGINT, SIGTERM, SIGKILL
# to the runner, SIGKILL to a target) and resumed: nothing lost, changed or
# left behind (tests/interruption-trials.sh; TRIALS per kind).
TRIALS ?= 3
.PHONY: check-interruptions
CHECKS += check-interruptions
check-interruptions: $(OSCONFORM) $(OSREF_TARGET) $(CASES_FILE)
	@$(if $(Q),echo "  TEST    interruption trials: $(TRIALS) of each kind")
	$(Q)bash tests/interruption-trials.sh $(OSCONFORM) $(CASES_FILE) $(TRIALS) >$(B)/interruption-trials.md 2>/dev/null; \
	  rc=$$?; cat $(B)/interruption-trials.md; exit $$rc
