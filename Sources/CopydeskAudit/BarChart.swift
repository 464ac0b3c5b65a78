import CopydeskHTMLReport

/// A horizontal bar chart as inline SVG: one labelled bar per row, its count printed at its end, so the chart
/// reads without colour; the page's data table carries the same numbers. Sized by attributes, styled by
/// `AuditPage.extraCSS` over the report's colour variables (no inline style, so the page's CSP holds).
enum BarChart {
    static let width = 320
    static let labelWidth = 110
    static let rowHeight = 20

    /// - Parameter labelledBy: the id of the caption naming the chart.
    static func svg(_ rows: [(label: String, value: Int)], maximum: Int, labelledBy: String) -> String {
        let height = rows.count * rowHeight + 6
        let span = width - labelWidth - 40
        var out = "<svg class=\"audit-chart\" role=\"img\" aria-labelledby=\"\(labelledBy)\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
        out += "<line class=\"axis\" x1=\"\(labelWidth)\" y1=\"0\" x2=\"\(labelWidth)\" y2=\"\(height)\"/>"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 3
            let length = maximum > 0 ? max(row.value > 0 ? 1 : 0, Int((Double(row.value) / Double(maximum) * Double(span)).rounded())) : 0
            let label = row.label.count > 16 ? String(row.label.prefix(15)) + "…" : row.label
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(PageKit.escape(label))</text>"
            out += "<rect class=\"fill\" x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(length)\" height=\"\(rowHeight - 6)\"/>"
            out += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + 13)\">\(row.value)</text>"
        }
        return out + "</svg>"
    }
}
