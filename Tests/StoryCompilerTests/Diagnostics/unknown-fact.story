story "Fixture" id fixture

scene start "Start"
  A room.
  fact bridge-blown

fact bridge-blown-up "The Bridge"
  source A book
  It was blown up.
