story "Fixture" id fixture

scene start "Staÿrt"
  A room.
