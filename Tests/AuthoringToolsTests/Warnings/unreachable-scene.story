story "Fixture" id fixture

scene start "Start"
  A room.
  on leave
    end out

scene cellar "Cellar"
  Nobody comes down here.
  exit up to start

ending out "Out" success
  Bye.
