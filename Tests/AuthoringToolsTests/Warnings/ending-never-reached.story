story "Fixture" id fixture

scene start "Start"
  A room.
  on leave
    end out

ending out "Out" success
  Bye.

ending lost "Lost" failure
  Nothing ends the story this way.
