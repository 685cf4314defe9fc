extension SavesFolder {
    /// A number that changes whenever a student's saves of the story change in this folder: a
    /// move in any game (a terminal's as well as a browser's), a save, a student added, or one
    /// taken out with `remove` (and put back). The classroom server's live table follows it, so
    /// games played in a terminal and the teacher's `remove` show without waiting for a browser's
    /// move (session 35's teacher); and a game begun or ended in a terminal or on another server,
    /// whose lock is held or let go (session 38's teacher). One directory listing, a few `lstat`s
    /// per student and one read of /proc/locks.
    public func activityStamp(storyID: String) -> Int {
        var hasher = Hasher()
        hasher.combine(ClassReport.FileStamp.stamp(path))
        let players = FileSystemListing.playerFolders(in: self)
        for player in players {
            hasher.combine(player)
            hasher.combine(ClassReport.FileStamp.saves(playerFolder: path + "/" + player, storyID: storyID))
        }
        // Who is playing in a terminal or on another server (their lock held): a game begun or
        // quit there changes the teacher's "Playing now" without writing a save (PlayerLock+Held.swift).
        hasher.combine(PlayerLock.heldFolders(players.map { path + "/" + $0 }).sorted())
        return hasher.finalize()
    }
}
