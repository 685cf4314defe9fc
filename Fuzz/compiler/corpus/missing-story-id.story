story "Fixture"

scene start "Start"
  A room.
