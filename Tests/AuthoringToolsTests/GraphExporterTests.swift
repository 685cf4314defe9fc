import AuthoringTools
import Foundation
import StoryCompiler
import Testing
import TestSupport

/// The scene graph of a fixture story, compared with golden DOT and Mermaid files.
@Suite struct GraphExporterTests {
    static let directory = Fixtures.directory(of: #filePath) + "/Fixtures"

    @Test("graphs match their goldens", arguments: GraphExporter.Format.allCases)
    func golden(format: GraphExporter.Format) throws {
        let result = StoryCompiler.compile(path: Fixtures.repositoryRoot() + "/Stories/examples/ferry.story")
        let text = GraphExporter(format: format).export(StoryGraph(story: try #require(result.story)))
        let mismatch = Golden.compare(text, toFileAt: Self.directory + "/ferry.\(format == .dot ? "dot" : "mmd")")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func guardsAndEndingsAppearOnTheEdges() throws {
        let result = StoryCompiler.compile(path: "soft-lock.story", provider: DirectorySourceProvider(root: Self.directory))
        let graph = StoryGraph(story: try #require(result.story))
        let gate = graph.edges.first { $0.command == "unlock gate" }
        #expect(gate?.guardText == "holding key")
        #expect(gate?.to == .ending(0))
        #expect(graph.edges.filter { $0.to == .scene(2) }.map(\.command) == ["east"])
    }

    /// A blind author's Mission Control showed no fact, though asking Duke about the alarms unlocked one.
    @Test func factsUnlockedByConversationsAndActionsAreCountedInTheirScene() throws {
        let story = try #require(StoryCompiler.compile(source: """
        story "G" id g

        scene control "Mission Control"
          Consoles. Duke sits here.
          exit north to roof
          person duke "Duke"
            about alarms
              unlock fact alarms
              Go.

        scene roof "The Roof"
          A radio.
          fact landing
          on listen
            unlock fact step
            end won

        ending won "Won" success
          Yay.

        fact alarms "Alarms"
          The 1202.

        fact landing "Landing"
          It landed.

        fact step "First step"
          One small step.
        """).story)
        let dot = GraphExporter(format: .dot).export(StoryGraph(story: story))
        #expect(dot.contains("[label=\"Mission Control\\n1 fact\""))
        #expect(dot.contains("[label=\"The Roof\\n2 facts\""))
    }

    /// Session 36's blind author: a fact in a topic that runs only on the porch the story moves
    /// Mr Jackson to was counted in the street where he starts.
    @Test func aPersonsTopicCountsWhereItCanRun() throws {
        let story = try #require(StoryCompiler.compile(source: """
        story "M" id m

        scene street "Your Street"
          A quiet street.
          exit north to porch
            move jackson to porch
          person jackson "Mr Jackson"
            nouns jackson
            about carpool
              only if in porch
              else "What carpool?"
              unlock fact carpools
              "We'll drive whoever needs it."

        scene porch "Mr Jackson's Porch"
          A porch.
          on wait
            end done

        ending done "Done" success
          Done.

        fact carpools "The Carpools"
          Drivers carried the walkers.
        """).story)
        let dot = GraphExporter(format: .dot).export(StoryGraph(story: story))
        #expect(dot.contains("[label=\"Your Street\"") && !dot.contains("Your Street\\n1 fact"), "\(dot)")
        #expect(dot.contains("[label=\"Mr Jackson's Porch\\n1 fact\""), "\(dot)")
    }

    /// A blind author's Vesuvius story (session 26): a fact and an ending reached by a timed event
    /// were missing from the drawing, and `check` called the fact never unlocked.
    @Test func timedEventsUnlockFactsAndReachEndings() throws {
        let result = StoryCompiler.compile(source: """
        story "V" id v

        scene shore "The Shore"
          Ash falls.
          after 2 turns
            A messenger brings the news.
            unlock fact death
          after 5 turns
            The ash falls thicker.
            end buried
          on swim
            end escaped

        ending escaped "Escaped" success
          Away.

        ending buried "Under the Ash" failure
          Gone.

        fact death "A Death"
          The admiral died on the shore.
        """)
        let story = try #require(result.story)
        #expect(!result.diagnostics.contains { $0.code == .factNeverUnlocked }, "\(result.diagnostics)")
        let dot = GraphExporter(format: .dot).export(StoryGraph(story: story))
        #expect(dot.contains("[label=\"The Shore\\n1 fact\""), "\(dot)")
        #expect(dot.contains("s0 -> e1 [label=\"after 5 turns\"]"), "\(dot)")
    }

    /// A blind author's orphan scene showed as an ordinary box.
    @Test func aSceneNoPathReachesIsMarkedUnreachable() throws {
        let result = StoryCompiler.compile(path: "unreachable-scene.story", provider: DirectorySourceProvider(root: Self.directory))
        let graph = StoryGraph(story: try #require(result.story))
        let dot = GraphExporter(format: .dot).export(graph)
        #expect(dot.contains("s1 [label=\"The Attic\\n1 fact\\nunreachable\", style=\"rounded,dashed\", color=grey50, fontcolor=grey50];"))
        #expect(dot.contains("s0 [label=\"The Hall\", peripheries=2];"))
        #expect(GraphExporter(format: .mermaid).export(graph).contains("s1[\"The Attic<br/>1 fact<br/>unreachable\"]"))
    }

    /// A blind author's Kitty Hawk: `if not camera-set` then `else if flyer-moving` was drawn as
    /// "if not not camera-set and flyer-moving".
    @Test func anElseIfAfterANegatedGuardReadsWithoutDoubleNegation() throws {
        let story = try #require(StoryCompiler.compile(source: """
        story "G" id g

        scene rail "The Rail"
          A rail.
          on squeeze bulb
            if not camera-set
              Set the camera first.
            else if flyer-moving
              Click.
              end won
          on set camera
            set camera-set
          on push flyer
            set flyer-moving

        ending won "Won" success
          Yay.
        """).story)
        let guards = StoryGraph(story: story).edges.compactMap(\.guardText)
        #expect(guards.contains("camera-set and flyer-moving"))
        #expect(!guards.contains { $0.contains("not not") })
    }
}
