story "Fixture" id fixture

counter morale starts at high

scene start "Start"
  A room.
