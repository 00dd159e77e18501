# tests: what crosses the rooms. Every entry point that reads someone
# else's file, fed malformed inputs (tests/malformed-inputs.sh).

.PHONY: check-malformed
CHECKS += check-malformed
check-malformed: $(OSCONFORM) $(SPEC_DB)
	@$(if $(Q),echo "  TEST    malformed inputs of every entry point")
	$(Q)bash tests/malformed-inputs.sh $(OSCONFORM) $(SPEC_DB) $(PYTHON) >$(B)/malformed-inputs.md; \
	  rc=$$?; cat $(B)/malformed-inputs.md; exit $$rc
