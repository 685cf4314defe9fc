story "Fixture" id fixture

scene start "Start"
  A room.
  thing lamp "lamp"
    A lamp.

    exit north to start
