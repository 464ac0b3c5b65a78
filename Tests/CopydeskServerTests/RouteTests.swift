import CopydeskServer
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// The routes through Hummingbird's test client, over the real engine (hunspell and the system dictionaries).
final class RouteTests: XCTestCase {
    static func service(_ configure: (inout ServeOptions) -> Void = { _ in }, start: Bool = true) async throws -> CheckService {
        var options = ServeOptions()
        options.workers = 1
        options.version = "test"
        configure(&options)
        let service = try CheckService.make(options).get()
        guard start else { return service }
        service.startLoading()
        for _ in 0..<2400 where !service.isReady { try await Task.sleep(for: .milliseconds(50)) }
        XCTAssertTrue(service.isReady)
        return service
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    static func errorCode(_ buffer: ByteBuffer) throws -> String? {
        (try json(buffer)["error"] as? [String: Any])?["code"] as? String
    }

    func testHealthIs503UntilLoadedThen200() async throws {
        let service = try await Self.service(start: false)
        let app = Application(router: service.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                XCTAssertEqual(try Self.errorCode(response.body), "loading")
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"text":"x"}"#)) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
            }
            service.startLoading()
            for _ in 0..<2400 where !service.isReady { try await Task.sleep(for: .milliseconds(50)) }
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(try Self.json(response.body)["languages"] as? String, "en_US,en_GB")
            }
        }
    }

    func testCheckAnswersWithUTF16OffsetsAndAVerdict() async throws {
        let app = Application(router: try await Self.service().router())
        let body = #"{"text":"Vote 🗳️ now: the councl met.\n","syntax":"text","path":"story.txt"}"#
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/check", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: body)) { response in
                XCTAssertEqual(response.status, .ok)
                let object = try Self.json(response.body)
                let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
                let typo = try XCTUnwrap(findings.first { $0["rule"] as? String == "spelling.misspelling" })
                // "Vote " 5 + 🗳 2 + U+FE0F 1 + " now: the " 10 = 18 units; the byte offset would be 22.
                XCTAssertEqual(typo["offset"] as? Int, 18)
                XCTAssertEqual(typo["length"] as? Int, 6)
                XCTAssertEqual(typo["match"] as? String, "councl")
                let verdict = try XCTUnwrap(object["verdict"] as? [String: Any])
                XCTAssertEqual(verdict["status"] as? String, "blocked")
                XCTAssertEqual(object["path"] as? String, "story.txt")
            }
        }
    }

    func testErrorsAreJSONWithTheRightStatus() async throws {
        let app = Application(router: try await Self.service { $0.maxBytes = 100 }.router())
        let cases: [(HTTPFields, String, HTTPResponse.Status, String)] = [
            ([.contentType: "application/json"], "{", .badRequest, "bad_json"),
            ([.contentType: "application/json"], #"{"path":"a.md"}"#, .badRequest, "missing_field"),
            ([.contentType: "application/xml"], "<a/>", .unsupportedMediaType, "unsupported_media_type"),
            ([.contentType: "application/json"], #"{"text":"x","syntax":"rtf"}"#, .unsupportedMediaType, "unsupported_media_type"),
            ([.contentType: "application/json"], #"{"text":""# + String(repeating: "a", count: 200) + #""}"#, .contentTooLarge, "too_large"),
        ]
        try await app.test(.router) { client in
            for (headers, body, status, code) in cases {
                try await client.execute(uri: "/v1/check", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    XCTAssertEqual(response.status, status, body)
                    XCTAssertEqual(try Self.errorCode(response.body), code, body)
                    XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8")
                }
            }
            var invalid = ByteBuffer(string: #"{"text":"caf"#)
            invalid.writeBytes([0xE9])
            invalid.writeString(#""}"#)
            try await client.execute(uri: "/v1/check", method: .post, headers: [.contentType: "application/json"], body: invalid) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertEqual(try Self.errorCode(response.body), "not_utf8")
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertEqual(try Self.errorCode(response.body), "not_found")
            }
        }
    }

    func testBearerTokenGuardsTheAPIButNotHealth() async throws {
        let token = "0123456789abcdef-token"
        let app = Application(router: try await Self.service { $0.token = token }.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/v2/languages", method: .get) { response in
                XCTAssertEqual(response.status, .unauthorized)
                XCTAssertEqual(response.headers[.wwwAuthenticate], "Bearer")
            }
            try await client.execute(uri: "/v2/languages", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                XCTAssertEqual(response.status, .ok)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in XCTAssertEqual(response.status, .ok) }
        }
    }

    func testLanguageToolCheckHonoursDisabledRulesAndLevel() async throws {
        let app = Application(router: try await Self.service().router())
        let form = "language=en-US&text=" + "The 😀 councl utilized the hall.".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        try await app.test(.router) { client in
            var ids: [[String]] = []
            for extra in ["", "&disabledRules=spelling.misspelling", "&level=picky"] {
                try await client.execute(uri: "/v2/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: form + extra)) { response in
                    XCTAssertEqual(response.status, .ok)
                    let matches = try XCTUnwrap(Self.json(response.body)["matches"] as? [[String: Any]])
                    ids.append(matches.compactMap { ($0["rule"] as? [String: Any])?["id"] as? String })
                    if let typo = matches.first(where: { ($0["rule"] as? [String: Any])?["id"] as? String == "spelling.misspelling" }) {
                        XCTAssertEqual(typo["offset"] as? Int, 7)
                        XCTAssertEqual(typo["length"] as? Int, 6)
                    }
                }
            }
            XCTAssertTrue(ids[0].contains("spelling.misspelling"))
            XCTAssertFalse(ids[1].contains("spelling.misspelling"))
            XCTAssertTrue(ids[2].contains("readability.plain_language"), "\(ids[2])")
            XCTAssertFalse(ids[0].contains("readability.plain_language"), "suggestions only at level=picky")
        }
    }

    func testEditorPageIsStaticUnderAStrictPolicy() async throws {
        let app = Application(router: try await Self.service().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let csp = try XCTUnwrap(response.headers[.contentSecurityPolicy])
                XCTAssertTrue(csp.hasPrefix("default-src 'none'"))
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains(#"action="/v1/check?format=html""#))
                XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no external reference")
            }
        }
    }
}
