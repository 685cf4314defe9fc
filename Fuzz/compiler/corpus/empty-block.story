story "Fixture" id fixture

scene start "Start"
  A room.
  first visit
