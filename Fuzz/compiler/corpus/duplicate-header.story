story "Fixture" id fixture

story "Another" id another

scene start "Start"
  A room.
