story "Fixture" id fixture

scene start "Start"
  A room.
  exit north to start
    only if holdng lamp, else "No."
