story "Fixture" id fixture

scene nomansland "No Man's Land"
  Soldiers from both sides meet in the middle.
  person fritz "Gefreiter Karl Weber"
    nouns karl, weber, german
    A thin Saxon with spectacles.
  on play football
    go to field

scene field "A Frozen Field"
  Caps and helmets mark the goals.
  on kick ball
    You kick the ball across the frozen mud. Karl laughs and kicks it back.
    end peace

ending peace "Peace" success
  Bye.
