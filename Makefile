# osconform: conformance suite and reference harness for Python's os module.
# Targets: all spec check report bench coverage clean (see README.md).
# Each part of the pipeline has its own fragment (*/build.mk); this file holds
# what they share. Quiet unless V=1. Every output lands under build/.

PYTHON    ?= /usr/bin/python3
CC        ?= cc
CFLAGS    ?= -O2 -g
STD_FLAGS  = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -MMD -MP
SAN_FLAGS  = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
COV_FLAGS  = -O0 -g --coverage
DOC       ?= 3.14
B          = build
INCLUDES   = -Ireference/include -I$(B)/config
# Every compile waits for the dependencies (make -j runs them first).
DEPS_STAMP = $(B)/.deps-ok

ifeq ($(V),1)
Q =
else
Q = @
endif

# Every C object is built in three variants: plain (build/obj), sanitized
# (build/asan, for make check) and instrumented for lcov (build/cov).
$(B)/obj/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(STD_FLAGS) $(CFLAGS) $(INCLUDES) -c $< -o $@
$(B)/asan/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC-SAN  $<")
	$(Q)$(CC) $(STD_FLAGS) $(SAN_FLAGS) $(INCLUDES) -c $< -o $@
$(B)/cov/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC-COV  $<")
	$(Q)$(CC) $(STD_FLAGS) $(COV_FLAGS) $(INCLUDES) -c $< -o $@

.PHONY: all spec check report bench coverage clean deps
all:

# Installs what is missing (as root), or names it and fails.
deps: $(DEPS_STAMP)
$(DEPS_STAMP): .ci/deps
	$(Q)bash .ci/deps
	@mkdir -p $(@D) && touch $@

CHECKS  :=
BENCHES :=
include extract/build.mk
include reference/build.mk
include cases/build.mk
include reports/build.mk
include runner/build.mk   # links what cases/ and reports/ define
include tests/build.mk    # last: uses the osconform command and the spec
include tests/fuzz/build.mk

check: $(DEPS_STAMP) $(CHECKS)
bench: $(DEPS_STAMP) $(BENCHES)

clean:
	rm -rf $(B)

-include $(shell find $(B) -name '*.d' 2>/dev/null)
