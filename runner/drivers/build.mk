# runner/drivers: the Python driver (driver.py, run by any Python and, under
# Node, by Pyodide and MicroPython) and its tests. Included by runner/build.mk.

NODE_DRIVERS    = runner/drivers/node
NODE_MODULES    = $(NODE_DRIVERS)/node_modules
# npm ci rewrites node_modules/.package-lock.json: newer than the lockfile
# means the install is current.
NODE_DEPS_STAMP = $(NODE_MODULES)/.package-lock.json

# driver.py's bytecode for the host's interpreters (start.py --compile,
# outside any sandbox): confined targets read it from build/pycache.
DRIVER_BYTECODE = $(B)/pycache/.compiled
$(DRIVER_BYTECODE): runner/drivers/driver.py runner/drivers/start.py
	@mkdir -p $(@D)
	$(Q)for exe in $(PYTHON) /usr/bin/pypy3; do \
	  if [ -x "$$exe" ]; then "$$exe" runner/drivers/start.py --compile || exit 1; fi; done
	$(Q)touch $@

.PHONY: node-deps
node-deps: $(NODE_DEPS_STAMP)
$(NODE_DEPS_STAMP): $(NODE_DRIVERS)/package-lock.json $(NODE_DRIVERS)/package.json
	@$(if $(Q),echo "  NPM     $(NODE_DRIVERS)")
	$(Q)cd $(NODE_DRIVERS) && npm ci --no-audit --no-fund --loglevel=error >&2
	$(Q)touch $@

# ---- bench: start-up and cases/s of every target (printed, never asserted)
TARGETS_BENCH = $(B)/bin/bench-targets

$(TARGETS_BENCH): $(B)/obj/runner/drivers/bench/bench_targets.o $(B)/obj/runner/interp/tests/target_proc.o
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) -o $@ $^ -ljansson

.PHONY: bench-targets
BENCHES += bench-targets
bench-targets: $(TARGETS_BENCH) $(OSREF_TARGET) node-deps
	$(Q)$(TARGETS_BENCH) $(OSREF_TARGET) runner/drivers
