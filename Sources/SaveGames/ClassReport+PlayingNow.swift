/// Who of the report's students has a game open now: in a terminal, in a browser on this or
/// another server (their folder's lock is held, PlayerLock+Held.swift), or `online` by the
/// server's own count. Shared by the teacher's page and the terminal `report`, which had no word
/// of it (session 38's blind teacher could not tell who was still playing).
extension ClassReport {
    /// The rows' names, in the table's order, of the students playing now. "jürgen  schäfer"
    /// typed today is the row "Jürgen Schäfer" (by folder, not by spelling).
    public func playingNow(in saves: SavesFolder, online: [String] = []) -> [String] {
        let rowFolders = rows.compactMap { try? PlayerName($0.player).folderName }
        let locked = PlayerLock.heldFolders(rowFolders.map { saves.path + "/" + $0 })
        let folders = Set(online.compactMap { try? PlayerName($0).folderName })
            .union(rowFolders.filter { locked.contains(saves.path + "/" + $0) })
        return rows.map(\.player).filter { (try? PlayerName($0).folderName).map(folders.contains) == true }
    }
}
