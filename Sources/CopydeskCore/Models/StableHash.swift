/// A 64-bit hash that is the same on every machine, run and Swift version (Swift's `Hasher` is seeded per
/// process): FNV-1a 64 over the UTF-8 bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3), then
/// MurmurHash3's 64-bit finalizer so every output bit depends on every byte. Shards files (`--shard`) and spots
/// repeated paths in an audit. `docs/scale.md` has a Python version.
public enum StableHash {
    public static func of(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
