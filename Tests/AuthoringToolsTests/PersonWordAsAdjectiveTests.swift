import AuthoringTools
import StoryCompiler
import Testing

/// `person-not-here` for a person's word used as an adjective (a blind author's Christmas truce,
/// session 13): "lights appear on the German parapet" named Gefreiter Karl Weber (noun `german`),
/// who is in another scene. A person's word directly before a noun names nobody; a name, a verb
/// after it, or the person's own noun after it still does.
@Suite struct PersonWordAsAdjectiveTests {
    static func personWarnings(_ trenchText: String) throws -> [String] {
        let source = """
        story "T" id t

        scene trench "Trench"
          \(trenchText)
          exit east to field

        scene field "Field"
          A frozen field.
          person fritz "Gefreiter Karl Weber"
            nouns karl, weber, german, soldier, gefreiter
            A German soldier with a thin moustache.
          on leave
            end out

        ending out "Out" success
          Bye.
        """
        let result = StoryCompiler.compile(source: source, name: "t.story")
        let story = try #require(result.story, "\(DiagnosticRenderer().render(result.diagnostics, sources: result.sources))")
        return Linter().lint(story, sources: result.sources).filter { $0.code == .personNotHere }.map(\.message)
    }

    @Test("a person's word before a noun is an adjective", arguments: [
        "Across no man's land, lights appear on the German parapet.",
        "A German helmet hangs on the wire.",
    ])
    func adjective(text: String) throws {
        #expect(try Self.personWarnings(text).isEmpty)
    }

    @Test("a person's word as a name, a subject or with their own noun still warns", arguments: [
        "Karl waits by the wire.",
        "The German waves from his trench.",
        "A German soldier waves.",
        "You wave to the German. Snow falls.",
        "Karl Weber is singing.",
        "The German sat on the parapet.",
    ])
    func person(text: String) throws {
        #expect(!(try Self.personWarnings(text)).isEmpty)
    }
}
