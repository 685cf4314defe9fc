import StoryModel

/// A word that fits several people, when one of them is plainly meant (tenth blind play-test:
/// `ask corporal about the wounded` with a British corporal and Corporal McDonnell's crew here
/// asked "Which do you mean?"):
///
/// - `ask X about TOPIC`: the one of them with something to say about the topic (a topic of
///   their own, not "anything else");
/// - else the person in conversation (the one the last command named), if among them, else the
///   last person named, if among them; not for a word for any person (`talk to the guy` still
///   asks which).
///
/// Otherwise the parser asks "Which do you mean, …?" as before.
extension CommandParser {
    func personMeant(among candidates: [ThingIndex], phrase: ArraySlice<String>, topic: [String]?, scope: Scope) -> ThingIndex? {
        guard candidates.count > 1, candidates.allSatisfy({ story.things[$0].isPerson }) else { return nil }
        if let topic {
            let typed = topic.filter { !Vocabulary.articles.contains($0) }
            let answering = candidates.filter { person in
                story.things[person].topics.contains { topic in
                    topic.phrases.contains { $0 != ["anything"] && $0 != ["anything", "else"] && TopicMatch.matches($0, typed) }
                }
            }
            if answering.count == 1 { return answering[0] }
        }
        // `talk to the guy` names nobody in particular: which guy is still asked.
        guard phrase.allSatisfy({ !NounResolver.personWords.contains($0) }) else { return nil }
        if let spoken = personSpokenWith(scope), candidates.contains(spoken) { return spoken }
        // `thank you, colonel` after a look at the star he gave: the last person named, when
        // among them, though a thing was named since (session 12: "Whom do you want to thank?").
        if let recent = scope.recentPerson, candidates.contains(recent) { return recent }
        return nil
    }
}
