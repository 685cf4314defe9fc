story "Fixture" id fixture

scene start "Start"
  A room.
  on whistle
    You whistle.
    set whistled
  on leave
    end out

ending out "Out" success
  Bye.
