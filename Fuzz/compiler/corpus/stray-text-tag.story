story "Fixture" id fixture

scene start "Start"
  A room.

  The door is {shut}.
