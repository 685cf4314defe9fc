/// The index of a scene in `Story.scenes`.
public typealias SceneIndex = Int
/// The index of a thing or person in `Story.things` (people are things that talk).
public typealias ThingIndex = Int
/// The index of a fact in `Story.facts`, in story order.
public typealias FactIndex = Int
/// The index of an ending in `Story.endings`.
public typealias EndingIndex = Int
/// The index of a flag in `Story.flags`.
public typealias FlagIndex = Int
/// The index of a counter in `Story.counters`.
public typealias CounterIndex = Int
