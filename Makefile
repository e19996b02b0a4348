# Thin wrapper: the real work is in scripts/ so that CI, developers and the demo run the same steps.
.PHONY: build test demo setup clean
build:
	@scripts/setup.sh && scripts/build.sh main
test:
	@scripts/test.sh
demo:
	@scripts/demo.sh
setup:
	@scripts/setup.sh
clean:
	rm -rf build build-san
