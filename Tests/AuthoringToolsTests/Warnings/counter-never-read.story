story "Fixture" id fixture

scene start "Start"
  A room.
  on clap
    You clap.
    add 1 to claps
  on leave
    end out

ending out "Out" success
  Bye.
