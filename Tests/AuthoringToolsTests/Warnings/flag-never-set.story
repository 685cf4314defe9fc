story "Fixture" id fixture

flag door-open

scene start "Start"
  A door.
  on leave
    only if door-open, else "The door is shut."
    end out

ending out "Out" success
  Bye.
