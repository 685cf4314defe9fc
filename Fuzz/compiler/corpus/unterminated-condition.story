story "Fixture" id fixture

scene start "Start"
  A room.

  The door is {if open}open.

on open door
  set open
