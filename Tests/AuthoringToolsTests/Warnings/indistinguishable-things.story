story "Fixture" id fixture

scene start "Start"
  A table.
  thing flare "flare"
    A flare.
  thing green-flare "green flare"
    A green flare.
  on leave
    end out

ending out "Out" success
  Bye.
