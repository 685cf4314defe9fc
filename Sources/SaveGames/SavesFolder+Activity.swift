extension SavesFolder {
    /// A number that changes whenever a student's saves of the story change in this folder: a
    /// move in any game (a terminal's as well as a browser's), a save, a student added, or one
    /// taken out with `remove` (and put back). The classroom server's live table follows it, so
    /// games played in a terminal and the teacher's `remove` show without waiting for a browser's
    /// move (session 35's teacher). One directory listing and a few `lstat`s per student.
    public func activityStamp(storyID: String) -> Int {
        var hasher = Hasher()
        hasher.combine(ClassReport.FileStamp.stamp(path))
        for player in FileSystemListing.playerFolders(in: self) {
            hasher.combine(player)
            hasher.combine(ClassReport.FileStamp.saves(playerFolder: path + "/" + player, storyID: storyID))
        }
        return hasher.finalize()
    }
}
