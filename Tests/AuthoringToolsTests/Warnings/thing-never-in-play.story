story "Fixture" id fixture

scene start "Start"
  A locked door.
  on open door
    only if holding key, else "It is locked."
    end out

thing key "brass key"
  A key that nothing ever hands out.

ending out "Out" success
  Bye.
