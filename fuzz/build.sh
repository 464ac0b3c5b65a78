#!/bin/sh
# Builds the libFuzzer targets into fuzz/.build: Yams (with its C parser) and the CopydeskCore +
# CopydeskFormats sources are compiled with coverage and AddressSanitizer, then one binary per target.
# Needs `swift package resolve` (for .build/checkouts/Yams). Usage: fuzz/build.sh [target...]
set -eu
cd "$(dirname "$0")/.."
OUT=fuzz/.build
YAMS=.build/checkouts/Yams/Sources
SAN="-sanitize=fuzzer,address"
mkdir -p "$OUT/cyaml"
[ -d "$YAMS" ] || swift package resolve

if [ ! -f "$OUT/Yams.o" ]; then
    echo "== Yams"
    for c in "$YAMS"/CYaml/src/*.c; do
        clang -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$YAMS/CYaml/include" \
            -c "$c" -o "$OUT/cyaml/$(basename "$c" .c).o"
    done
    swiftc -O -g $SAN -parse-as-library -wmo -module-name Yams -DSWIFT_PACKAGE -I "$YAMS/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
        -emit-module -emit-module-path "$OUT/Yams.swiftmodule" -c -o "$OUT/Yams.o" "$YAMS"/Yams/*.swift
fi

echo "== CopydeskCore + CopydeskFormats"
# One module named CopydeskCore holds both source sets, so `import CopydeskCore` keeps working.
swiftc -O -g $SAN -parse-as-library -wmo -module-name CopydeskCore \
    -I "$OUT" -I "$YAMS/CYaml/include" -I Sources/CCmark -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 \
    -emit-module -emit-module-path "$OUT/CopydeskCore.swiftmodule" -c -o "$OUT/CopydeskCore.o" \
    $(find Sources/CopydeskCore Sources/CopydeskFormats -name '*.swift' | sort) >"$OUT/core.log" 2>&1 ||
    { grep -A3 "error:" "$OUT/core.log"; exit 1; }

TARGETS=${*:-markdown sections html text config}
for t in $TARGETS; do
    name=$(echo "$t" | sed 's/^./\U&/; s/^Html/HTML/')
    echo "== fuzz-$t"
    swiftc -O -g $SAN -parse-as-library -module-name "Fuzz$name" \
        -I "$OUT" -I "$YAMS/CYaml/include" -I Sources/CCmark -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 \
        fuzz/FuzzSupport.swift "fuzz/Fuzz$name.swift" "$OUT/CopydeskCore.o" "$OUT/Yams.o" "$OUT"/cyaml/*.o \
        -lcmark-gfm -lcmark-gfm-extensions -lxml2 -o "$OUT/fuzz-$t" >"$OUT/$t.log" 2>&1 ||
        { grep -A3 "error:" "$OUT/$t.log"; exit 1; }
done
