/// The `capacity` best items of a stream by `ordered` (best first), in memory proportional to `capacity`:
/// items are appended and trimmed in batches, so a million offers cost a few sorts of small arrays. The result
/// does not depend on the order of the offers (ties must be broken by `ordered`, e.g. by path).
struct Bounded<Item> {
    let capacity: Int
    let ordered: (Item, Item) -> Bool
    private var items: [Item] = []

    init(capacity: Int, ordered: @escaping (Item, Item) -> Bool) {
        self.capacity = capacity
        self.ordered = ordered
    }

    mutating func offer(_ item: Item) {
        items.append(item)
        if items.count >= 2 * capacity + 64 { trim() }
    }

    var best: [Item] {
        var copy = self
        copy.trim()
        return copy.items
    }

    private mutating func trim() {
        items.sort(by: ordered)
        if items.count > capacity { items.removeLast(items.count - capacity) }
    }
}
