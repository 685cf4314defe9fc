scene start "Start"
  A room.
