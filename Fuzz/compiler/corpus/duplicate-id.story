story "Fixture" id fixture

scene start "Start"
  A room.

scene start "Start again"
  Another room.
