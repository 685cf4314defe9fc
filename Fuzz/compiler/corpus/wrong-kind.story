story "Fixture" id fixture

scene start "Start"
  A room.
  thing lamp "lamp"
  exit north to lamp
