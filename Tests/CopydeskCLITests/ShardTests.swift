import CopydeskCore
@testable import CopydeskEngine
import XCTest

/// The shard hash and how `--shard` splits the files of a run.
final class ShardTests: XCTestCase {
    /// Values from an independent implementation of the documented hash (Python, in docs/scale.md), so another
    /// tool can compute the same shards.
    func testHashMatchesTheDocumentedFunction() {
        XCTAssertEqual(Shard.hash(""), 0xefd0_1f60_ba99_2926)
        XCTAssertEqual(Shard.hash("a"), 0x82a2_a958_a9be_ce5b)
        XCTAssertEqual(Shard.hash("2019/03/harbour-bridge-vote.md"), 0x4519_2d3c_ddca_6afd)
        XCTAssertEqual(Shard.hash("café/ü.md"), 0x1e37_556e_e00f_33c6, "UTF-8 bytes, not UTF-16 or scalars")
    }

    func testEveryKeyIsInExactlyOneShardAndShardsAreBalanced() throws {
        let keys = (0..<10_000).map { "\(2010 + $0 % 12)/\($0 % 7)/article-\($0).md" }
        for count in [1, 2, 3, 4, 7, 16] {
            let shards = try (1...count).map { try Shard(index: $0, count: count) }
            var sizes = [Int](repeating: 0, count: count)
            for key in keys {
                let owners = shards.filter { $0.contains(key: key) }
                XCTAssertEqual(owners.count, 1, "\(key) in \(count) shards")
                sizes[owners[0].index - 1] += 1
            }
            let mean = Double(keys.count) / Double(count)
            for size in sizes { XCTAssertLessThan(abs(Double(size) - mean), 0.15 * mean + 10, "\(count) shards: \(sizes)") }
        }
    }

    func testParsingAndErrors() throws {
        XCTAssertEqual(try Shard(parsing: "2/8"), try Shard(index: 2, count: 8))
        for bad in ["0/4", "5/4", "1/0", "2", "a/b", "1/2/3", "-1/4"] {
            XCTAssertThrowsError(try Shard(parsing: bad), bad)
        }
    }

    func testEnvironmentIndexIsZeroBased() throws {
        XCTAssertEqual(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "0"], count: 3), try Shard(index: 1, count: 3))
        XCTAssertEqual(try Shard.fromEnvironment(["AWS_BATCH_JOB_ARRAY_INDEX": "2"], count: 3), try Shard(index: 3, count: 3))
        XCTAssertEqual(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "1", "AWS_BATCH_JOB_ARRAY_INDEX": "0"], count: 3).index, 2)
        XCTAssertThrowsError(try Shard.fromEnvironment([:], count: 3))
        XCTAssertThrowsError(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "3"], count: 3))
        XCTAssertThrowsError(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "x"], count: 3))
    }

    func testKeyIsRelativeToTheFolderArgument() {
        XCTAssertEqual(Shard.key(of: "/mnt/a/archive/2019/x.md", under: "/mnt/a/archive"), "2019/x.md")
        XCTAssertEqual(Shard.key(of: "archive/2019/x.md", under: "archive/"), "2019/x.md")
        XCTAssertEqual(Shard.key(of: "./x.md", under: nil), "x.md")
        XCTAssertEqual(Shard.key(of: "x.md", under: nil), "x.md")
    }

    /// The same folder reached by two different paths splits the same way (what makes shards agree across
    /// machines that mount the archive in different places).
    func testCollectorSplitsTheSameTreeTheSameWayWhereverItIs() throws {
        let root = try CLI.temporaryDirectory()
        for year in ["2018", "2019"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("a/\(year)"), withIntermediateDirectories: true)
            for i in 0..<15 { try Data("x\n".utf8).write(to: root.appendingPathComponent("a/\(year)/s\(i).md")) }
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("b").path, withDestinationPath: root.appendingPathComponent("a").path)
        let shard = try Shard(index: 2, count: 3)
        func names(_ folder: String) -> [String] {
            FileCollector(extensions: ["md"], excludes: [], shard: shard).collect([root.appendingPathComponent(folder).path])
                .map { Shard.key(of: $0.path, under: root.appendingPathComponent(folder).path) }
        }
        XCTAssertEqual(names("a"), names("b"))
        XCTAssertFalse(names("a").isEmpty)
        XCTAssertLessThan(names("a").count, 30)
    }
}
