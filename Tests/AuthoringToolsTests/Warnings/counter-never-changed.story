story "Fixture" id fixture

counter coins starts at 0

scene start "Start"
  A toll gate.
  on leave
    only if coins > 0, else "You cannot pay the toll."
    end out

ending out "Out" success
  Bye.
