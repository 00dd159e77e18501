# extract: os.rst sources -> the spec database and its JSON twin, plus the
# spec reports. Python 3 + docutils (Debian's), no other dependency.

SPEC_DB      := $(B)/spec.db
SPEC_JSON    := $(B)/spec.json
SPEC_REPORTS := $(B)/reports/spec-diff.md $(B)/reports/doc-lint.md
SPEC_SOURCES := $(sort $(wildcard spec/sources/*.txt))
EXTRACT_PY   := $(shell find extract -name '*.py' -not -path '*/tests/*')
EXTRACT_DEPS := $(SPEC_SOURCES) spec/schema.sql spec/platforms.json $(EXTRACT_PY)
EXTRACT      := $(PYTHON) extract/extract.py

.PHONY: check-extract bench-extract
all: spec
report: $(SPEC_REPORTS)
spec: $(SPEC_DB) $(SPEC_JSON) $(SPEC_REPORTS)

# One run writes all four (a grouped target, so parallel make runs it once);
# each file is written to a temporary name and renamed, so an error leaves
# the previous outputs intact.
$(SPEC_DB) $(SPEC_JSON) $(SPEC_REPORTS) &: $(EXTRACT_DEPS)
	@mkdir -p $(B)/reports
	@$(if $(Q),echo "  EXTRACT $(words $(SPEC_SOURCES)) sources")
	$(Q)$(EXTRACT) --quiet --db $(SPEC_DB) --json $(SPEC_JSON) --reports $(B)/reports $(SPEC_SOURCES)
	@touch $(SPEC_DB) $(SPEC_JSON) $(SPEC_REPORTS)

CHECKS += check-extract
check-extract:
	$(Q)cd extract && $(PYTHON) -m unittest discover -s tests

BENCHES += bench-extract
bench-extract:
	$(Q)$(PYTHON) extract/bench.py $(SPEC_SOURCES)
