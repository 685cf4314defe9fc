import ArgumentParser
import Foundation
import SaveGames
import TerminalFrontEnd

/// The saves folder a teacher's command reads (`report`, `saves`, `journal`, `prune`, `remove`),
/// said out loud when it holds nothing. A blind teacher (session 34) ran `report` without
/// `--saves`, and with `--saves Class` for `class`: each printed an empty report of zeros and
/// ended well, and a `Saves` folder made as the docs show hid the saves made before it. The
/// class's work looked gone; it was in another folder.
enum ClassFolder {
    /// The folder chosen as `play` chooses it; a folder that does not exist is an error that says
    /// where saves are.
    /// - Throws: `ExitCode(1)` after saying so, when the folder does not exist.
    static func resolve(option: String?) throws -> SavesFolder {
        let folder = SavesFolder.resolve(option: option)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            var standardError = StandardError()
            let chosen = option == nil ? " (the default: no --saves was given)" : ""
            print(TerminalSafeText.clean("There is no saves folder \(folder.path)\(chosen). \(elsewhere(than: folder))"), to: &standardError)
            throw ExitCode(1)
        }
        return folder
    }

    /// Where else a class's saves are, for a folder with none: "Saves of 3 students are in
    /// /home/t/.local/share/elbe-adventure/Saves: add --saves '…'.", or how to give the folder.
    static func elsewhere(than folder: SavesFolder) -> String {
        let here = URL(fileURLWithPath: folder.path).standardizedFileURL.path
        let others = SavesFolder.defaultPlaces().compactMap { place -> String? in
            guard URL(fileURLWithPath: place.path).standardizedFileURL.path != here else { return nil }
            let students = FileSystemListing.playerFolders(in: place).count
            guard students > 0 else { return nil }
            return "Saves of \(students) student\(students == 1 ? "" : "s") are in \(place.path): add --saves \(PlayOptions.shellWord(place.path))."
        }
        return others.first ?? "Give the folder the students played with: --saves FOLDER (the same as theirs)."
    }

    /// Says on standard error that a folder holds no student's saves, and where else some are.
    static func sayEmpty(_ folder: SavesFolder) {
        var standardError = StandardError()
        print(TerminalSafeText.clean("No student has saves in \(folder.path). \(elsewhere(than: folder))"), to: &standardError)
    }
}
