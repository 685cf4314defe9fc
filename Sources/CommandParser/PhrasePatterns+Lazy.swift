#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StoryModel

extension PhrasePatterns {
    /// A story's phrase patterns, found the first time a command is parsed rather than when the
    /// parser is made, so that the game reaches its first prompt without them (issue #15: finding
    /// them touches the built-in grammar, which start-up otherwise never reads). Made once under
    /// a lock, as the parser is `Sendable`, and kept.
    final class Lazy: @unchecked Sendable {
        private let story: Story
        private let vocabulary: Vocabulary
        private var made: PhrasePatterns??
        private let lock: UnsafeMutablePointer<pthread_mutex_t>

        init(story: Story, vocabulary: Vocabulary) {
            self.story = story
            self.vocabulary = vocabulary
            lock = .allocate(capacity: 1)
            pthread_mutex_init(lock, nil)
        }

        deinit {
            pthread_mutex_destroy(lock)
            lock.deallocate()
        }

        /// True once the patterns have been looked for (for the tests of start-up).
        var isMade: Bool {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            return made != nil
        }

        /// The phrase patterns of the story; nil when it has none.
        var value: PhrasePatterns? {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            if let made { return made }
            let found = PhrasePatterns(story: story, vocabulary: vocabulary)
            made = .some(found)
            return found
        }
    }
}
