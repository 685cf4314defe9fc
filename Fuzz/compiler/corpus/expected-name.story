story "Fixture" id fixture

scene "Start"
  A room.
