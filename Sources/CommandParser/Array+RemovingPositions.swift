extension Array {
    /// The elements but those at `positions` (ascending), in order.
    func removing(at positions: [Int]) -> [Element] {
        var kept: [Element] = []
        kept.reserveCapacity(Swift.max(0, count - positions.count))
        var next = 0
        for index in indices {
            if next < positions.count, positions[next] == index {
                next += 1
                continue
            }
            kept.append(self[index])
        }
        return kept
    }
}
