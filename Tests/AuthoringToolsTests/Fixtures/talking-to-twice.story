story "Talking to, twice" id talking-to-twice-fixture

scene checkpoint "The Checkpoint"
  A crowd at a closed gate. An officer and a young guard stand by the barrier.
  person officer "the officer"
    nouns officer
    An officer with a telephone.
    talk
      "Go home," he says.
  person guard "the young guard"
    nouns guard
    A young guard.
    talk
      "Stay back, please," he says.
  on why is the gate closed
    only if talking to officer
    Before the officer can answer, the guard cuts in: "Orders! Stand back!"
  on why is the gate closed
    only if not (talking to officer)
    "Ask the officer," the guard mumbles.
  exit north to bridge "through the gate"
    end through

scene bridge "The Bridge"
  The bridge.

ending through "Through" success
  You are through.
