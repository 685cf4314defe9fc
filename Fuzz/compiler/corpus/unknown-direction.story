story "Fixture" id fixture

scene start "Start"
  A room.
  exit nrth to start
