story "Fixture" id fixture

scene checkpoint "Checkpoint"
  A barrier across the road.
  exit east to street
  person jaeger "Lieutenant Colonel Jaeger"
    nouns jaeger, officer
    A tired man in his forties, his cap pushed back.

scene street "Street"
  A crowd waits.
  person micha "Micha"
    nouns micha, man
    A young man with a bicycle.
  on leave
    end out

ending out "Out" success
  Bye.
