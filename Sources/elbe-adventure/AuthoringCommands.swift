import ArgumentParser

/// The author's tools beside `check`: a picture of the story, a proof it can be finished, its own tests.
let authoringCommands: [ParsableCommand.Type] = [GraphCommand.self, VerifyCommand.self, TestCommand.self]
