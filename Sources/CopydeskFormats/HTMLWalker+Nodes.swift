import CLibXML2
import CopydeskCore

/// A block element that is open, with the kind its text takes.
struct OpenBlock {
    var name: String
    var kind: BlockKind
    var level: Int
    var field: String?
}

/// Small readers over libxml2 nodes.
extension HTMLWalker {
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func content(_ node: xmlNodePtr) -> [UInt8] {
        guard let content = node.pointee.content else { return [] }
        return Array(String(cString: content).utf8)
    }

    static func property(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }
}
