import CopydeskCore

/// One of N slices of a run (`--shard K/N`, or `--shard-from-env --shards N`): a file belongs to shard K when
/// `StableHash.of(key) mod N == K - 1` (FNV-1a 64 then MurmurHash3's finalizer), where `key` is the path
/// relative to the folder argument it was found under (a file or missing path named directly is its own key, less
/// a leading `./`): the same answer on every machine and every run. The union of the N shards is the whole run
/// and no file is in two.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    /// The environment variables that carry a 0-based array index, in the order they are read.
    public static let indexVariables = ["JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"]

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(index: Int, count: Int) throws {
        guard count >= 1 else { throw Failure(description: "the number of shards must be at least 1 (got \(count))") }
        guard (1...count).contains(index) else {
            throw Failure(description: "shard \(index) is not between 1 and \(count)")
        }
        self.index = index
        self.count = count
    }

    /// `K/N`, e.g. `2/8`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw Failure(description: "'\(text)' is not K/N (e.g. --shard 2/8)")
        }
        try self.init(index: k, count: n)
    }

    /// Shard `index + 1` of `count`, from `JOB_COMPLETION_INDEX` (Kubernetes Indexed Jobs) or
    /// `AWS_BATCH_JOB_ARRAY_INDEX` (AWS Batch array jobs), both 0-based.
    public static func fromEnvironment(_ environment: [String: String], count: Int) throws -> Shard {
        guard let name = indexVariables.first(where: { environment[$0] != nil }), let value = environment[name] else {
            throw Failure(description: "--shard-from-env: neither \(indexVariables.joined(separator: " nor ")) is set")
        }
        guard let zeroBased = Int(value.trimmingSpaces), zeroBased >= 0 else {
            throw Failure(description: "--shard-from-env: \(name)='\(value)' is not a whole number from 0")
        }
        guard zeroBased < count else {
            throw Failure(description: "--shard-from-env: \(name)=\(zeroBased) but --shards is \(count) (indexes run 0 to \(count - 1))")
        }
        return try Shard(index: zeroBased + 1, count: count)
    }

    public func contains(key: String) -> Bool {
        Int(Self.hash(key) % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }

    /// `fmix64(fnv1a64(utf8))`: `StableHash`.
    public static func hash(_ key: String) -> UInt64 { StableHash.of(key) }

    /// The key of a path found under a folder argument `root`, or of a path named directly (`root` nil).
    public static func key(of path: String, under root: String?) -> String {
        if let root {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        }
        var key = Substring(path)
        while key.hasPrefix("./") { key = key.dropFirst(2) }
        return String(key)
    }
}

private extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
