// libFuzzer target: the strict `.copydesk.yml` loader (Yams plus the key and value checks).

import CopydeskCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = decodeInput(data, size) else { return 0 }
    do {
        _ = try Configuration.parse(source.string, path: "fuzz.yml")
    } catch {
        let message = error.description
        guard message.hasPrefix("fuzz.yml") else { fuzzFail("config error without the file name: \(message)") }
    }
    return 0
}
