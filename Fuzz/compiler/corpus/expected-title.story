story "Fixture" id fixture

scene start "Start"
  A room.
  exit "" to start
