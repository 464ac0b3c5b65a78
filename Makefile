# Copydesk: `make example` runs it on the bundled articles, `make test` runs the tests.
PREFIX ?= /usr/local
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?=

.PHONY: all build release deps test-deps example test install uninstall bench bench-large bench-scaling bench-serve bench-archive fuzz fuzz-build clean cw-eval

all: build

deps:
	@scripts/setup-deps.sh build

test-deps:
	@scripts/setup-deps.sh test

build: deps
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

release: deps
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS)

# The main job: lint the example articles (findings are expected: the examples carry deliberate typos).
example: release
	@echo "== copydesk lint Examples/"
	@.build/release/copydesk lint Examples/ ; status=$$?; \
	  echo "(exit status $$status: 0 clean, 1 findings at the fail level, 2 input or configuration errors)"; \
	  [ $$status -le 1 ]
	@echo "== copydesk report Examples/ --output Reports/"
	@.build/release/copydesk report Examples/ --output Reports/ ; status=$$?; [ $$status -le 1 ]

# Swift tests, the pre-commit framework test and the HTML report's browser tests; the last line is the total.
test: test-deps
	scripts/test.sh

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/copydesk"
	install -m 0755 .build/release/copydesk "$(DESTDIR)$(PREFIX)/bin/copydesk"
	rm -rf "$(DESTDIR)$(PREFIX)/share/copydesk/Dictionaries"
	cp -R Dictionaries "$(DESTDIR)$(PREFIX)/share/copydesk/Dictionaries"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/copydesk"
	rm -rf "$(DESTDIR)$(PREFIX)/share/copydesk"

bench: release
	scripts/bench.sh

# Content-warning accuracy of the built binary on the labelled sets (old set, dev part, held-out part).
CW_SETS ?= Tests/CopydeskRulesTests/Fixtures/content-warnings $(wildcard Tests/CopydeskRulesTests/Fixtures/content-warnings-dev/dev) $(wildcard Tests/CopydeskRulesTests/Fixtures/content-warnings-dev/heldout) $(wildcard Tests/CopydeskRulesTests/Fixtures/content-warnings-dev/heldout2)
cw-eval: build
	scripts/cw-eval --binary .build/debug/copydesk $(CW_SETS)

# Fuzzing: libFuzzer + AddressSanitizer binaries, each target run for FUZZ_SECONDS (default 600), two at a time.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= markdown sections html text config

fuzz-build:
	swift package resolve
	fuzz/build.sh $(FUZZ_TARGETS)

fuzz: fuzz-build
	@status=0; set -- $(FUZZ_TARGETS); \
	while [ $$# -gt 0 ]; do \
	  FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh $$1 & a=$$!; b=; \
	  if [ $$# -gt 1 ]; then FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh $$2 & b=$$!; shift; fi; shift; \
	  wait $$a || status=1; [ -z "$$b" ] || wait $$b || status=1; \
	done; \
	ls fuzz/crashes 2>/dev/null | sed 's/^/crash: fuzz\/crashes\//'; exit $$status

# Large input: a 50 MB article and a folder of many files (time and peak memory).
bench-large: release
	scripts/bench-large.sh

bench-scaling: release
	scripts/bench-scaling.sh

# `copydesk serve` under wrk and ab on loopback (p50/p99, req/s, CPU per request, RSS), beside `copydesk lint` in a loop (BENCH_SECONDS, BENCH_REQUESTS).
bench-serve: release
	scripts/bench-serve.sh

# Archive scale: 20,000 articles linted in 4 shards two at a time, the audit, and the audit of 1,000,000 lines.
bench-archive: release
	scripts/bench-archive.sh

clean:
	rm -rf .build
